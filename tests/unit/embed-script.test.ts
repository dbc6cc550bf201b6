/**
 * The host script static/embed.js: its syntax, parsed; run in a bare VM with
 * just the DOM it uses faked (which messages it trusts, what it does with
 * them); and loaded by the pasted snippet into a news page in happy-dom.
 * (tests/browser/embed.test.ts runs it in Chromium in host pages.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';
import { Linter } from 'eslint';
import { type Browser, type BrowserPage, type BrowserWindow, type HTMLIFrameElement } from 'happy-dom';
import { scriptedBrowser } from '../helpers/happy-dom';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { oembedFor } from '../../src/lib/embed/oembed';

const SOURCE = readFileSync('static/embed.js', 'utf8');
const SITE = 'https://timelines.example.org';

interface FakeFrame {
	src: string;
	loading: string;
	isConnected: boolean;
	style: Record<string, string>;
	contentWindow: { postMessage: (data: unknown, origin: string) => void };
	posted: { data: unknown; origin: string }[];
	scrolled: number;
	getAttribute: (name: string) => string | null;
	scrollIntoView: () => void;
}

function frame(slug: string, src = `${SITE}/${slug}/embed`, loading = 'lazy'): FakeFrame {
	const f: FakeFrame = {
		src,
		loading,
		isConnected: true,
		style: {},
		posted: [],
		scrolled: 0,
		contentWindow: { postMessage: (data, origin) => f.posted.push({ data, origin }) },
		getAttribute: (name) => (name === 'data-story-timeline' ? slug : null),
		scrollIntoView: () => void f.scrolled++
	};
	return f;
}

function host(hash: string, frames: FakeFrame[]) {
	const listeners: Record<string, ((event: unknown) => void)[]> = {};
	const location = { href: `https://news.example/news/story?a=1${hash}`, pathname: '/news/story', search: '?a=1', hash };
	const replaced: { state: unknown; url: string }[] = [];
	const state = { router: 'theirs' };
	const sandbox: Record<string, unknown> = {
		URL,
		location,
		history: {
			state,
			replaceState: (s: unknown, _title: string, url: string) => {
				replaced.push({ state: s, url });
				location.hash = new URL(url, 'https://news.example').hash;
			}
		},
		document: { documentElement: {}, querySelectorAll: () => frames },
		addEventListener: (type: string, fn: (event: unknown) => void) => (listeners[type] ??= []).push(fn),
		MutationObserver: class {
			observe() {}
		}
	};
	sandbox.window = sandbox;
	vm.createContext(sandbox);
	const run = () => vm.runInContext(SOURCE, sandbox);
	run();
	const dispatch = (type: string, event: unknown = {}) => listeners[type]?.forEach((fn) => fn(event));
	const message = (source: unknown, origin: string, data: unknown) => dispatch('message', { source, origin, data });
	return { location, replaced, state, listeners, run, dispatch, message };
}

describe('static/embed.js', () => {
	it('is small: at most 2 KB gzipped', () => {
		const gz = gzipSync(Buffer.from(SOURCE), { level: 9 }).length;
		console.log(`static/embed.js: ${Buffer.byteLength(SOURCE)} bytes raw, ${gz} bytes gzipped`);
		expect(gz).toBeLessThanOrEqual(2048);
	});

	it('parses as an ES2015 classic script (no modules, nothing newer), so older browsers on news sites run it', () => {
		// ESLint's parser (espree) at a fixed language version; no rules, so only syntax can fail.
		const linter = new Linter();
		const config = [{ languageOptions: { ecmaVersion: 2015, sourceType: 'script' } }] satisfies Linter.Config[];
		expect(linter.verify(SOURCE, config)).toEqual([]);
		// The check bites: what the script must not use is refused at that version.
		for (const newer of ['a?.b', 'a ?? b', 'async function f() {}', 'import x from "y"', 'try {} catch {}', '({ ...a })'])
			expect(
				linter.verify(newer, config).map((m) => m.fatal),
				newer
			).toEqual([true]);
		expect(() => new vm.Script(SOURCE, { filename: 'embed.js' })).not.toThrow();
	});

	it('says hello to every marked iframe (it may be running already) and ignores messages from anyone else', () => {
		const a = frame('minimal');
		const page = host('', [a]);
		expect(a.posted).toEqual([{ data: { type: 'story-timeline:hello' }, origin: '*' }]);
		const stranger = { postMessage: () => {} };
		page.message(stranger, SITE, { type: 'story-timeline:height', height: 300 });
		page.message(a.contentWindow, 'https://evil.example', { type: 'story-timeline:height', height: 300 });
		page.message(null, SITE, { type: 'story-timeline:height', height: 300 });
		page.message(stranger, SITE, { type: 'story-timeline:select', id: 'x' });
		page.message(a.contentWindow, 'null', { type: 'story-timeline:select', id: 'x' });
		expect(a.style.height).toBeUndefined();
		expect(page.replaced.length).toBe(0);
	});

	it('sets the height from its own frame, and only a sane one', () => {
		const a = frame('minimal');
		const page = host('', [a]);
		page.message(a.contentWindow, SITE, { type: 'story-timeline:height', slug: 'minimal', height: 812.4, id: null });
		expect(a.style.height).toBe('813px');
		for (const bad of [0, -5, 1e6, NaN, '900', null, undefined]) page.message(a.contentWindow, SITE, { type: 'story-timeline:height', height: bad });
		for (const junk of [null, 1, 'x', '{bad', [], {}, { type: 1 }, { sentinel: 'amp', type: 'embed-size', height: 5 }, 'pymxPYMxaxPYMxheightxPYMx5']) page.message(a.contentWindow, SITE, junk);
		expect(a.style.height).toBe('813px');
		page.message(a.contentWindow, SITE, JSON.stringify({ type: 'story-timeline:height', height: 640 }));
		expect(a.style.height).toBe('640px');
	});

	it('keeps each frame’s selection under its own key, beside the page’s own hash, replacing (not pushing) history', () => {
		const a = frame('minimal');
		const b = frame('minimal');
		const c = frame('ashworth-leak-2019');
		const page = host('#section-2', [a, b, c]);
		page.message(b.contentWindow, SITE, { type: 'story-timeline:select', id: 'proposal' });
		expect(page.location.hash).toBe('#section-2&st-minimal-2=proposal');
		page.message(a.contentWindow, SITE, { type: 'story-timeline:select', id: 'vote-held' });
		page.message(c.contentWindow, SITE, { type: 'story-timeline:select', id: 'guido-publishes' });
		expect(page.location.hash).toBe('#section-2&st-minimal-2=proposal&st-minimal=vote-held&st-ashworth-leak-2019=guido-publishes');
		page.message(b.contentWindow, SITE, { type: 'story-timeline:select', id: null });
		expect(page.location.hash).toBe('#section-2&st-minimal=vote-held&st-ashworth-leak-2019=guido-publishes');
		for (const bad of ['Bad Id', '<x>', 'a&st-b=c', 42, undefined]) page.message(a.contentWindow, SITE, { type: 'story-timeline:select', id: bad });
		expect(page.location.hash).toBe('#section-2&st-minimal=vote-held&st-ashworth-leak-2019=guido-publishes');
		expect(page.replaced.every((r) => r.state === page.state && r.url.startsWith('/news/story?a=1'))).toBe(true);
	});

	it('passes the page’s selection to a frame once it is ready (to its origin only), loads it eagerly and scrolls to it', () => {
		const a = frame('minimal');
		const b = frame('ashworth-leak-2019');
		const page = host('#st-minimal=proposal', [a, b]);
		expect(a.loading).toBe('eager');
		expect(b.loading).toBe('lazy');
		a.posted.length = 0;
		page.message(a.contentWindow, SITE, { type: 'story-timeline:ready', slug: 'minimal', id: null, frame: null });
		expect(a.posted).toEqual([{ data: { type: 'story-timeline:navigate', id: 'proposal' }, origin: SITE }]);
		expect(a.scrolled).toBe(1);
		// Once more when its height arrives (the page may not have been long enough), then never again.
		page.message(a.contentWindow, SITE, { type: 'story-timeline:height', height: 900 });
		page.message(a.contentWindow, SITE, { type: 'story-timeline:height', height: 950 });
		expect(a.scrolled).toBe(2);
		// Ready again (answering a later hello) with that selection: nothing more to do.
		page.message(a.contentWindow, SITE, { type: 'story-timeline:ready', id: 'proposal' });
		expect(a.posted.length).toBe(1);
		page.location.hash = '#st-minimal=vote-held';
		page.dispatch('hashchange');
		expect(a.posted[1]).toEqual({ data: { type: 'story-timeline:navigate', id: 'vote-held' }, origin: SITE });
		expect(a.scrolled).toBe(2);
		expect(b.posted.filter((p) => p.origin !== '*')).toEqual([]);
	});

	it('loaded twice (one script tag per snippet), it listens once', () => {
		const page = host('', [frame('minimal')]);
		page.run();
		expect(page.listeners.message.length).toBe(1);
	});
});

/**
 * The snippet a newsroom pastes (embedSnippet), in a news page in happy-dom:
 * its <script async src> loads static/embed.js from the site, and the iframe
 * loads a stand-in embed page that records what it is sent. happy-dom delivers
 * the host's postMessage to the frame as a browser does (checking the target
 * origin), but labels a frame's messages to its parent with the parent's own
 * origin and window, so the frame's messages are dispatched here as a browser
 * delivers them: from the frame's window, with the site's origin.
 */
describe('static/embed.js loaded by the snippet in a news page', () => {
	const NEWS = 'https://news.example';
	let browser: Browser | undefined;

	afterEach(async () => {
		await browser?.close();
		browser = undefined;
	});

	/** The embed page's stand-in: it records every message it receives. */
	const STAND_IN = `<!doctype html><title>embed</title><script>
		window.received = [];
		addEventListener('message', function (e) { received.push({ data: e.data, origin: e.origin }); });
	</script>`;

	async function until(ready: () => boolean, what: string) {
		for (let i = 0; i < 200 && !ready(); i++) await new Promise((done) => setTimeout(done, 10));
		if (!ready()) throw new Error(`timed out waiting for ${what}`);
	}

	async function article(url: string, code = embedSnippet({ origin: SITE, slug: 'minimal', title: 'Timeline: minimal' })) {
		// The article's frame: its page has loaded (read by the interceptor below, once the page exists).
		const frameLoaded = () => browser?.defaultContext.pages[0]?.mainFrame.childFrames[0]?.window.document.readyState === 'complete';
		browser = scriptedBrowser({
			virtualServers: [{ url: `${SITE}/`, directory: 'static' }],
			interceptor: {
				beforeAsyncRequest: async ({ request, window }) => {
					const path = new URL(request.url).pathname;
					if (path.endsWith('/embed')) return new window.Response(STAND_IN, { headers: { 'content-type': 'text/html' } });
					// embed.js (then served from static/) waits for the frame's page, so that its first hello finds that page, not the blank one before it.
					if (path === '/embed.js') await until(frameLoaded, 'the frame');
				}
			}
		});
		const page: BrowserPage = browser.newPage();
		page.url = url;
		page.content = `<!doctype html><html><head><title>News</title></head><body><h1>A story</h1>
			${code}
			<p>More of the story.</p></body></html>`;
		const host = page.mainFrame.window;
		await until(() => 'StoryTimelineEmbeds' in host && frameLoaded(), 'embed.js and the frame');
		const iframe = host.document.querySelector('iframe[data-story-timeline]') as HTMLIFrameElement;
		const frame = page.mainFrame.childFrames[0].window as BrowserWindow & { received: { data: unknown; origin: string }[] };
		const received = frame.received;
		/** A message from `source` (the frame's window unless given) with `origin` (the site's unless given). */
		const fromFrame = (data: unknown, { source = iframe.contentWindow as unknown, origin = SITE } = {}) =>
			host.dispatchEvent(new host.MessageEvent('message', { data, origin, source: source as BrowserWindow }));
		return { host, iframe, frame, received, fromFrame };
	}

	it('says hello to the snippet’s iframe and sizes it from the height that frame reports, and only from it', async () => {
		const { host, iframe, received, fromFrame } = await article(`${NEWS}/news/story`);
		await until(() => received.length > 0, 'the hello');
		expect(received[0]).toEqual({ data: { type: 'story-timeline:hello' }, origin: NEWS });
		const height = { type: 'story-timeline:height', slug: 'minimal', height: 812.4, id: null };
		fromFrame(height, { origin: 'https://evil.example' });
		fromFrame(height, { source: host });
		expect(iframe.style.height).toBe('');
		fromFrame(height);
		expect(iframe.style.height).toBe('813px');
		fromFrame(JSON.stringify({ ...height, height: 640 }));
		expect(iframe.style.height).toBe('640px');
	});

	it('a deep link is sent to the frame once it is ready (to the site’s origin only); a selection goes into the URL beside the page’s own hash', async () => {
		const { host, received, fromFrame } = await article(`${NEWS}/news/story#section-2&st-minimal=vote-held`);
		fromFrame({ type: 'story-timeline:ready', slug: 'minimal', id: null, frame: null });
		await until(() => received.some((m) => (m.data as { type?: string }).type === 'story-timeline:navigate'), 'the navigate message');
		expect(received.filter((m) => (m.data as { type?: string }).type === 'story-timeline:navigate')).toEqual([{ data: { type: 'story-timeline:navigate', id: 'vote-held' }, origin: NEWS }]);
		fromFrame({ type: 'story-timeline:select', slug: 'minimal', id: 'proposal', frame: null });
		expect(host.location.hash).toBe('#section-2&st-minimal=proposal');
		expect(host.location.pathname).toBe('/news/story');
	});

	it('hides the oEmbed code’s link to the story (for readers without frames) once the frame reports its height', async () => {
		const { html } = oembedFor({ origin: SITE, siteName: 'Timelines', slug: 'minimal', title: 'Minimal', frameTitle: 'Timeline: Minimal' });
		const { host, iframe, fromFrame } = await article(`${NEWS}/news/story`, html);
		const quote = host.document.querySelector('blockquote.wp-embedded-content') as unknown as { hidden: boolean; textContent: string };
		expect(quote.textContent).toBe('Minimal');
		expect(quote.hidden).toBe(false);
		fromFrame({ type: 'story-timeline:height', slug: 'minimal', height: 0, id: null });
		fromFrame({ type: 'story-timeline:height', slug: 'minimal', height: 700, id: null }, { origin: 'https://evil.example' });
		expect(quote.hidden).toBe(false);
		fromFrame({ type: 'story-timeline:height', slug: 'minimal', height: 700, id: null });
		expect(iframe.style.height).toBe('700px');
		expect(quote.hidden).toBe(true);
	});
});
