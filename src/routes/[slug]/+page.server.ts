import { allStories, loadStoryPage } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client: the page's script is its island (src/islands), which needs no router.
export const csr = false;

export const entries: EntryGenerator = () => [...allStories().keys()].map((slug) => ({ slug }));

export const load = (({ params, locals }) => loadStoryPage(params.slug, locals)) satisfies PageServerLoad;
