import { allStories, loadClassroomPage } from '$lib/server/stories';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [...allStories().keys()].map((slug) => ({ slug }));

export const load = (({ params, locals }) => loadClassroomPage(params.slug, locals)) satisfies PageServerLoad;
