import { allStories, loadStoryPage } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...allStories().keys()].map((slug) => ({ slug }));

export const load = (({ params, locals }) => loadStoryPage(params.slug, locals)) satisfies PageServerLoad;
