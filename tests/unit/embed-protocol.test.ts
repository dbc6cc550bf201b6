import { afterEach, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { type Browser, type BrowserWindow, type HTMLIFrameElement } from 'happy-dom';
import { scriptedBrowser } from '../helpers/happy-dom';
import { MESSAGE, heightMessages, messageObject, parseParentMessage, readyMessage, selectMessage, validHeight } from '../../src/lib/embed/protocol';
import { parseEmbedFlags } from '../../src/lib/embed/flags';
import { EmbedHost, type EmbedWindow } from '../../src/lib/dom/embed-host';

const known = new Set(['vote-held', 'proposal']);
const eventFor = (id: string) => (known.has(id) ? id : id === 'quote-q1' ? 'proposal' : null);
const context = { slug: 'minimal', frame: 'f1', pymId: null };

describe('messages the embed posts', () => {
	it('reports a height in our dialect and AMP’s, and pym’s when pym gave a child id', () => {
		expect(heightMessages(812.2, context)).toEqual([
			{ type: 'story-timeline:height', slug: 'minimal', height: 813, id: 'f1' },
			{ sentinel: 'amp', type: 'embed-size', height: 813 }
		]);
		expect(heightMessages(500, { ...context, pymId: 'pym-timeline' })[2]).toBe('pymxPYMxpym-timelinexPYMxheightxPYMx500');
	});

	it('posts no height that is not a positive, finite, sane number', () => {
		for (const bad of [0, -1, NaN, Infinity, 100_001, '500' as unknown as number]) expect(heightMessages(bad, context)).toEqual([]);
		expect(validHeight(1.01)).toBe(2);
	});

	it('names the selection and readiness with the slug and frame', () => {
		expect(selectMessage('proposal', context)).toEqual({ type: MESSAGE.select, slug: 'minimal', id: 'proposal', frame: 'f1' });
		expect(readyMessage(null, context)).toEqual({ type: MESSAGE.ready, slug: 'minimal', id: null, frame: 'f1' });
	});
});

describe('messages the embed accepts from its parent', () => {
	it('navigate to a known event (or a quote’s event); hello; pym width', () => {
		expect(parseParentMessage({ type: 'story-timeline:navigate', id: 'proposal' }, eventFor, null)).toEqual({ kind: 'navigate', id: 'proposal' });
		expect(parseParentMessage({ type: 'story-timeline:navigate', id: 'quote-q1' }, eventFor, null)).toEqual({ kind: 'navigate', id: 'proposal' });
		expect(parseParentMessage('{"type":"story-timeline:navigate","id":"vote-held"}', eventFor, null)).toEqual({ kind: 'navigate', id: 'vote-held' });
		expect(parseParentMessage({ type: 'story-timeline:hello' }, eventFor, null)).toEqual({ kind: 'hello' });
		expect(parseParentMessage('pymxPYMxpxPYMxwidthxPYMx640', eventFor, 'p')).toEqual({ kind: 'pym-width' });
	});

	it('ignores everything else without throwing', () => {
		const junk: unknown[] = [
			undefined,
			null,
			0,
			true,
			'',
			'garbage',
			'{broken',
			'[1,2]',
			'null',
			[],
			{},
			{ type: 'story-timeline:navigate' },
			{ type: 'story-timeline:navigate', id: 'nope' },
			{ type: 'story-timeline:navigate', id: 42 },
			{ type: 'story-timeline:navigate', id: { toString: () => 'proposal' } },
			{ type: 'story-timeline:navigate', id: 'proposal'.repeat(30) },
			{ type: 'story-timeline:height', height: 10 },
			{ type: 'STORY-TIMELINE:NAVIGATE', id: 'proposal' },
			{ sentinel: 'amp', type: 'embed-size', height: 1 },
			'pymxPYMxpxPYMxwidthxPYMx640',
			'pymxPYMxotherxPYMxwidthxPYMx640',
			'pymxPYMxpxPYMxnavigateToxPYMxjavascript:alert(1)',
			'pymxPYMxpxPYMxwidthxPYMx640x',
			`{"type":"story-timeline:hello","pad":"${'x'.repeat(20_000)}"}`,
			Object.create(null)
		];
		junk.forEach((data, index) => expect(parseParentMessage(data, eventFor, data === 'pymxPYMxpxPYMxwidthxPYMx640' ? null : 'p'), `junk[${index}]`).toBeNull());
	});

	it('reads object data as is and JSON strings parsed', () => {
		expect(messageObject({ a: 1 })).toEqual({ a: 1 });
		expect(messageObject('{"a":1}')).toEqual({ a: 1 });
		expect(messageObject('[1]')).toBeNull();
		expect(messageObject('"x"')).toBeNull();
	});
});

/**
 * pym.js for real: a news page in happy-dom loads pym's own dist build and
 * frames the embed with `new pym.Parent(…)`; in the frame, our EmbedHost
 * (what the embed page runs) talks to it with protocol.ts's messages.
 * (tests/browser/embed.test.ts does the same in Chromium with the built site.)
 */
describe('with pym.js’s Parent on the host page', () => {
	const SITE = 'https://timelines.example.org';
	const NEWS = 'https://news.example';
	const PYM_DIST = dirname(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.js'));
	let browser: Browser | undefined;
	/** A message event as happy-dom delivers it. */
	type Delivered = { data: unknown; source: unknown; origin: string };

	afterEach(async () => {
		await browser?.close();
		browser = undefined;
	});

	/** Resolves once `ready()` is true (happy-dom delivers messages on timers). */
	async function until(ready: () => boolean, what: string) {
		for (let i = 0; i < 200 && !ready(); i++) await new Promise((done) => setTimeout(done, 10));
		if (!ready()) throw new Error(`timed out waiting for ${what}`);
	}

	async function pymPage() {
		browser = scriptedBrowser({
			virtualServers: [{ url: `${NEWS}/vendor/`, directory: PYM_DIST }],
			// The embed page itself is not needed: EmbedHost is run in its window from here.
			interceptor: {
				beforeAsyncRequest: async ({ request, window }) =>
					request.url.startsWith(`${SITE}/`) ? new window.Response('<!doctype html><title>embed</title>', { headers: { 'content-type': 'text/html' } }) : undefined
			}
		});
		const page = browser.newPage();
		page.url = `${NEWS}/article`;
		page.content = `<!doctype html><html><head><title>Article</title></head><body>
			<div id="pym-timeline"></div>
			<script src="${NEWS}/vendor/pym.v1.js"></script>
			<script>window.pymParent = new pym.Parent('pym-timeline', '${SITE}/minimal/embed', {});</script>
		</body></html>`;
		const host = page.mainFrame.window;
		await until(() => page.mainFrame.childFrames[0]?.window.document.readyState === 'complete', 'the frame to load');
		const iframe = host.document.querySelector('#pym-timeline iframe') as HTMLIFrameElement;
		const frame = page.mainFrame.childFrames[0].window as BrowserWindow;
		/** Every message the frame received, as the data it was sent. */
		const received: unknown[] = [];
		frame.addEventListener('message', (event) => received.push((event as unknown as Delivered).data));
		return { host, iframe, frame, received };
	}

	it('pym’s Parent frames the embed with a childId our flags read as pym’s id', async () => {
		const { iframe } = await pymPage();
		const src = new URL(iframe.src);
		expect(src.origin + src.pathname).toBe(`${SITE}/minimal/embed`);
		expect(parseEmbedFlags(src.searchParams).pymId).toBe('pym-timeline');
	});

	it('pym’s Parent sizes the frame from our pym height message, and ignores our dialect and AMP’s', async () => {
		const { iframe, frame } = await pymPage();
		const pymId = parseEmbedFlags(new URL(iframe.src).searchParams).pymId;
		const post = (messages: unknown[]) => messages.forEach((message) => frame.parent.postMessage(message, '*'));
		// Without pym's id the embed posts only objects: pym takes no notice.
		post([readyMessage(null, { ...context, pymId: null }), ...heightMessages(640, { ...context, pymId: null })]);
		await new Promise((done) => setTimeout(done, 50));
		expect(iframe.getAttribute('height')).toBeNull();
		post(heightMessages(812.2, { ...context, pymId }));
		await until(() => iframe.getAttribute('height') !== null, 'pym to set the height');
		expect(iframe.getAttribute('height')).toBe('813px');
	});

	it('the embed answers pym’s width message (sent on resize) with its height, which pym applies', async () => {
		const { host, iframe, frame, received } = await pymPage();
		const page = { height: 640 };
		const embed = new EmbedHost({ measure: () => page.height, eventFor, select: () => {} });
		frame.addEventListener('message', (event) => embed.receive(event as unknown as Delivered));
		expect(embed.start(frame as unknown as EmbedWindow, { ...context, pymId: parseEmbedFlags(new URL(iframe.src).searchParams).pymId })).toBe(true);
		await until(() => iframe.getAttribute('height') !== null, 'the first height');
		expect(iframe.getAttribute('height')).toBe('640px');

		page.height = 900;
		host.dispatchEvent(new host.Event('resize'));
		await until(() => iframe.getAttribute('height') !== '640px', 'the height after a resize');
		expect(iframe.getAttribute('height')).toBe('900px');
		const width = received.find((data) => typeof data === 'string' && data.startsWith('pym'));
		expect(width).toMatch(/^pymxPYMxpym-timelinexPYMxwidthxPYMx\d+$/);
		expect(parseParentMessage(width, eventFor, 'pym-timeline')).toEqual({ kind: 'pym-width' });
		// Addressed to another pym child, or to an embed pym did not frame, it is nothing.
		expect(parseParentMessage(width, eventFor, 'pym-other')).toBeNull();
		expect(parseParentMessage(width, eventFor, null)).toBeNull();
	});
});
