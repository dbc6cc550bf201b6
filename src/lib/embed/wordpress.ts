/**
 * WordPress's embed protocol, as Debian's WordPress 6.1 speaks it
 * (wp-includes/js/wp-embed.js on the host page, wp-embed-template.js in the
 * frame it embeds). A story's URL pasted on a line of its own into a post is
 * embedded through our oEmbed document; WordPress then rewrites its HTML as
 * it does for every provider it does not know (wp_filter_oembed_result):
 *
 * - the iframe gets `sandbox="allow-scripts"` (an opaque origin, no popups),
 *   `#?secret=<secret>` at the end of its `src` and `data-secret`, and, since
 *   our HTML starts with a `<blockquote>`, it starts hidden and the page loads
 *   wp-embed.js; our `<script>` and `style` are stripped;
 * - the frame posts `{ message: 'height', value, secret }` to its parent (the
 *   host shows the frame on the first message and clamps the height to
 *   200–1000 px) and `{ message: 'link', value: <url>, secret }` to take the
 *   top window to a URL on the frame's own host (only while the frame has
 *   focus);
 * - the host posts `{ message: 'ready', secret }` to the frame once it runs,
 *   which the frame answers with its height.
 *
 * A message carries the secret so that the host knows which frame it is from
 * and the frame knows the host speaks to it.
 */

export { WORDPRESS_MAX_HEIGHT, WORDPRESS_MIN_HEIGHT } from './wordpress-height';

/** The secret at the end of the hash: `#?secret=…` as WordPress appends it, or after our selection (`#<id>?secret=…`). */
const SECRET_PART = /#?\?secret=([A-Za-z0-9]{1,64})$/;

/** The secret WordPress gave the frame (in its URL's hash), or null when it is not embedded by WordPress. */
export function wordpressSecret(hash: string): string | null {
	return SECRET_PART.exec(hash)?.[1] ?? null;
}

/**
 * A hash split into the page's own part (the selection, `#<id>` or ``) and the
 * part WordPress owns (`?secret=…`, or `` without one), which every hash the
 * embed writes must keep: the secret is how the frame's messages are known.
 */
export function splitHash(hash: string): { own: string; kept: string } {
	const match = SECRET_PART.exec(hash);
	if (!match) return { own: hash, kept: '' };
	const own = hash.slice(0, match.index);
	return { own: own === '#' ? '' : own, kept: `?secret=${match[1]}` };
}

export interface WordPressMessage {
	message: 'height' | 'link';
	value: number | string;
	secret: string;
}

/** The content is `height` px tall (wp-embed.js clamps it to 200–1000 px). */
export function wordpressHeight(height: number, secret: string): WordPressMessage {
	return { message: 'height', value: height, secret };
}

/** Asks the host to open `url` (on the frame's host) in the top window. */
export function wordpressLink(url: string, secret: string): WordPressMessage {
	return { message: 'link', value: url, secret };
}

/** A message from WordPress's host page that asks the frame to report its height: `{ message: 'ready', secret }` with our secret. */
export function isWordPressReady(data: unknown, secret: string | null): boolean {
	if (!secret || data === null || typeof data !== 'object') return false;
	const message = data as { message?: unknown; secret?: unknown };
	return message.message === 'ready' && message.secret === secret;
}

/**
 * Where a link clicked inside a WordPress frame can go: the frame has no
 * popups, so a new tab is impossible and the frame itself would be the wrong
 * place. `top`: on the frame's own host, through a `link` message (the host
 * checks the same); `copy`: another site's, which the reader can only copy.
 */
export function wordpressLinkRoute(href: string, frameHost: string): 'top' | 'copy' | null {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return null;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
	return url.host === frameHost ? 'top' : 'copy';
}
