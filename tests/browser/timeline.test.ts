import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { startSite, defaultStory, visibleWindow, settled, type Site } from '../helpers/site';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema } from '../../src/lib/story/schema';

const story = storySchema.parse(defaultStory());
const view = buildStoryView(story, enGB);
const slug = story.meta.slug;
const keyEvent = view.events.find((e) => e.event.id.includes('guido')) ?? view.events.find((e) => e.event.importance === 'key')!;
const earliestQuote = view.events.find((e) => e.quoteIds.length > 0)!;

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

const markSelector = (id: string) => `[data-timeline] .mark[data-event-id="${id}"]`;

/** The id of a labelled mark drawn fully inside the track (marks just outside the window are rendered, clipped). */
async function markInView(page: import('playwright-core').Page): Promise<string> {
	return page.evaluate(() => {
		const track = document.querySelector('[data-timeline] .track')!.getBoundingClientRect();
		const marks = [...document.querySelectorAll('[data-timeline] .mark')].filter((mark) => mark.querySelector('text'));
		const inside = marks.find((mark) => {
			const box = mark.querySelector('.symbol, .bar')!.getBoundingClientRect();
			return box.left >= track.left && box.right <= track.right;
		});
		return inside!.getAttribute('data-event-id')!;
	});
}

describe('the timeline on the story page', () => {
	it('opens on the focus window and is marked ready', async () => {
		const page = await site.open(`/${slug}`);
		const [start, end] = await visibleWindow(page);
		expect(start).toBeLessThanOrEqual(view.focusWall[1]);
		expect(end).toBeGreaterThanOrEqual(view.focusWall[0]);
		expect(end - start).toBeLessThan((view.focusWall[1] - view.focusWall[0]) * 1.01 + 1);
		expect(await page.locator('[data-timeline] .mark').count()).toBeGreaterThan(0);
	});

	it('selects an event when its mark is clicked: mark, article and cards get aria-current, the hash changes', async () => {
		const page = await site.open(`/${slug}`);
		const id = await markInView(page);
		await page.locator(markSelector(id)).locator('.symbol, .bar').first().click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
		expect(await page.locator(markSelector(id)).getAttribute('aria-current')).toBe('true');
		expect(await page.locator(`article[data-event-id="${id}"]`).getAttribute('aria-current')).toBe('true');
		const cards = page.locator(`[data-quote-card][data-event-id="${id}"]`);
		for (const card of await cards.all()) expect(await card.getAttribute('aria-current')).toBe('true');
		expect(await page.locator('[aria-current="true"][data-quote-card]').count()).toBe(await cards.count());
	});

	it("scrolls the selected event's article into view", async () => {
		const page = await site.open(`/${slug}`);
		const id = view.events[view.events.length - 1].event.id;
		await page.locator('[data-timeline] .track').focus();
		await page.keyboard.press('End');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
		await expect
			.poll(
				() =>
					page.locator(`article[data-event-id="${id}"]`).evaluate((el) => {
						const box = el.getBoundingClientRect();
						return box.top < innerHeight && box.bottom > 0;
					}),
				{ timeout: 5000 }
			)
			.toBe(true);
	});

	it('selects the event of a quote card that is clicked, and brings it into the visible window', async () => {
		const page = await site.open(`/${slug}`);
		const quoteId = earliestQuote.quoteIds[0];
		const id = earliestQuote.event.id;
		await page.locator(`figure[data-quote-id="${quoteId}"] blockquote`).click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
		await settled(page);
		const [start, end] = await visibleWindow(page);
		expect(earliestQuote.wallEnd).toBeGreaterThan(start);
		expect(earliestQuote.wallStart).toBeLessThan(end);
		expect(await page.locator(markSelector(id)).getAttribute('aria-current')).toBe('true');
	});

	it('lands on a deep link selected and in view', async () => {
		const page = await site.open(`/${slug}#${keyEvent.event.id}`);
		await settled(page);
		expect(await page.locator(markSelector(keyEvent.event.id)).getAttribute('aria-current')).toBe('true');
		const [start, end] = await visibleWindow(page);
		expect(keyEvent.wallStart).toBeLessThan(end);
		expect(keyEvent.wallEnd).toBeGreaterThan(start);
		const inViewport = await page.locator(`article[data-event-id="${keyEvent.event.id}"]`).evaluate((el) => {
			const box = el.getBoundingClientRect();
			return box.top < innerHeight && box.bottom > 0;
		});
		expect(inViewport).toBe(true);
	});

	it('steps through selections with back and forward', async () => {
		const page = await site.open(`/${slug}`);
		await page.locator('[data-timeline] .track').focus();
		await page.keyboard.press('Home');
		const first = view.events[0].event.id;
		const second = view.events[1].event.id;
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${first}`);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${second}`);
		await page.goBack();
		await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-selected')).toBe(first);
		expect(await page.locator(`article[data-event-id="${first}"]`).getAttribute('aria-current')).toBe('true');
		await page.goForward();
		await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-selected')).toBe(second);
	});

	it('previous and next buttons step through events in time order', async () => {
		const page = await site.open(`/${slug}#${view.events[2].event.id}`);
		await page.locator('[data-step="next"]').click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${view.events[3].event.id}`);
		await page.locator('[data-step="previous"]').click();
		await page.locator('[data-step="previous"]').click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${view.events[1].event.id}`);
	});

	it('zoom buttons narrow and widen the visible span; reset returns to the opening view', async () => {
		const page = await site.open(`/${slug}`);
		const [s0, e0] = await settled(page);
		await page.locator('[data-zoom="in"]').click();
		const [s1, e1] = await settled(page);
		expect(e1 - s1).toBeLessThan((e0 - s0) * 0.6);
		await page.locator('[data-zoom="out"]').click();
		await page.locator('[data-zoom="out"]').click();
		const [s2, e2] = await settled(page);
		expect(e2 - s2).toBeGreaterThan((e0 - s0) * 1.5);
		await page.locator('[data-zoom="reset"]').click();
		const [s3, e3] = await settled(page);
		expect(Math.abs(e3 - s3 - (e0 - s0))).toBeLessThan((e0 - s0) * 0.01);
	});

	it('chapter buttons fly to their chapter', async () => {
		const page = await site.open(`/${slug}`);
		for (const chapter of [story.chapters[0], story.chapters[story.chapters.length - 1]]) {
			await page.locator(`[data-chapter="${chapter.id}"]`).click();
			const [start, end] = await settled(page);
			const [c0, c1] = view.chapterWalls[chapter.id];
			const centre = (start + end) / 2;
			expect(centre).toBeGreaterThan(Math.min(c0, start));
			expect(centre).toBeLessThan(Math.max(c1, end));
			expect(start).toBeLessThanOrEqual(c0 + (c1 - c0) * 0.05);
			expect(end).toBeGreaterThanOrEqual(c1 - (c1 - c0) * 0.05);
		}
	});

	it('a plain mouse wheel scrolls the page and leaves the zoom alone; ctrl + wheel zooms', async () => {
		const page = await site.open(`/${slug}`, { viewport: { width: 1280, height: 700 } });
		const window0 = await settled(page);
		const box = (await page.locator('[data-timeline] .track').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.wheel(0, 400);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
		expect(await visibleWindow(page)).toEqual(window0);
		const moved = (await page.locator('[data-timeline] .track').boundingBox())!;
		await page.mouse.move(moved.x + moved.width / 2, moved.y + moved.height / 2);
		await page.keyboard.down('Control');
		await page.mouse.wheel(0, -300);
		await page.keyboard.up('Control');
		const window1 = await settled(page);
		expect(window1[1] - window1[0]).toBeLessThan(window0[1] - window0[0]);
	});

	it('dragging the track pans it; dragging the overview window pans it too', async () => {
		const page = await site.open(`/${slug}`);
		const window0 = await settled(page);
		const box = (await page.locator('[data-timeline] .track').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.6, box.y + box.height - 20);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.3, box.y + box.height - 20, { steps: 8 });
		await page.mouse.up();
		const window1 = await visibleWindow(page);
		expect(window1[0]).toBeGreaterThan(window0[0]);
		expect(window1[1] - window1[0]).toBeCloseTo(window0[1] - window0[0], -3);

		const handle = (await page.locator('[data-overview-window]').boundingBox())!;
		await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
		await page.mouse.down();
		await page.mouse.move(handle.x + handle.width / 2 - 200, handle.y + handle.height / 2, { steps: 5 });
		await page.mouse.up();
		const window2 = await visibleWindow(page);
		expect(window2[0]).toBeLessThan(window1[0]);
	});

	it('follows a quote relation to the related card and its event', async () => {
		const quote = story.quotes.find((q) => q.relations?.length)!;
		const target = story.quotes.find((q) => q.id === quote.relations![0].quote)!;
		const page = await site.open(`/${slug}`);
		await page.locator(`figure[data-quote-id="${quote.id}"] a[data-related-quote="${target.id}"]`).first().click();
		await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-selected')).toBe(target.event);
		expect(await page.locator(`figure[data-quote-id="${target.id}"]`).getAttribute('aria-current')).toBe('true');
	});
});

/** Pairs of rendered labels whose boxes intersect on screen. */
function overlappingLabels(page: import('playwright-core').Page): Promise<string[]> {
	return page.evaluate(() => {
		const boxes = [...document.querySelectorAll('[data-timeline] .mark text')].map((text) => ({
			id: text.closest('[data-event-id]')!.getAttribute('data-event-id')!,
			box: text.getBoundingClientRect()
		}));
		const pairs: string[] = [];
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i].box;
				const b = boxes[j].box;
				if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) pairs.push(`${boxes[i].id} × ${boxes[j].id}`);
			}
		return pairs;
	});
}

describe('labels on screen', () => {
	for (const width of [1280, 375]) {
		it(`never overlap at ${width} px, at the opening view and at every chapter`, async () => {
			const page = await site.open(`/${slug}`, { viewport: { width, height: 900 } });
			expect(await overlappingLabels(page)).toEqual([]);
			for (const chapter of story.chapters) {
				await page.locator(`[data-chapter="${chapter.id}"]`).click();
				await settled(page);
				expect(await overlappingLabels(page), chapter.id).toEqual([]);
			}
		});
	}
});

describe('on a phone', () => {
	it('a two-finger pinch zooms the track, a one-finger drag pans it', async () => {
		const page = await site.open(`/${slug}`, { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
		const window0 = await settled(page);
		await page.locator('[data-timeline] .track').scrollIntoViewIfNeeded();
		const box = (await page.locator('[data-timeline] .track').boundingBox())!;
		const y = box.y + box.height - 16;
		const cx = box.x + box.width / 2;
		const cdp = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
			cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
		await touch('touchStart', [
			{ x: cx - 20, y },
			{ x: cx + 20, y }
		]);
		for (let step = 1; step <= 6; step++)
			await touch('touchMove', [
				{ x: cx - 20 - step * 15, y },
				{ x: cx + 20 + step * 15, y }
			]);
		await touch('touchEnd', []);
		const window1 = await visibleWindow(page);
		expect(window1[1] - window1[0]).toBeLessThan((window0[1] - window0[0]) * 0.5);

		await touch('touchStart', [{ x: cx + 60, y }]);
		for (let step = 1; step <= 6; step++) await touch('touchMove', [{ x: cx + 60 - step * 15, y }]);
		await touch('touchEnd', []);
		const window2 = await visibleWindow(page);
		expect(window2[0]).toBeGreaterThan(window1[0]);
		expect(window2[1] - window2[0]).toBeCloseTo(window1[1] - window1[0], -3);
	});

	it('has no horizontal scroll at 375 px, and a tap selects', async () => {
		const page = await site.open(`/${slug}`, { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		const id = await markInView(page);
		await page.locator(markSelector(id)).locator('.symbol, .bar').first().tap();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	});
});

describe('without JavaScript', () => {
	it('shows every event title', async () => {
		const page = await site.open(`/${slug}`, { javaScriptEnabled: false });
		for (const item of view.events) {
			await expect.poll(() => page.locator(`article[data-event-id="${item.event.id}"] h4`).isVisible()).toBe(true);
			expect(await page.locator(`article[data-event-id="${item.event.id}"] h4`).textContent()).toBe(item.event.title);
		}
	});
});
