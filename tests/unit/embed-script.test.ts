/**
 * The host script static/embed.js, run in a bare VM with just the DOM it uses
 * faked: which messages it trusts, what it does with them, and its size.
 * (tests/browser/embed.test.ts runs it for real in host pages.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';

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

	it('is plain ES2015+ that parses as a classic script (no modules, no newer syntax)', () => {
		expect(() => new vm.Script(SOURCE)).not.toThrow();
		expect(SOURCE).not.toMatch(/\?\.|\?\?|\bimport\b|\bexport\b|\basync\b|\bawait\b|\bclass\b/);
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
		for (const junk of [null, 1, 'x', '{bad', [], {}, { type: 1 }, { sentinel: 'amp', type: 'embed-size', height: 5 }, 'pymxPYMxaxPYMxheightxPYMx5'])
			page.message(a.contentWindow, SITE, junk);
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
