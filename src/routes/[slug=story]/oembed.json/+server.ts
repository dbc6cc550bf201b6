import { json } from '@sveltejs/kit';
import { storyEntries, siteName, storyBySlug } from '$lib/server/stories';
import { messagesFor } from '$lib/i18n/messages';
import { oembedFor, siteOrigin } from '$lib/embed/oembed';
import type { RequestHandler } from './$types';

export const prerender = true;

export const entries = storyEntries;

/**
 * `/<slug>/oembed.json`, found through the story page's discovery link. Its
 * absolute URLs use PUBLIC_SITE_ORIGIN at build time (see README, Embedding).
 */
export const GET: RequestHandler = ({ params }) => {
	const { meta } = storyBySlug(params.slug);
	return json(
		oembedFor({
			origin: siteOrigin(process.env),
			siteName,
			slug: meta.slug,
			title: meta.title,
			frameTitle: messagesFor(meta.language).embed.frameTitle(meta.title),
			credits: meta.credits
		})
	);
};
