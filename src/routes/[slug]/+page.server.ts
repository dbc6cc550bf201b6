import { allStories, siteName, storyView } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...allStories().keys()].map((slug) => ({ slug }));

export const load = (async ({ params, locals }) => {
	const view = await storyView(params.slug);
	locals.lang = view.story.meta.language;
	return { view, siteName };
}) satisfies PageServerLoad;
