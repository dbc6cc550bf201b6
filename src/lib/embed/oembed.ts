/**
 * The oEmbed document of a story (https://oembed.com, type `rich`): its `html`
 * is a link to the story in a `<blockquote class="wp-embedded-content">`
 * (what a reader without frames sees, and what tells WordPress to load its
 * embed script, see ./wordpress.ts), then the snippet the Embed dialog gives.
 * Prerendered, so the site's public origin has to be known at build time:
 * `PUBLIC_SITE_ORIGIN`.
 */
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, embedSnippet, embedTitle, storyUrl } from './snippet';

/** A test build's origin, when it names none: `npm run preview`'s. */
export const TEST_SITE_ORIGIN = 'http://localhost:4173';

/** Why a build without an origin stops, in one line. */
export const MISSING_ORIGIN =
	'PUBLIC_SITE_ORIGIN is not set: the story pages link their oEmbed documents, and those the frames, by absolute URL. Build with the public origin, e.g. `PUBLIC_SITE_ORIGIN=https://timelines.example.org npm run build` (`PUBLIC_SITE_ORIGIN=http://localhost:4173` to try it with `npm run preview`).';

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

/**
 * The origin a build's absolute URLs are built on: `PUBLIC_SITE_ORIGIN` (http or https); for a test build
 * (`npm run build:test`, TEST_BUILD=1, which carries the fixture stories and is never published) that names none,
 * TEST_SITE_ORIGIN; else null, and the build stops with MISSING_ORIGIN. Throws on a value that is not an origin.
 */
export function siteOrigin(env: Record<string, string | undefined>): string | null {
	const value = env.PUBLIC_SITE_ORIGIN?.trim();
	if (!value) return env.TEST_BUILD === '1' ? TEST_SITE_ORIGIN : null;
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
		html: `${embedTitle({ url: storyUrl(options.origin, options.slug), title: options.title })}\n${embedSnippet({ origin: options.origin, slug: options.slug, title: options.frameTitle, frameBorder: true })}`,
		width: DEFAULT_WIDTH,
		height: DEFAULT_HEIGHT
	};
}
