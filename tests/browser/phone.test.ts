/**
 * The story page on a phone (375 × 812, touch): the first screen holds the
 * title, a line of the dek and the timeline; tapping a mark brings its article
 * into view with the timeline one tap away (the dock, `[data-timeline-return]`),
 * and previous / next from there keep both on screen. Controls are touch-sized
 * and nothing scrolls sideways: on every page the build wrote, with every
 * <details> open and the whole body laid out, wrap-fixture's long outlet
 * names, long words and times given in other zones included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { enGB } from 'date-fns/locale/en-GB';
import { startSite, defaultStory, settled, type Site } from '../helpers/site';
import { readJson } from '../helpers/fixtures';
import { phonePageSweeps } from '../helpers/sweeps/phone-pages';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema, type Story } from '../../src/lib/story/schema';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' as const };

const inViewport = (locator: Locator) =>
	locator.evaluate((el) => {
		const box = el.getBoundingClientRect();
		return box.width > 0 && box.top < innerHeight && box.bottom > 0 && box.left >= -1 && box.right <= innerWidth + 1;
	});

/**
 * Width of the page beyond the screen (0 when nothing scrolls sideways). Against
 * the screen's width, not innerWidth: on a phone (isMobile) a page wider than
 * the screen widens the layout viewport to fit, so innerWidth grows with it.
 */
const sideways = (page: Page) => page.evaluate((width) => document.documentElement.scrollWidth - width, PHONE.viewport.width);

const stories: Story[] = [storySchema.parse(defaultStory()), storySchema.parse(readJson('tests/fixtures/stories/bridge-fixture.json'))];

describe('the story page on a phone', () => {
	for (const story of stories) {
		const view = buildStoryView(story, enGB);
		const slug = story.meta.slug;

		it(`${slug}: the first screen shows the title, the dek's first line and the whole timeline`, async () => {
			const page = await site.open(`/${slug}`, PHONE);
			const fold = 812;
			expect(
				await page
					.locator('h1')
					.first()
					.evaluate((el) => el.getBoundingClientRect().bottom)
			).toBeLessThan(fold);
			const dek = page.locator('.story-header .dek');
			expect(await dek.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(30);
			expect(await page.locator('[data-timeline] svg.track').evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(fold);
			// The whole dek and the credits are still on the page, below the timeline.
			expect(await page.locator('.about-phone .byline').isVisible()).toBe(true);
			expect(await sideways(page)).toBeLessThanOrEqual(0);
		});

		it(`${slug}: tapping a mark shows its article with the way back to the timeline on screen; next and previous keep both`, async () => {
			const page = await site.open(`/${slug}`, PHONE);
			const dock = page.locator('[data-timeline-return]');
			const mark = page.locator('svg.track .mark:has(text)').first();
			const id = (await mark.getAttribute('data-event-id'))!;
			await mark.locator('text').tap();
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
			await expect.poll(() => inViewport(page.locator(`article[data-event-id="${id}"] h4`)), { timeout: 5000 }).toBe(true);
			await expect.poll(async () => (await inViewport(page.locator('[data-timeline] svg.track'))) || (await inViewport(dock))).toBe(true);

			const order = view.events.map((e) => e.event.id);
			for (const [step, delta] of [
				['next', 1],
				['previous', -1]
			] as const) {
				const current = (await page.locator('[data-timeline]').getAttribute('data-selected'))!;
				const target = order[order.indexOf(current) + delta];
				const button = page.locator(`[data-dock-step="${step}"]`);
				await expect.poll(() => inViewport(button)).toBe(true);
				await button.tap();
				await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-selected')).toBe(target);
				await expect.poll(() => inViewport(page.locator(`article[data-event-id="${target}"] h4`)), { timeout: 5000 }).toBe(true);
				await expect.poll(() => inViewport(dock)).toBe(true);
				expect(await dock.textContent()).toContain(view.events.find((e) => e.event.id === target)!.event.title);
			}

			await dock.tap();
			await expect.poll(() => inViewport(page.locator('[data-timeline] svg.track')), { timeout: 5000 }).toBe(true);
			await settled(page);
			expect(await sideways(page)).toBeLessThanOrEqual(0);
		});

		it(`${slug}: every control of the timeline and the dock is at least 44 × 44 px`, async () => {
			const page = await site.open(`/${slug}`, PHONE);
			await page.locator('svg.track .mark:has(text)').first().locator('text').tap();
			await expect.poll(() => inViewport(page.locator('[data-timeline-return]')), { timeout: 5000 }).toBe(true);
			const small = await page.locator('[data-timeline] button, [data-timeline-dock] button').evaluateAll((els) =>
				els
					.map((el) => ({ name: el.getAttribute('aria-label') ?? el.textContent!.trim(), box: el.getBoundingClientRect() }))
					.filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
					.map(({ name, box }) => `${name}: ${Math.round(box.width)} × ${Math.round(box.height)}`)
			);
			expect(small).toEqual([]);
		});
	}
});

describe('the dock is for phones', () => {
	it('never shows on a wide screen, where the timeline is sticky', async () => {
		const page = await site.open(`/${stories[0].meta.slug}#${stories[0].events.at(-1)!.id}`, { viewport: { width: 1280, height: 800 } });
		await settled(page);
		expect(await page.locator('[data-timeline-dock]').isVisible()).toBe(false);
		expect(await inViewport(page.locator('[data-timeline] svg.track'))).toBe(true);
	});
});

describe('no page scrolls sideways at 375 px', () => {
	phonePageSweeps(() => site, 'quick');
});
