/**
 * Issue 18: what makes the story page interactive early, and that none of it
 * costs a reader anything.
 * - The island's script is a classic script right after its props: it runs,
 *   and the timeline is ready, before the parser has reached the static body.
 * - Nothing on its start-up path redoes what the server did: no
 *   Intl.DateTimeFormat or toLocaleString before the page has loaded (the
 *   server wrote the labels), no size or style read that forces a layout
 *   before the timeline is ready, and at the common desktop width the track
 *   keeps the width the server drew it at.
 * - While the page loads, the static body is laid out only where it is seen
 *   (content-visibility: auto); deep links land where they land without it,
 *   anchors, find in page and print reach all of it, and once the page has
 *   loaded everything is laid out and in innerText.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { startSite, defaultStory, quiet, type Site } from '../helpers/site';
import { deepLinkSweeps } from '../helpers/sweeps/deep-links';
import { readJson } from '../helpers/fixtures';
import { BUILD_DIR, pageHtml, THEME_BOOT_SCRIPT } from '../helpers/build';
import { storySchema, type Story } from '../../src/lib/story/schema';
import { PATTERNS } from '../../src/lib/timeline/axis';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

const story = storySchema.parse(defaultStory());
const slug = story.meta.slug;
const german = storySchema.parse(readJson<Story>('tests/fixtures/stories/fixture-de.json'));
const READY = '[data-timeline][data-ready="true"]';

/**
 * Installed before any script of the page: records what happened by the time
 * the timeline first says it is ready (a MutationObserver, so in the same
 * turn), every Intl formatter built and number formatted with its time, and
 * every size or style read made before ready.
 */
const PROBE = `(() => {
	const probe = (window.__probe = { intl: [], reads: [], atReady: null });
	let ready = false;
	const record = (kind) => probe.intl.push({ kind, at: performance.now(), loaded: document.readyState === 'complete' });
	const DTF = Intl.DateTimeFormat;
	Intl.DateTimeFormat = new Proxy(DTF, { construct(target, args) { record('DateTimeFormat'); return Reflect.construct(target, args); }, apply(target, self, args) { record('DateTimeFormat'); return Reflect.apply(target, self, args); } });
	const NF = Intl.NumberFormat;
	Intl.NumberFormat = new Proxy(NF, { construct(target, args) { record('NumberFormat'); return Reflect.construct(target, args); } });
	const toLocale = Number.prototype.toLocaleString;
	Number.prototype.toLocaleString = function (...args) { record('toLocaleString'); return toLocale.apply(this, args); };
	const read = (name) => { if (!ready && document.querySelector('#island')) probe.reads.push(name + ' ' + (new Error().stack || '').split('\\n').slice(2, 4).join(' < ')); };
	for (const [proto, names] of [[Element.prototype, ['clientWidth', 'clientHeight', 'scrollWidth', 'scrollHeight']], [HTMLElement.prototype, ['offsetWidth', 'offsetHeight', 'offsetTop', 'offsetLeft', 'innerText']]]) {
		for (const name of names) {
			const descriptor = Object.getOwnPropertyDescriptor(proto, name);
			Object.defineProperty(proto, name, { ...descriptor, get() { read(name); return descriptor.get.call(this); } });
		}
	}
	const rect = Element.prototype.getBoundingClientRect;
	Element.prototype.getBoundingClientRect = function () { read('getBoundingClientRect'); return rect.call(this); };
	const style = window.getComputedStyle;
	window.getComputedStyle = function (...args) { read('getComputedStyle'); return style.apply(this, args); };
	new MutationObserver(() => {
		const timeline = document.querySelector('[data-timeline][data-ready="true"]');
		if (!timeline || ready) return;
		ready = true;
		probe.atReady = {
			body: document.querySelector('[data-story-body]') !== null,
			readyState: document.readyState,
			deferred: document.documentElement.hasAttribute('data-body-deferred'),
			trackWidth: document.querySelector('[data-timeline] svg.track')?.getAttribute('width')
		};
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

interface Probe {
	intl: { kind: string; at: number; loaded: boolean }[];
	reads: string[];
	atReady: { body: boolean; readyState: string; deferred: boolean; trackWidth: string | null } | null;
}

async function openWith(path: string, options: BrowserContextOptions & { init?: string[] } = {}): Promise<Page> {
	const { init = [], ...contextOptions } = options;
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
	for (const script of init) await context.addInitScript(script);
	const page = await context.newPage();
	await page.goto(site.server.origin + path);
	if (contextOptions.javaScriptEnabled !== false) await page.waitForSelector(READY);
	return page;
}

const probeOf = (page: Page) => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
/** Whatever the page was doing after load has been laid out and painted, and nothing moves. */
const settle = (page: Page) => quiet(page);
const topOf = (page: Page, id: string) => page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);

describe('the island starts before the static body', () => {
	it('is a classic script right after its props, fetched early from the head, with no module script left; styles and the theme script are inline', () => {
		const html = pageHtml(slug);
		const script = /<script type="application\/json" id="island-props">[\s\S]*?<\/script>(?:<!--[^>]*-->|\s)*(<script[^>]*>)<\/script>/.exec(html)?.[1];
		expect(script).toMatch(/^<script src="\/_islands\/story-[\w-]+\.js">$/);
		const src = /src="([^"]+)"/.exec(script!)![1];
		const head = html.slice(0, html.indexOf('</head>'));
		expect(head).toMatch(new RegExp(`<link rel="preload" as="script" href="${src.replace(/[.]/g, '\\.')}"/?>`));
		// Nothing else is fetched before the page can render and the island can run: every style is in a <style>
		// (SvelteKit's disabled link for one it inlined is never fetched), and so is the theme script.
		expect(head.match(/<link[^>]*rel="stylesheet"[^>]*>/g)?.filter((link) => !/ disabled/.test(link)) ?? []).toEqual([]);
		const styles = [...head.matchAll(/<style>/g)].map((m) => m.index);
		expect(styles.length).toBeGreaterThanOrEqual(2);
		expect(head.indexOf(THEME_BOOT_SCRIPT)).toBeGreaterThan(0);
		expect(html.match(/<script src=/g)).toHaveLength(1);
		// The policy comes first, or it would not apply to what it allows.
		expect(head.indexOf('http-equiv="content-security-policy"')).toBeLessThan(Math.min(...styles, head.indexOf(THEME_BOOT_SCRIPT)));
		expect(html.indexOf(src)).toBeLessThan(html.indexOf('data-story-body'));
		expect(html).not.toMatch(/type="module"|rel="modulepreload"/);
		// V8 compiles the whole bundle while it streams in, off the main thread.
		expect(readFileSync(`${BUILD_DIR}${src}`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
	});

	it('its styles and theme apply under the Content-Security-Policy, with no violation, on every kind of page', async () => {
		for (const path of [`/${slug}`, `/${slug}/embed?theme=dark`, '/stories', `/${slug}/classroom`]) {
			const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
			await context.addInitScript(`window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`);
			const page = await context.newPage();
			await page.goto(site.server.origin + '/stories');
			await page.evaluate(() => localStorage.setItem('story-timeline-theme', 'dark'));
			await page.goto(site.server.origin + path);
			await page.waitForLoadState('load');
			const state = await page.evaluate(() => ({
				violations: (window as unknown as { __violations: string[] }).__violations,
				theme: document.documentElement.dataset.theme,
				// Every <style> was applied (one the policy refused would have no rules), and so was the site's own.
				styles: [...document.querySelectorAll('style')].map((style) => (style.sheet?.cssRules.length ?? 0) > 0),
				styled: getComputedStyle(document.body).margin === '0px'
			}));
			expect(state.styles.length, path).toBeGreaterThan(0);
			expect({ ...state, styles: state.styles.every(Boolean) }, path).toEqual({ violations: [], theme: 'dark', styles: true, styled: true });
			await context.close();
		}
	});

	it('is ready before the parser reaches the static body, which is laid out only where it is seen until the page has loaded', async () => {
		const page = await openWith(`/${slug}`, { init: [PROBE] });
		const probe = await probeOf(page);
		expect(probe.atReady).toMatchObject({ body: false, readyState: 'loading', deferred: true });
		// Once loaded, everything is laid out as before.
		expect(await page.evaluate(() => document.documentElement.hasAttribute('data-body-deferred'))).toBe(false);
	});

	it('the embed starts the same way and its static body is never deferred', async () => {
		const page = await openWith(`/${slug}/embed`, { init: [PROBE] });
		const probe = await probeOf(page);
		expect(probe.atReady).toMatchObject({ body: false, readyState: 'loading', deferred: false });
	});
});

describe('nothing on the start-up path that the server already did', () => {
	for (const { story: item, width } of [
		{ story, width: 1280 },
		{ story, width: 375 },
		{ story: german, width: 1280 }
	]) {
		const path = `/${item.meta.slug}`;
		it(`${path} at ${width} px: no Intl formatter and no forced layout before ready; the axis labels are the browser's own`, async () => {
			const page = await openWith(path, { init: [PROBE], viewport: { width, height: 800 } });
			await page.waitForLoadState('load');
			const probe = await probeOf(page);
			expect(probe.reads, 'sizes or styles read before the timeline was ready').toEqual([]);
			expect(
				probe.intl.filter((call) => !call.loaded),
				'Intl used before the page had loaded'
			).toEqual([]);
			// The labels the server wrote (the timeline's data) are the ones the browser's Intl writes.
			const labels = await page.evaluate(
				({ language, patterns }) => {
					const { axisLabels } = JSON.parse(document.getElementById('island-props')!.textContent!).timeline as { axisLabels: Record<string, string> };
					return Object.entries(axisLabels).map(([key, label]) => {
						const [pattern, from, to] = key.split(' ');
						const format = new Intl.DateTimeFormat([language, 'en-GB'], { ...patterns[pattern], timeZone: 'UTC', calendar: 'gregory' });
						return { key, label, browser: to === undefined ? format.format(Number(from)) : format.formatRange(Number(from), Number(to)) };
					});
				},
				{ language: item.meta.language, patterns: PATTERNS as Record<string, Intl.DateTimeFormatOptions> }
			);
			expect(labels.length).toBeGreaterThan(1);
			for (const { key, label, browser } of labels) expect(label, key).toBe(browser);
			// And the axis shows them.
			const shown = await page.locator('[data-timeline] .axis text').allTextContents();
			expect(shown.length).toBeGreaterThan(1);
			for (const text of shown) expect(labels.map((l) => l.label)).toContain(text);
		});
	}

	it('the island carries the layout the server drew, under the key of its opening window and width (timeline/first-view.ts)', () => {
		for (const [path, width] of [
			[slug, 1094],
			[`${slug}/embed`, 650],
			[german.meta.slug, 1094]
		] as const) {
			const html = pageHtml(path);
			const views = JSON.parse(/<script type="application\/json" id="island-views">([\s\S]*?)<\/script>/.exec(html)![1]) as Record<
				string,
				{ layout: { marks: { id: string }[]; clusters: { ids: string[] }[]; chips: { id: string }[] } }
			>;
			const keys = Object.keys(views);
			expect(keys, path).toHaveLength(1);
			const start = Number(/data-window-start="(\d+)"/.exec(html)![1]);
			const end = Number(/data-window-end="(\d+)"/.exec(html)![1]);
			expect(JSON.parse(keys[0]).slice(0, 4), path).toEqual(['chronological', start, end, width]);
			// Exactly the marks the track in the HTML has.
			const drawn = [...html.matchAll(/<g id="mark-[^"]*" data-event-id="([^"]+)"[^>]*class="mark /g)].map((m) => m[1]).sort();
			expect(drawn.length, path).toBeGreaterThan(0);
			expect(views[keys[0]].layout.marks.map((m) => m.id).sort(), path).toEqual(drawn);
		}
	});

	it('at 1280 px the track keeps the width the server drew it at', async () => {
		expect(pageHtml(slug)).toMatch(/<svg class="track[^"]*" width="1094"/);
		const page = await openWith(`/${slug}`, { init: [PROBE] });
		expect((await probeOf(page)).atReady?.trackWidth).toBe('1094');
		await settle(page);
		expect(await page.locator('[data-timeline] svg.track').getAttribute('width')).toBe('1094');
	});

	it('the first zoom builds the formatters it needs and labels the new window', async () => {
		const page = await openWith(`/${slug}`, { init: [PROBE] });
		const before = await page.locator('[data-timeline] .axis text').allTextContents();
		await page.locator('[data-zoom="out"]').click();
		await page.locator('[data-zoom="out"]').click();
		await expect.poll(() => page.locator('[data-timeline] .axis text').allTextContents()).not.toEqual(before);
		expect((await probeOf(page)).intl.some((call) => call.kind === 'DateTimeFormat')).toBe(true);
	});
});

describe('the static body, laid out only where it is seen while the page loads', () => {
	/** Every event title of the story page's first page of the chronology. */
	const titles = story.events.slice(0, 50).map((e) => e.title);
	/** Puts a loaded page back in the state it loads in. */
	const defer = (page: Page) => page.evaluate(() => document.documentElement.setAttribute('data-body-deferred', ''));

	it('once loaded, innerText has every title, with JavaScript and without', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const page = await openWith(`/${slug}`, { javaScriptEnabled });
			await page.waitForLoadState('load');
			const lines = (await page.evaluate(() => document.body.innerText)).split('\n').map((line) => line.trim());
			expect(
				titles.filter((title) => !lines.includes(title)),
				`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`
			).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.hasAttribute('data-body-deferred'))).toBe(false);
		}
	});

	deepLinkSweeps(() => site, 'quick');

	it('anchors in the body reach parts that are not laid out yet', async () => {
		const page = await openWith(`/${slug}`, { reducedMotion: 'reduce' });
		await defer(page);
		const offset = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sticky-offset')));
		// A citation late on the page leads to its source in the list at the very end.
		const link = page.locator('[data-story-body] a[href^="#source-"]').last();
		const target = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
		await link.scrollIntoViewIfNeeded();
		await link.click();
		await settle(page);
		const top = await topOf(page, target);
		expect(top).toBeGreaterThanOrEqual(offset);
		expect(top).toBeLessThan(offset + 40);
		// The skip link at the top leads to the chronology's heading.
		await page.evaluate(() => scrollTo(0, 0));
		await page.locator('.skip').focus();
		await page.keyboard.press('Enter');
		await settle(page);
		expect(await topOf(page, 'chronology-heading')).toBeLessThan(offset + 40);
	});

	it('find in page finds text that is not laid out yet, and shows it', async () => {
		const page = await openWith(`/${slug}`);
		await defer(page);
		const last = story.events[Math.min(49, story.events.length - 1)];
		const hidden = await page.evaluate((id) => {
			const article = document.getElementById(id)!;
			return getComputedStyle(article).contentVisibility;
		}, last.id);
		expect(hidden).toBe('auto');
		expect(await page.evaluate((text) => (window as unknown as { find: (text: string) => boolean }).find(text), last.title)).toBe(true);
		await settle(page);
		const box = await page.locator(`article[data-event-id="${last.id}"] h4`).boundingBox();
		expect(box && box.y >= 0 && box.y < 800 && box.height > 0).toBe(true);
	});

	it('print lays out and prints all of it', async () => {
		const page = await openWith(`/${slug}`);
		await defer(page);
		await page.emulateMedia({ media: 'print' });
		const text = await page.evaluate(() => document.body.innerText);
		const lines = text.split('\n').map((line) => line.trim());
		expect(titles.filter((title) => !lines.includes(title))).toEqual([]);
		expect(text).toContain(story.sources[story.sources.length - 1].outlet);
		// The printed PDF itself is read in tests/full/print.test.ts.
	});
});
