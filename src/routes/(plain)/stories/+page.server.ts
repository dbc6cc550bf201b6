import { siteName, storySummaries } from '$lib/server/stories';
import { plainPageScript } from '$lib/server/islands';
import type { PageServerLoad } from './$types';

export const load = (async () => ({ stories: await storySummaries(), siteName, themeScript: plainPageScript() })) satisfies PageServerLoad;
