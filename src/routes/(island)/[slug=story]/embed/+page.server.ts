import { loadEmbedPage, storyEntries } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

/** `/<slug>/embed`: the story's timeline and chronology without site chrome, for iframes on other sites. */
export const entries = storyEntries;

export const load = (({ params, locals }) => loadEmbedPage(params.slug, locals)) satisfies PageServerLoad;
