/**
 * A story longer than one page of chronology (the 130-event fixture, 50 events
 * to a page): pages swap in place with JavaScript and stay reachable without,
 * selection follows an event onto its page, and crowded stretches of the
 * track become counted clusters that split as you zoom in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import type { Page } from 'playwright-core';
import { startSite, settled, type Site } from '../helpers/site';
import { readJson } from '../helpers/fixtures';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema, type Story } from '../../src/lib/story/schema';

const story = storySchema.parse(readJson<Story>('tests/fixtures/stories/long-fixture.json'));
const view = buildStoryView(story, enGB);
const slug = story.meta.slug;
const idAt = (order: number) => view.events[order].event.id;

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

const shownPage = (page: Page) => page.locator('[data-chronology]').getAttribute('data-page');
const articleIds = (page: Page) => page.locator('article[data-event-id]').evaluateAll((els) => els.map((el) => el.id));

describe('a long chronology, with JavaScript', () => {
	it('turns pages in place: the timeline stays, the next 50 events replace the list, focus goes to its heading', async () => {
		const page = await site.open(`/${slug}`);
		expect(await articleIds(page)).toEqual(view.events.slice(0, 50).map((e) => e.event.id));
		const url = page.url();
		await page.locator('[data-pager] a[rel="next"]').click();
		await expect.poll(() => shownPage(page)).toBe('2');
		expect(await articleIds(page)).toEqual(view.events.slice(50, 100).map((e) => e.event.id));
		expect(page.url()).toBe(url);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('chronology-heading');
		expect(await page.locator('[data-timeline][data-ready="true"]').count()).toBe(1);
		await page.locator('[data-pager] a[aria-label="Page 3"]').click();
		await expect.poll(() => shownPage(page)).toBe('3');
		expect(await articleIds(page)).toEqual(view.events.slice(100).map((e) => e.event.id));
	});

	it('a deep link to an event on another page brings that page in, selected and in view', async () => {
		const id = idAt(112);
		const page = await site.open(`/${slug}#${id}`);
		await expect.poll(() => shownPage(page)).toBe('3');
		const article = page.locator(`article[data-event-id="${id}"]`);
		await expect.poll(() => article.getAttribute('aria-current')).toBe('true');
		await expect.poll(() => article.evaluate((el) => Math.round(el.getBoundingClientRect().top) < innerHeight)).toBe(true);
		expect(await page.locator('[data-timeline]').getAttribute('data-selected')).toBe(id);
	});

	it('stepping across the end of a page with the keyboard follows onto the next page', async () => {
		const page = await site.open(`/${slug}#${idAt(49)}`);
		await expect.poll(() => page.locator(`article[data-event-id="${idAt(49)}"]`).getAttribute('aria-current')).toBe('true');
		await page.locator('[data-timeline] .track').focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => shownPage(page)).toBe('2');
		await expect.poll(() => page.locator(`article[data-event-id="${idAt(50)}"]`).getAttribute('aria-current')).toBe('true');
		expect(await page.locator('[aria-current="true"][data-event-id]:is(article)').count()).toBe(1);
		await page.goBack();
		await expect.poll(() => shownPage(page)).toBe('1');
		await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-selected')).toBe(idAt(49));
	});

	it('a plain page of the chronology opens the interactive timeline at its first event, on its page', async () => {
		const page = await site.open(`/${slug}/page/2`);
		// The plain page has no script: it links to the interactive page at its first event.
		expect(await page.locator('[data-timeline]').count()).toBe(0);
		await page.locator('[data-open-timeline]').click();
		await page.waitForSelector('[data-timeline][data-ready="true"]');
		await expect.poll(() => shownPage(page)).toBe('2');
		await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-selected')).toBe(idAt(50));
	});
});

describe('a chronology fragment opened on its own', () => {
	it("is held to the site's CSP: the policy is in its head, and an inline script is refused", async () => {
		const story = await site.open(`/${slug}`);
		const pagePolicy = await story.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		for (const path of [`/${slug}/chronology/2.html`, `/${slug}/embed/chronology/2.html`]) {
			const page = await site.open(path);
			const policy = await page.locator('head > meta[http-equiv="content-security-policy"]').getAttribute('content');
			// The page's policy, less the hashes of the styles and script the page carries inline (a fragment carries none).
			const directives = (value: string | null) =>
				(value ?? '')
					.split(/;\s*/)
					.map((directive) => directive.replace(/ 'sha256-[^']+'/g, ''))
					.sort();
			expect(directives(policy), path).toEqual(directives(pagePolicy));
			expect(policy, path).not.toContain('sha256-');
			const ran = await page.evaluate(async () => {
				const script = document.createElement('script');
				script.textContent = 'window.inlineRan = true';
				document.body.append(script);
				await new Promise((resolve) => setTimeout(resolve, 50));
				return (window as { inlineRan?: boolean }).inlineRan === true;
			});
			expect(ran, path).toBe(false);
			expect(await page.locator('article[data-event-id]').count(), path).toBe(50);
		}
	});
});

describe('a long chronology, without JavaScript', () => {
	it('every page is reachable through the pager, and every event is on exactly one of them', async () => {
		const page = await site.open(`/${slug}`, { javaScriptEnabled: false });
		const seen: string[] = [];
		for (let n = 1; n <= 3; n++) {
			seen.push(...(await articleIds(page)));
			expect(await page.locator('[data-pager] a[aria-current="page"]').textContent()).toBe(String(n));
			if (n < 3) {
				await page.locator('[data-pager] a[rel="next"]').click();
				await page.waitForURL(`**/${slug}/page/${n + 1}`);
			}
		}
		expect(seen).toEqual(view.events.map((e) => e.event.id));
	});

	it('a link to an event on another page lands on it', async () => {
		const page = await site.open(`/${slug}/page/3#${idAt(120)}`, { javaScriptEnabled: false });
		expect(await page.locator(`article[data-event-id="${idAt(120)}"]:target`).count()).toBe(1);
	});
});

describe('clusters on a crowded track', () => {
	it('draw crowded events as counted clusters that account for every event, and a click zooms in and splits them', async () => {
		// On a phone, 130 events in view are more than the track marks one by one (one per 8 px, at least 60).
		const page = await site.open(`/${slug}`, { viewport: { width: 375, height: 812 } });
		await page.locator('[data-zoom="out"]').click();
		for (let i = 0; i < 12; i++) await page.locator('[data-zoom="out"]').click();
		await settled(page);
		const counts = await page.locator('[data-cluster-count]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-cluster-count'))));
		expect(counts.length).toBeGreaterThan(0);
		const singles = await page.locator('[data-timeline] .mark').count();
		// The whole story is in view: clusters and single marks together are every event, each once.
		expect(counts.reduce((a, b) => a + b, 0) + singles).toBe(view.events.length);
		// Key events are labelled where they are drawn, and counted in a cluster where their marks would collide.
		const clustered = await page.locator('[data-cluster-count]').evaluateAll((els) => els.flatMap((el) => el.getAttribute('data-event-ids')!.split(' ')));
		for (const item of view.events.filter((e) => e.event.importance === 'key')) {
			const mark = page.locator(`[data-timeline] .mark[data-event-id="${item.event.id}"]`);
			if (clustered.includes(item.event.id)) expect(await mark.count()).toBe(0);
			else expect(await mark.locator('text').count()).toBe(1);
		}

		const biggest = page.locator(`[data-cluster-count="${Math.max(...counts)}"]`).first();
		const before = await page.locator('[data-timeline] .mark').count();
		await biggest.click();
		await settled(page);
		expect(await page.locator('[data-timeline] .mark').count()).toBeGreaterThan(0);
		const after = await page.locator('[data-cluster-count]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-cluster-count'))));
		expect(Math.max(0, ...after)).toBeLessThan(Math.max(...counts));
		expect(before).toBeGreaterThan(0);
	});
});
