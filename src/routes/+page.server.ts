import { defaultStorySlug, loadStoryPage } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

// No SvelteKit client: the page's script is its island (src/islands), which needs no router.
export const csr = false;

/** `/` shows the default story (data/site.json), so the site opens on something to read. */
export const load = (({ locals }) => loadStoryPage(defaultStorySlug(), locals)) satisfies PageServerLoad;
