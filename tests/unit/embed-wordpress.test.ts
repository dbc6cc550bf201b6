/**
 * WordPress's embed protocol on the embed's side (src/lib/embed/wordpress.ts,
 * and where protocol.ts and dom/embed-host.ts speak it): the secret in the
 * hash, the hash split so that writing the selection keeps it, the messages,
 * and where a link can go from WordPress's sandboxed frame. The browser test
 * (tests/browser/wordpress.test.ts) runs it against Debian's wp-embed.js.
 */
import { describe, expect, it } from 'vitest';
import { isWordPressReady, splitHash, wordpressHeight, wordpressLink, wordpressLinkRoute, wordpressSecret } from '../../src/lib/embed/wordpress';
import { heightMessages, parseParentMessage } from '../../src/lib/embed/protocol';
import { EmbedHost, type EmbedWindow } from '../../src/lib/dom/embed-host';

const SECRET = 'aB3dE6gH9k';

describe('the secret WordPress puts in the frame’s hash', () => {
	it.each([
		[`#?secret=${SECRET}`, SECRET],
		[`#guido-publishes?secret=${SECRET}`, SECRET],
		[`#guido-publishes#?secret=${SECRET}`, SECRET],
		// wp-embed.js makes one of its own for a frame without one: base 36, possibly shorter than WordPress's 10.
		['#?secret=k3j9x', 'k3j9x'],
		['', null],
		['#guido-publishes', null],
		['#?secret=', null],
		['#?secret=a-b', null],
		[`#?secret=${SECRET}&more`, null]
	])('%j → %j', (hash, secret) => {
		expect(wordpressSecret(hash)).toBe(secret);
	});

	it.each([
		[`#?secret=${SECRET}`, { own: '', kept: `?secret=${SECRET}` }],
		[`#guido-publishes?secret=${SECRET}`, { own: '#guido-publishes', kept: `?secret=${SECRET}` }],
		[`#guido-publishes#?secret=${SECRET}`, { own: '#guido-publishes', kept: `?secret=${SECRET}` }],
		['#guido-publishes', { own: '#guido-publishes', kept: '' }],
		['', { own: '', kept: '' }]
	])('splits %j into the page’s part and the part to keep', (hash, parts) => {
		expect(splitHash(hash)).toEqual(parts);
		// What the embed writes back: its selection, then the secret, which wp-embed-template.js's own pattern finds again.
		expect(wordpressSecret(`${parts.own || '#'}${parts.kept}`)).toBe(wordpressSecret(hash));
		if (parts.kept) expect(`${parts.own}${parts.kept}`.replace(/.*secret=([\d\w]{10}).*/, '$1')).toBe(SECRET);
	});
});

describe('WordPress’s messages', () => {
	it('height and link carry the secret; the height goes out with the others only when there is one', () => {
		expect(wordpressHeight(770, SECRET)).toEqual({ message: 'height', value: 770, secret: SECRET });
		expect(wordpressLink('https://t.example.org/a', SECRET)).toEqual({ message: 'link', value: 'https://t.example.org/a', secret: SECRET });
		const context = { slug: 'minimal', frame: null, pymId: null };
		expect(heightMessages(769.2, { ...context, secret: SECRET })).toContainEqual({ message: 'height', value: 770, secret: SECRET });
		expect(heightMessages(769.2, context).some((m) => typeof m === 'object' && m !== null && 'secret' in m)).toBe(false);
	});

	it('ready counts only with the frame’s own secret', () => {
		expect(isWordPressReady({ message: 'ready', secret: SECRET }, SECRET)).toBe(true);
		for (const data of [{ message: 'ready', secret: 'other12345' }, { message: 'ready' }, { message: 'height', secret: SECRET }, null, 'ready', 1]) {
			expect(isWordPressReady(data, SECRET), JSON.stringify(data)).toBe(false);
		}
		expect(isWordPressReady({ message: 'ready', secret: SECRET }, null)).toBe(false);
		const eventFor = () => null;
		expect(parseParentMessage({ message: 'ready', secret: SECRET }, eventFor, null, SECRET)).toEqual({ kind: 'wordpress-ready' });
		expect(parseParentMessage(JSON.stringify({ message: 'ready', secret: SECRET }), eventFor, null, SECRET)).toEqual({ kind: 'wordpress-ready' });
		expect(parseParentMessage({ message: 'ready', secret: SECRET }, eventFor, null, null)).toBeNull();
		expect(parseParentMessage({ message: 'ready', secret: SECRET }, eventFor, null)).toBeNull();
	});

	it('a link on the frame’s host goes to the top window; another site’s is offered to copy; anything else nowhere', () => {
		expect(wordpressLinkRoute('http://127.0.0.1:4173/ashworth-leak-2019', '127.0.0.1:4173')).toBe('top');
		expect(wordpressLinkRoute('https://timelines.example.org/a#method-heading', 'timelines.example.org')).toBe('top');
		expect(wordpressLinkRoute('https://order-order.com/2019/12/10/x', 'timelines.example.org')).toBe('copy');
		// Another port is another host to wp-embed.js (it compares `host`).
		expect(wordpressLinkRoute('http://127.0.0.1:9999/a', '127.0.0.1:4173')).toBe('copy');
		expect(wordpressLinkRoute('mailto:a@example.org', 'timelines.example.org')).toBeNull();
		expect(wordpressLinkRoute('not a url', 'timelines.example.org')).toBeNull();
	});
});

describe('EmbedHost with WordPress', () => {
	function setup() {
		const posted: unknown[] = [];
		const parent = { postMessage: (message: unknown) => posted.push(message) };
		const self: EmbedWindow = { postMessage: () => {}, parent };
		const page = { height: 770 };
		const host = new EmbedHost({ measure: () => page.height, eventFor: () => null, select: () => {} });
		const wordpress = () => posted.splice(0).filter((m) => typeof m === 'object' && m !== null && 'message' in m);
		return { host, self, parent, page, wordpress };
	}
	const context = { slug: 'minimal', frame: null, pymId: null };

	it('posts its height to WordPress on start, on change and in answer to ready with its secret, from the parent only', () => {
		const { host, self, parent, page, wordpress } = setup();
		host.start(self, { ...context, secret: SECRET });
		expect(host.secret).toBe(SECRET);
		expect(wordpress()).toEqual([wordpressHeight(770, SECRET)]);
		page.height = 899;
		host.reportHeight();
		expect(wordpress()).toEqual([wordpressHeight(899, SECRET)]);
		host.receive({ source: parent, data: { message: 'ready', secret: SECRET } });
		expect(wordpress()).toEqual([wordpressHeight(899, SECRET)]);
		host.receive({ source: parent, data: { message: 'ready', secret: 'other12345' } });
		host.receive({ source: {}, data: { message: 'ready', secret: SECRET } });
		expect(wordpress()).toEqual([]);
	});

	it('asks WordPress to open a link in the top window only when it has a secret', () => {
		const { host, self, wordpress } = setup();
		expect(host.openInTop('https://t.example.org/a')).toBe(false);
		host.start(self, context);
		expect(host.openInTop('https://t.example.org/a')).toBe(false);
		expect(wordpress()).toEqual([]);
		host.adoptSecret(SECRET);
		expect(wordpress()).toEqual([wordpressHeight(770, SECRET)]);
		expect(host.openInTop('https://t.example.org/a')).toBe(true);
		expect(wordpress()).toEqual([wordpressLink('https://t.example.org/a', SECRET)]);
	});

	it('adopts a secret that arrives late once, and not before it talks', () => {
		const { host, self, wordpress } = setup();
		host.adoptSecret(SECRET);
		expect(host.secret).toBeNull();
		host.start(self, { ...context, secret: SECRET });
		wordpress();
		host.adoptSecret('other12345');
		expect(host.secret).toBe(SECRET);
		expect(wordpress()).toEqual([]);
	});
});
