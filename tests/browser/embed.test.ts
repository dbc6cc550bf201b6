/**
 * The embed as a newsroom uses it: host pages (tests/fixtures/hosts) served
 * from another localhost port than the built site, framing /<slug>/embed with
 * the snippet from the Embed dialog (and, on one page, with pym.js's own parent
 * library). Checks sizing, deep links through the host's URL, message hygiene,
 * that every request stays on the site's origin, the CSP, and oEmbed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enGB } from 'date-fns/locale/en-GB';
import { startSite, defaultStory, quiet, type Site } from '../helpers/site';
import { embedAxeSweeps } from '../helpers/sweeps/axe';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server';
import { readJson } from '../helpers/fixtures';
import { pageHtml } from '../helpers/build';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema, type Story } from '../../src/lib/story/schema';
import { embedSnippet } from '../../src/lib/embed/snippet';
import { focusEventOf, timelineDataOf } from '../../src/lib/timeline/data';

const require = createRequire(import.meta.url);
const story = storySchema.parse(defaultStory());
const view = buildStoryView(story, enGB);
const slug = story.meta.slug;
const minimal = readJson<Story>('tests/fixtures/stories/minimal.json');
const HOSTS = 'tests/fixtures/hosts';
const TOLERANCE = 2;

let site: Site;
let host: RunningServer;
let hostDir: string;
const contexts: BrowserContext[] = [];

/** Host pages with the site's origin and the real snippet filled in. */
function writeHostPages(siteOrigin: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'embed-hosts-'));
	for (const file of readdirSync(HOSTS).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(join(HOSTS, file), 'utf8')
			.replace(/<!--snippet (\{.*?\})-->/g, (_, json: string) => {
				const options = JSON.parse(json) as { slug: string };
				return embedSnippet({ origin: siteOrigin, title: `Timeline: ${options.slug}`, ...options });
			})
			.replace(/%SITE%/g, siteOrigin);
		writeFileSync(join(dir, file), html);
	}
	copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), join(dir, 'pym.v1.min.js'));
	return dir;
}

beforeAll(async () => {
	site = await startSite();
	hostDir = writeHostPages(site.server.origin);
	host = await serveDirectory(hostDir);
	expect(new URL(host.origin).port).not.toBe(new URL(site.server.origin).port);
});

afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close().catch(() => {})));
	await site?.close();
	await host?.close();
	if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** Records CSP violations from the start of every document in the context. */
async function watch(context: BrowserContext) {
	await context.addInitScript(() => {
		const w = window as unknown as { cspViolations: string[] };
		w.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
}

/** CSP violations a document reported (see watch). */
async function violationsIn(frame: Frame): Promise<string[]> {
	return frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['not watched']);
}

interface Opened {
	page: Page;
	context: BrowserContext;
	/** Every URL requested, by any frame. */
	requests: { url: string; frame: string }[];
	/** Uncaught errors and console errors, from any frame. */
	errors: string[];
}

async function openHost(path: string, options: BrowserContextOptions = {}): Promise<Opened> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
	contexts.push(context);
	await watch(context);
	const page = await context.newPage();
	const requests: Opened['requests'] = [];
	const errors: string[] = [];
	page.on('request', (request) => requests.push({ url: request.url(), frame: request.frame().url() }));
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	await page.goto(host.origin + path);
	return { page, context, requests, errors };
}

/** The embed's frame inside the host page, once its timeline is ready. */
async function embedFrame(page: Page, selector: string): Promise<Frame> {
	const handle = await page.waitForSelector(selector, { state: 'attached' });
	let frame: Frame | null = null;
	await expect.poll(async () => (frame = await handle.contentFrame()) !== null && frame.url().startsWith(site.server.origin), { timeout: 15_000 }).toBe(true);
	await frame!.waitForSelector('[data-timeline][data-ready="true"]', { state: 'attached', timeout: 15_000 });
	return frame!;
}

/** The iframe's height in the host, and the embed's content height inside it. */
async function heights(page: Page, selector: string, frame: Frame) {
	const outer = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame.evaluate(() => ({
		// The embed's island and, below it, its static body (chronology and footer).
		content: document.querySelector('[data-story-body]')!.getBoundingClientRect().bottom - document.querySelector('[data-embed]')!.getBoundingClientRect().top,
		scroll: document.documentElement.scrollHeight
	}));
	return { outer, ...inner };
}

/**
 * Waits until `receiver` has handled every message that `send` posted to it
 * before: a token sent the same way afterwards arrives after them (messages
 * from one window to another keep their order). For checks that a message
 * changed nothing, without a fixed pause.
 */
async function afterMessages(receiver: Frame, send: (token: string) => Promise<unknown>): Promise<void> {
	const token = `drained-${Math.random().toString(36).slice(2)}`;
	await receiver.evaluate((t) => {
		(window as unknown as { drained: Promise<void> }).drained = new Promise<void>((done) =>
			addEventListener('message', function on(e) {
				if (e.data === t) {
					removeEventListener('message', on);
					done();
				}
			})
		);
	}, token);
	await send(token);
	await receiver.evaluate(() => (window as unknown as { drained: Promise<void> }).drained);
}

/** Waits until the iframe is as tall as its content (and nothing inside is cut off or scrolls); returns that height. */
async function fits(page: Page, selector: string, frame: Frame): Promise<number> {
	await expect
		.poll(
			async () => {
				const h = await heights(page, selector, frame);
				return h.content > 50 && Math.abs(h.outer - h.content) <= TOLERANCE && h.scroll <= h.outer + TOLERANCE;
			},
			{ timeout: 10_000 }
		)
		.toBe(true);
	return (await heights(page, selector, frame)).outer;
}

const selectedIn = (frame: Frame) => frame.locator('[data-timeline]').getAttribute('data-selected');
const hostHash = (page: Page) => page.evaluate(() => location.hash);
const first = (slugName: string) => `iframe[data-story-timeline="${slugName}"]`;

describe('the default embed is the size of a graphic', () => {
	const fixture = storySchema.parse(readJson('tests/fixtures/stories/bridge-fixture.json'));
	// [story, host page with the default snippet, host page with ?full (or null)]
	const cases: [Story, string, string | null][] = [
		[story, '/default.html', '/full-story.html'],
		[fixture, '/fixture.html', null]
	];
	for (const [subject, hostPage, fullPage] of cases) {
		const subjectView = buildStoryView(subject, enGB);
		const name = subject.meta.slug;
		/** The event with the most quote cards: the tallest a compact embed could want to be. */
		const mostQuoted = [...subjectView.events].sort((a, b) => b.quoteIds.length - a.quoteIds.length)[0].event.id;
		// The host's article column has 16 px of padding: these viewports give a 700 and a 375 px wide frame.
		for (const [frameWidth, limit] of [
			[700, 800],
			[375, 900]
		] as const) {
			it(`${name}: at most ${limit} px tall at ${frameWidth} px wide, on the opening event and on the one with the most quotes${fullPage ? '; ?full is the whole chronology' : ''}`, async () => {
				const { page, errors } = await openHost(hostPage, { viewport: { width: frameWidth + 32, height: 900 } });
				const frame = await embedFrame(page, first(name));
				expect(await page.locator(first(name)).evaluate((el) => el.getBoundingClientRect().width)).toBe(frameWidth);
				const opening = await fits(page, first(name), frame);
				expect(opening).toBeLessThanOrEqual(limit);
				expect(opening).toBeGreaterThan(300);
				await frame.evaluate((id) => (location.hash = id), mostQuoted);
				await expect.poll(() => selectedIn(frame)).toBe(mostQuoted);
				const quoted = await fits(page, first(name), frame);
				expect(quoted).toBeLessThanOrEqual(limit);
				// Its quote cards are there, scrolling inside the event rather than stretching the frame.
				expect(await frame.locator(`[data-quote-card][data-event-id="${mostQuoted}"]`).count()).toBe(subjectView.events.find((e) => e.event.id === mostQuoted)!.quoteIds.length);
				expect(errors).toEqual([]);
				if (!fullPage) return;
				const full = await openHost(fullPage, { viewport: { width: frameWidth + 32, height: 900 } });
				const fullFrame = await embedFrame(full.page, first(name));
				expect(await fits(full.page, first(name), fullFrame)).toBeGreaterThan(limit * 5);
				expect(full.errors).toEqual([]);
			});
		}
	}
});

describe('the Embed dialog', () => {
	it('offers the whole chronology with its approximate height; switching clears "Copied"; the preview shows the real height', async () => {
		const page = await site.open(`/${slug}`, { viewport: { width: 1280, height: 900 } });
		await page.locator('[data-embed-open]').click();
		const code = page.locator('[data-embed-code]');
		expect(await code.inputValue()).not.toContain('full=1');
		expect(await page.locator('label:has([data-embed-option="full"])').textContent()).toMatch(/about [\d,]+ px/);
		await page.locator('[data-embed-copy]').click();
		await expect.poll(() => page.locator('.status').textContent()).not.toBe('');
		await page.locator('[data-embed-option="full"]').check();
		expect(await code.inputValue()).toContain('full=1');
		expect(await page.locator('.status').textContent()).toBe('');
		await page.locator('[data-embed-option="full"]').uncheck();
		await page.locator('[data-embed-show-preview]').click();
		await expect.poll(() => page.locator('[data-embed-preview-height]').textContent(), { timeout: 10_000 }).toMatch(/about [\d,]+ px/);
		const reported = Number((await page.locator('[data-embed-preview-height]').textContent())!.replace(/[^\d]/g, ''));
		expect(Number(await page.locator('[data-embed-preview]').getAttribute('height'))).toBe(reported);
		expect(reported).toBeLessThanOrEqual(800);
	});
});

describe('auto-resize with the embed snippet and /embed.js', () => {
	it('sizes the iframe to its content on load, and the embed also speaks AMP', async () => {
		const { page, errors } = await openHost('/article.html');
		const frame = await embedFrame(page, first(slug));
		const height = await fits(page, first(slug), frame);
		expect(height).not.toBe(600);
		const amp = await page.evaluate(() => (window as unknown as { hostMessages: unknown[] }).hostMessages);
		expect(amp).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) });
		expect(amp).toContainEqual({ type: 'story-timeline:height', slug, height: expect.any(Number), id: null });
		expect(errors).toEqual([]);
	});

	it('follows when selecting an event changes the height (the default embed shows only the selected event)', async () => {
		const { page, errors } = await openHost('/fixture.html');
		const fixture = 'bridge-fixture';
		const frame = await embedFrame(page, first(fixture));
		const before = await fits(page, first(fixture), frame);
		// It opens on the story's focus event, not on the first event of the story.
		const data = timelineDataOf(buildStoryView(storySchema.parse(readJson('tests/fixtures/stories/bridge-fixture.json')), enGB), 50);
		expect(await selectedIn(frame)).toBe(focusEventOf(data));
		expect(focusEventOf(data)).not.toBe(data.columns.id[0]);
		// Events whose articles are shorter than the compact box make the frame shrink or grow with them.
		let after = before;
		for (const id of data.columns.id) {
			if (Math.abs(after - before) >= 20) break;
			await frame.evaluate((target) => (location.hash = target), id);
			await expect.poll(() => selectedIn(frame)).toBe(id);
			after = await fits(page, first(fixture), frame);
		}
		expect(Math.abs(after - before)).toBeGreaterThanOrEqual(20);
		expect(errors).toEqual([]);
	});

	it('follows when a card opens (the full chronology, sources of an event)', async () => {
		const { page, errors } = await openHost('/full.html');
		const frame = await embedFrame(page, first('minimal'));
		const before = await fits(page, first('minimal'), frame);
		await frame.locator('article[data-event-id] details > summary >> visible=true').first().click();
		const after = await fits(page, first('minimal'), frame);
		expect(after).toBeGreaterThan(before);
		expect(errors).toEqual([]);
	});

	it('follows when the host narrows to 375 px', async () => {
		const { page, errors } = await openHost('/article.html');
		const frame = await embedFrame(page, first(slug));
		const wide = await fits(page, first(slug), frame);
		await page.setViewportSize({ width: 375, height: 800 });
		await expect.poll(async () => (await heights(page, first(slug), frame)).outer, { timeout: 10_000 }).not.toBe(wide);
		const narrow = await fits(page, first(slug), frame);
		expect(narrow).toBeGreaterThan(wide);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		expect(errors).toEqual([]);
	});

	it('sizes an iframe that loaded in a display:none tab once the tab is shown', async () => {
		const { page, errors } = await openHost('/hidden.html');
		const frame = await embedFrame(page, `#timeline-panel ${first(slug)}`);
		// The host has handled what the embed said as it became ready.
		await afterMessages(page.mainFrame(), (t) => frame.evaluate((t) => parent.postMessage(t, '*'), t));
		expect(await page.locator(`#timeline-panel ${first(slug)}`).isVisible()).toBe(false);
		await page.locator('#show-timeline').click();
		await fits(page, `#timeline-panel ${first(slug)}`, frame);
		expect(errors).toEqual([]);
	});

	it('sizes a lazy iframe in a collapsed <details> once it is opened', async () => {
		const { page, errors } = await openHost('/hidden.html');
		await page.locator('#more summary').click();
		const frame = await embedFrame(page, `#more ${first('minimal')}`);
		await fits(page, `#more ${first('minimal')}`, frame);
		expect(errors).toEqual([]);
	});

	it("is resized by pym.js's own parent library", async () => {
		const { page, errors } = await openHost('/pym.html');
		const selector = '#pym-timeline iframe';
		const frame = await embedFrame(page, selector);
		expect(new URL(frame.url()).searchParams.get('childId')).toBe('pym-timeline');
		const before = await fits(page, selector, frame);
		await frame.locator('article[data-event-id] details > summary >> visible=true').first().click();
		const after = await fits(page, selector, frame);
		expect(Math.abs(after - before)).toBeGreaterThanOrEqual(20);
		await page.setViewportSize({ width: 375, height: 800 });
		await expect.poll(async () => (await heights(page, selector, frame)).outer, { timeout: 10_000 }).not.toBe(after);
		await fits(page, selector, frame);
		expect(errors).toEqual([]);
	});
});

describe("deep links through the host page's URL", () => {
	it("selecting an event in the iframe updates the host's URL, without adding history entries", async () => {
		const { page, errors } = await openHost('/article.html');
		const frame = await embedFrame(page, first(slug));
		const historyLength = await page.evaluate(() => history.length);
		await frame.locator('[data-step="next"]').click();
		const id = view.events[1].event.id;
		await expect.poll(() => hostHash(page)).toBe(`#st-${slug}=${id}`);
		await frame.locator('[data-step="next"]').click();
		await expect.poll(() => hostHash(page)).toBe(`#st-${slug}=${view.events[2].event.id}`);
		expect(await page.evaluate(() => history.length)).toBe(historyLength);
		expect(errors).toEqual([]);
	});

	it('loading the host with that URL selects the event in the iframe', async () => {
		const id = view.events[5].event.id;
		const { page, errors } = await openHost(`/article.html#st-${slug}=${id}`);
		const frame = await embedFrame(page, first(slug));
		await expect.poll(() => selectedIn(frame)).toBe(id);
		expect(await frame.locator(`article[data-event-id="${id}"]`).getAttribute('aria-current')).toBe('true');
		await fits(page, first(slug), frame);
		// The host page is scrolled to the frame, as to an anchor.
		await expect.poll(() => page.locator(first(slug)).evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBe(0);
		// Stays as it was: the host does not rewrite a URL it was given.
		expect(await hostHash(page)).toBe(`#st-${slug}=${id}`);
		expect(errors).toEqual([]);
	});

	it('two embeds (and a second copy of one story) on one page keep separate state, alongside the host’s own hash', async () => {
		const { page, errors } = await openHost('/two.html#keep');
		const frames = page.locator('iframe[data-story-timeline]');
		expect(await frames.count()).toBe(3);
		const big = await embedFrame(page, first(slug));
		const small = await embedFrame(page, `${first('minimal')} >> nth=0`);
		const copy = await embedFrame(page, `${first('minimal')} >> nth=1`);
		const minimalIds = await small.locator('article[data-event-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!));
		expect(minimalIds.length).toBe(minimal.events.length);
		await big.locator('[data-step="next"]').click();
		await expect.poll(() => hostHash(page)).toBe(`#keep&st-${slug}=${view.events[1].event.id}`);
		await copy.locator('[data-step="next"]').click();
		await expect.poll(() => hostHash(page)).toBe(`#keep&st-${slug}=${view.events[1].event.id}&st-minimal-2=${minimalIds[1]}`);
		expect(await selectedIn(small)).toBe(minimalIds[0]);
		await small.locator('[data-step="next"]').click();
		await expect.poll(() => selectedIn(small)).toBe(minimalIds[1]);
		await small.locator('[data-step="next"]').click();
		await expect.poll(() => selectedIn(small)).toBe(minimalIds[2]);
		await expect.poll(() => hostHash(page)).toContain(`st-minimal=${minimalIds[2]}`);
		const url = page.url();
		expect(await selectedIn(big)).toBe(view.events[1].event.id);
		expect(await selectedIn(copy)).toBe(minimalIds[1]);

		// Reloaded from that URL, each frame gets its own selection back.
		const again = await openHost(new URL(url).pathname + new URL(url).hash);
		const big2 = await embedFrame(again.page, first(slug));
		const small2 = await embedFrame(again.page, `${first('minimal')} >> nth=0`);
		const copy2 = await embedFrame(again.page, `${first('minimal')} >> nth=1`);
		await expect.poll(() => selectedIn(big2)).toBe(view.events[1].event.id);
		await expect.poll(() => selectedIn(small2)).toBe(minimalIds[2]);
		await expect.poll(() => selectedIn(copy2)).toBe(minimalIds[1]);
		expect(errors).toEqual([]);
		expect(again.errors).toEqual([]);
	});
});

describe('messages that are not from the right window, or malformed, are ignored', () => {
	it('another frame on the host page cannot resize an embed, write the URL or select in an embed', async () => {
		const { page, errors } = await openHost('/two.html');
		const big = await embedFrame(page, first(slug));
		const height = await fits(page, first(slug), big);
		const selected = await selectedIn(big);
		const intruder = page.frame({ url: /intruder\.html/ })!;
		await intruder.evaluate((event) => (window as unknown as { forge: (t: { event: string }) => void }).forge({ event }), view.events[7].event.id);
		// The host page itself posting to itself is not the embed either.
		await page.evaluate(() => window.postMessage({ type: 'story-timeline:height', slug: 'x', height: 55, id: null }, '*'));
		// The host has handled the intruder's messages and its own.
		await afterMessages(page.mainFrame(), (t) => intruder.evaluate((t) => parent.postMessage(t, '*'), t));
		await afterMessages(page.mainFrame(), (t) => page.evaluate((t) => window.postMessage(t, '*'), t));
		expect((await heights(page, first(slug), big)).outer).toBeCloseTo(height, 0);
		expect(await hostHash(page)).toBe('');
		expect(await selectedIn(big)).toBe(selected);
		expect(await violationsIn(big)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('the embed ignores malformed or unknown messages from its parent, and acts on a well-formed one', async () => {
		const { page, errors } = await openHost('/article.html');
		const frame = await embedFrame(page, first(slug));
		const height = await fits(page, first(slug), frame);
		const selected = await selectedIn(frame);
		await page.locator(first(slug)).evaluate((iframe: HTMLIFrameElement) => {
			const w = iframe.contentWindow!;
			const big = 'x'.repeat(100_000);
			const junk: unknown[] = [
				null,
				42,
				'garbage',
				'{not json',
				'{"type":"story-timeline:navigate","id":"no-such-event"}',
				[],
				['story-timeline:navigate', 'x'],
				{},
				{ type: 'story-timeline:navigate' },
				{ type: 'story-timeline:navigate', id: 'no-such-event' },
				{ type: 'story-timeline:navigate', id: '<img src=x onerror=alert(1)>' },
				{ type: 'story-timeline:navigate', id: { toString: 'x' } },
				{ type: 'story-timeline:navigate', id: ['a'] },
				{ type: 'story-timeline:navigate', id: big },
				{ type: 'story-timeline:navigate', id: '__proto__' },
				{ type: 'story-timeline:navigate', id: 'quote-__proto__' },
				{ type: 'story-timeline:height', height: 5 },
				{ type: 'STORY-TIMELINE:NAVIGATE', id: 'x' },
				'pymxPYMxpym-timelinexPYMxwidthxPYMx300',
				'pymxPYMxxPYMxnavigateToxPYMxjavascript:alert(1)',
				{ sentinel: 'amp', type: 'embed-size', height: 3 },
				big
			];
			for (const message of junk) w.postMessage(message, '*');
		});
		// The embed has handled the junk, and the host whatever the embed said back.
		await afterMessages(frame, (t) => page.locator(first(slug)).evaluate((iframe: HTMLIFrameElement, t) => iframe.contentWindow!.postMessage(t, '*'), t));
		await afterMessages(page.mainFrame(), (t) => frame.evaluate((t) => parent.postMessage(t, '*'), t));
		expect(await selectedIn(frame)).toBe(selected);
		expect((await heights(page, first(slug), frame)).outer).toBeCloseTo(height, 0);
		expect(await hostHash(page)).toBe('');

		// A well-formed navigate from the parent is acted on (and reported back into the host URL).
		const id = view.events[3].event.id;
		await page.locator(first(slug)).evaluate((iframe: HTMLIFrameElement, target) => iframe.contentWindow!.postMessage({ type: 'story-timeline:navigate', id: target }, '*'), id);
		await expect.poll(() => selectedIn(frame)).toBe(id);
		await expect.poll(() => hostHash(page)).toBe(`#st-${slug}=${id}`);
		expect(await violationsIn(frame)).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('render flags', () => {
	it('theme, plain and start apply after hydration; an unknown start is ignored', async () => {
		const id = view.events[4].event.id;
		const page = await site.open(`/${slug}/embed?theme=dark&plain&start=${id}`, { colorScheme: 'light' });
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await expect.poll(() => selectedIn(page.mainFrame())).toBe(id);
		expect(await page.locator('[data-embed-header]').count()).toBe(0);
		await expect.poll(() => page.locator('[data-embed-footer]').isVisible()).toBe(false);
		expect(await page.locator('h1').textContent()).toBe(story.meta.title);
		// Opens on the selected event without having scrolled to it.
		expect(await page.evaluate(() => scrollY)).toBe(0);

		const other = await site.open(`/${slug}/embed?theme=nonsense&start=no-such-event`, { colorScheme: 'dark' });
		expect(await other.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
		expect(await other.locator('[data-embed-header]').count()).toBe(1);
		await quiet(other);
		// An unknown start is ignored: the embed opens as it would without one, on the story's focus event.
		expect(await selectedIn(other.mainFrame())).toBe(focusEventOf(timelineDataOf(view, 50)));
	});

	it('a hash in the embed URL wins over start; selection there does not add history entries', async () => {
		const id = view.events[2].event.id;
		const page = await site.open(`/${slug}/embed?start=${view.events[4].event.id}#${id}`);
		await expect.poll(() => selectedIn(page.mainFrame())).toBe(id);
		const length = await page.evaluate(() => history.length);
		await page.locator('[data-step="next"]').click();
		await expect.poll(() => selectedIn(page.mainFrame())).toBe(view.events[3].event.id);
		expect(await page.evaluate(() => history.length)).toBe(length);
	});

	it('works without JavaScript: the prerendered chronology with every event', async () => {
		const page = await site.open(`/${slug}/embed`, { javaScriptEnabled: false });
		expect(await page.locator('article[data-event-id]').count()).toBe(view.events.length);
		expect(await page.locator('figure[data-quote-card]').count()).toBe(Object.keys(view.quotes).length);
		expect(await page.locator('a[href="/' + slug + '"][target="_blank"]').count()).toBe(1);
	});

	it('links out of the story open in a new tab, not inside the frame', async () => {
		const page = await site.open(`/minimal/embed`);
		// Stop the navigation itself (no request leaves the test), after the embed has had its say.
		await page.evaluate(() => addEventListener('click', (e) => e.preventDefault()));
		await page.evaluate(() => document.querySelectorAll('article details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
		const external = page.locator('article[data-event-id] a[href^="http"] >> visible=true').first();
		await external.click();
		expect(await external.getAttribute('target')).toBe('_blank');
		const inPage = page.locator('[data-timeline] a[href="#chronology-heading"]');
		await inPage.dispatchEvent('click');
		expect(await inPage.getAttribute('target')).toBeNull();
	});
});

describe('privacy and safety', () => {
	for (const path of [`/${slug}`, '/', '/stories', `/${slug}/embed`, '/minimal/embed?theme=dark&full']) {
		it(`${path}: a CSP is set, nothing violates it, no console errors, every request on the site's origin`, async () => {
			const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
			contexts.push(context);
			await watch(context);
			const page = await context.newPage();
			const requests: string[] = [];
			const errors: string[] = [];
			page.on('request', (r) => requests.push(r.url()));
			page.on('console', (m) => {
				if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(site.server.origin + path);
			if (await page.locator('[data-timeline]').count()) {
				await page.waitForSelector('[data-timeline][data-ready="true"]');
				await page.locator('[data-step="next"]').click();
				await page.locator('[data-zoom="in"]').click();
				await page.locator('article[data-event-id] details > summary >> visible=true').first().click();
			}
			if (await page.locator('[data-embed-open]').count()) {
				await page.locator('[data-embed-open]').click();
				await page.locator('[data-embed-option="theme"]').selectOption('dark');
				await page.locator('[data-embed-close]').click();
			}
			await page.waitForLoadState('networkidle');
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp).toContain("default-src 'self'");
			expect(csp).toContain("script-src 'self'");
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(await violationsIn(page.mainFrame())).toEqual([]);
			expect(errors).toEqual([]);
			expect(requests.length).toBeGreaterThan(1);
			expect(requests.filter((url) => !url.startsWith(site.server.origin + '/'))).toEqual([]);
			// The watcher works, and the policy bites: an inline script is refused.
			await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.inlineRan = true';
				document.body.append(script);
			});
			await expect.poll(() => violationsIn(page.mainFrame())).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
			expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
		});
	}

	it('inside a host page, every request the embed makes goes to the site’s origin; the host only fetches the embed and /embed.js from it', async () => {
		const { page, requests, errors } = await openHost('/article.html');
		const frame = await embedFrame(page, first(slug));
		await frame.locator('[data-step="next"]').click();
		await frame.locator('article[data-event-id] details > summary >> visible=true').first().click();
		await page.waitForLoadState('networkidle');
		const fromEmbed = requests.filter((r) => r.frame.startsWith(site.server.origin));
		// The frame's requests were seen: its script at least (its styles and theme script are inline).
		expect(fromEmbed.map((r) => new URL(r.url).pathname)).toContainEqual(expect.stringMatching(/^\/_islands\/embed-[\w-]+\.js$/));
		expect(fromEmbed.filter((r) => !r.url.startsWith(site.server.origin + '/'))).toEqual([]);
		const fromHost = requests.filter((r) => !r.frame.startsWith(site.server.origin)).map((r) => r.url);
		expect(
			fromHost
				.filter((url) => !url.startsWith(host.origin + '/'))
				.map((url) => new URL(url).pathname)
				.sort()
		).toEqual([`/${slug}/embed`, '/embed.js']);
		expect(await violationsIn(frame)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('/embed.js is at most 2 KB gzipped', async () => {
		const response = await fetch(`${site.server.origin}/embed.js`);
		const body = Buffer.from(await response.arrayBuffer());
		const { gzipSync } = await import('node:zlib');
		expect(gzipSync(body).length).toBeLessThanOrEqual(2048);
	});
});

describe('embed code and oEmbed', () => {
	it('the Embed dialog gives a snippet that follows the options, and copies it', async () => {
		const page = await site.open(`/${slug}`);
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
		await page.locator('[data-embed-open]').click();
		const dialog = page.locator('[data-embed-dialog]');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
		const code = page.locator('[data-embed-code]');
		expect(await code.inputValue()).toBe(embedSnippet({ origin: site.server.origin, slug, title: `Timeline: ${story.meta.title}` }));
		await page.locator('[data-embed-option="theme"]').selectOption('dark');
		await page.locator('[data-embed-option="start"]').selectOption(view.events[3].event.id);
		await page.locator('[data-embed-option="plain"]').check();
		const snippet = await code.inputValue();
		expect(snippet).toContain(`src="${site.server.origin}/${slug}/embed?theme=dark&amp;start=${view.events[3].event.id}&amp;plain=1"`);
		expect(snippet).toContain(`<script async src="${site.server.origin}/embed.js"></script>`);
		await page.locator('[data-embed-copy]').click();
		await expect.poll(() => page.locator('[data-embed-dialog] [role="status"]').textContent()).toBe('Copied to the clipboard.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
		await page.keyboard.press('Escape');
		await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
	});

	it('oembed.json parses and has the required fields; the story page links it, absolutely, in its prerendered head', async () => {
		for (const name of [slug, 'minimal']) {
			const response = await fetch(`${site.server.origin}/${name}/oembed.json`);
			expect(response.status).toBe(200);
			const oembed = (await response.json()) as Record<string, unknown>;
			expect(oembed).toMatchObject({ type: 'rich', version: '1.0', provider_name: expect.any(String), width: expect.any(Number), height: expect.any(Number) });
			expect(oembed.title).toBe(name === slug ? story.meta.title : minimal.meta.title);
			expect(oembed.provider_url).toMatch(/^https?:\/\/[^/]+\/$/);
			expect(oembed.html).toMatch(
				new RegExp(
					`^<blockquote class="wp-embedded-content"><a href="https?://[^"]+/${name}">[^<]+</a></blockquote>\\n` +
						`<iframe src="https?://[^"]+/${name}/embed"[^>]* data-story-timeline="${name}"[^>]*></iframe>\\n<script async src="https?://[^"]+/embed\\.js"></script>$`
				)
			);
			const origin = new URL(oembed.provider_url as string).origin;
			const head = pageHtml(name).split('</head>')[0];
			expect(head).toContain(`<link rel="alternate" type="application/json+oembed" href="${origin}/${name}/oembed.json"`);
		}
	});
});

describe('accessibility (axe-core)', () => {
	embedAxeSweeps(() => site, 'quick');
});
