import { allStories, loadEmbedPage } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

// No SvelteKit client: the page's script is its island (src/islands), which needs no router.
export const csr = false;

/** `/<slug>/embed`: the story's timeline and chronology without site chrome, for iframes on other sites. */
export const entries: EntryGenerator = () => [...allStories().keys()].map((slug) => ({ slug }));

export const load = (({ params, locals }) => loadEmbedPage(params.slug, locals)) satisfies PageServerLoad;
