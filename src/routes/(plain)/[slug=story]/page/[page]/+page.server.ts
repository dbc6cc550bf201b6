import { chronologyPageEntries, loadChronologyPage } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Pages 2… of a long chronology; page 1 is the story page itself. */
export const entries: EntryGenerator = () => chronologyPageEntries(2);

export const load = (({ params, locals }) => loadChronologyPage(params.slug, params.page, locals)) satisfies PageServerLoad;
