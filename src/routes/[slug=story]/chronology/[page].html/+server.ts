import { chronologyPageEntries, pageParam, storyView } from '$lib/server/stories';
import { renderChronologyFragment } from '$lib/server/story-body';
import { cspMetaTag } from '$lib/server/csp.js';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => chronologyPageEntries(1);

/** One page of the chronology as an HTML fragment, for the story page to swap in (lib/dom/static-body.ts). */
export const GET: RequestHandler = async ({ params }) => {
	const view = await storyView(params.slug);
	// The site's CSP first, so the fragment opened on its own is held to it too.
	return new Response(cspMetaTag() + renderChronologyFragment(view, pageParam(view, params.page), 'story'), { headers: { 'content-type': 'text/html; charset=utf-8' } });
};
