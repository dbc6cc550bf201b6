/**
 * Addresses from imported files. Only absolute http(s) URLs survive: a
 * `javascript:` or `data:` link rendered on our pages would run in the
 * reader's browser, and a relative one points nowhere once imported.
 */
import { httpUrlSchema, type SourceKind } from '../story/schema';
import { quoted, type Warn } from './common';

/** The URL when it is absolute http(s) (a protocol-relative "//host/…" becomes https, with a warning); otherwise null, with a warning. */
export function keepHttpUrl(raw: string, where: string, warn: Warn): string | null {
	const text = raw.trim();
	if (text.startsWith('//')) {
		const upgraded = `https:${text}`;
		if (isHttpUrl(upgraded)) {
			warn(where, `protocol-relative URL ${quoted(text)} read as ${quoted(upgraded)}`);
			return upgraded;
		}
	}
	if (isHttpUrl(text)) return text;
	warn(where, `URL ${quoted(text)} dropped: only absolute http:// and https:// addresses are kept`);
	return null;
}

export function isHttpUrl(text: string): boolean {
	return !/\s/.test(text) && httpUrlSchema.safeParse(text).success;
}

/** "https://www.bbc.co.uk/news/…" → "bbc.co.uk": a stand-in outlet name until the author writes the real one. */
export function hostOf(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}

const SOCIAL_HOSTS = /(^|\.)(twitter\.com|x\.com|facebook\.com|instagram\.com|threads\.net|tiktok\.com|bsky\.app|linkedin\.com|mastodon\.social)$/;
const REFERENCE_HOSTS = /(^|\.)(wikipedia\.org|wikidata\.org|britannica\.com)$/;

/**
 * The kind of a source from its address alone: only the cases the host
 * settles. Everything else is assumed to be a news report, and the importer
 * says so.
 */
export function guessSourceKind(url: string): SourceKind {
	const host = hostOf(url);
	if (SOCIAL_HOSTS.test(host)) return 'social-post-reported';
	if (REFERENCE_HOSTS.test(host)) return 'reference';
	return 'news-report';
}
