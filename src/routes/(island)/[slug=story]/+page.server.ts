import { loadStoryPage, storyEntries } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const entries = storyEntries;

export const load = (({ params, locals, url }) => loadStoryPage(params.slug, locals, url)) satisfies PageServerLoad;
