import { json } from '@sveltejs/kit';
import { storyEntries, siteName, storyBySlug } from '$lib/server/stories';
import { messagesFor } from '$lib/i18n/messages';
import { oembedFor } from '$lib/embed/oembed';
import { publicOrigin } from '$lib/server/origin';
import type { RequestHandler } from './$types';

export const prerender = true;

export const entries = storyEntries;

/**
 * `/<slug>/oembed.json`, found through the story page's discovery link. Its
 * absolute URLs use PUBLIC_SITE_ORIGIN at build time (see README, Embedding).
 */
export const GET: RequestHandler = ({ params, url }) => {
	const { meta } = storyBySlug(params.slug);
	return json(
		oembedFor({
			origin: publicOrigin(url),
			siteName,
			slug: meta.slug,
			title: meta.title,
			frameTitle: messagesFor(meta.language).embed.frameTitle(meta.title),
			credits: meta.credits
		})
	);
};
