import { loadClassroomPage, storyEntries } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const entries = storyEntries;

export const load = (({ params, locals }) => loadClassroomPage(params.slug, locals)) satisfies PageServerLoad;
