/**
 * The oEmbed document of a story (https://oembed.com, type `rich`): its `html`
 * is the same snippet the Embed dialog gives. Prerendered, so the site's
 * public origin has to be known at build time: `PUBLIC_SITE_ORIGIN`.
 */
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, embedSnippet } from './snippet';

export const DEFAULT_SITE_ORIGIN = 'http://localhost:4173';

export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	author_name?: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
}

/** The origin absolute URLs are built on: `PUBLIC_SITE_ORIGIN` (http or https), else the preview server's. */
export function siteOrigin(env: Record<string, string | undefined>): string {
	const value = env.PUBLIC_SITE_ORIGIN?.trim();
	if (!value) return DEFAULT_SITE_ORIGIN;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`PUBLIC_SITE_ORIGIN must be an absolute http(s) URL such as https://timelines.example.org (got ${JSON.stringify(value)})`);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new Error(`PUBLIC_SITE_ORIGIN must use http or https (got ${JSON.stringify(value)})`);
	}
	return url.origin;
}

export function oembedFor(options: { origin: string; siteName: string; slug: string; title: string; frameTitle: string; credits?: readonly { name: string }[] }): OEmbed {
	const authors = options.credits?.map((c) => c.name).join(', ');
	return {
		type: 'rich',
		version: '1.0',
		title: options.title,
		...(authors ? { author_name: authors } : {}),
		provider_name: options.siteName,
		provider_url: `${options.origin}/`,
		html: embedSnippet({ origin: options.origin, slug: options.slug, title: options.frameTitle }),
		width: DEFAULT_WIDTH,
		height: DEFAULT_HEIGHT
	};
}
