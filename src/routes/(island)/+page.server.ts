import { defaultStorySlug, loadStoryPage } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

/** `/` shows the default story (data/site.json), so the site opens on something to read. */
export const load = (({ locals, url }) => loadStoryPage(defaultStorySlug(), locals, url)) satisfies PageServerLoad;
