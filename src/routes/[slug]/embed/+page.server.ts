import { allStories, siteName, storyView } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

/** `/<slug>/embed`: the story's timeline and chronology without site chrome, for iframes on other sites. */
export const entries: EntryGenerator = () => [...allStories().keys()].map((slug) => ({ slug }));

export const load = (async ({ params, locals }) => {
	const view = await storyView(params.slug);
	locals.lang = view.story.meta.language;
	return { view, siteName };
}) satisfies PageServerLoad;
