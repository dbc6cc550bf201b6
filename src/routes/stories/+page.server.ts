import { siteName, storySummaries } from '$lib/server/stories';
import type { PageServerLoad } from './$types';

export const load = (async () => ({ stories: await storySummaries(), siteName })) satisfies PageServerLoad;
