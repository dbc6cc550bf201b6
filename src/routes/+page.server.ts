import { defaultStorySlug, siteName, storyView } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

/** `/` shows the default story (data/site.json), so the site opens on something to read. */
export const load = (async ({ locals }) => {
	const view = await storyView(defaultStorySlug());
	locals.lang = view.story.meta.language;
	return { view, siteName };
}) satisfies PageServerLoad;
