/**
 * The timeline graphic measured in a real browser: bounding boxes of what the
 * built site draws, on the shipped story and on a fixture of another shape
 * (one busy afternoon of events known only to the day, then weeks of tail),
 * at 375, 700 and 1280 px (a sample here, the rest in tests/full), in the
 * opening view, after two zoom steps in and out, and in each chapter:
 * - no two labels overlap, and no label covers another event's mark;
 * - nothing is cut by the track's edges;
 * - every event whose drawn span meets the window is a mark or counted in a cluster;
 * - no event is drawn before one the story says it follows;
 * - key events drawn as marks, and the selected event, are labelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { startSite, settled, type Site } from '../helpers/site';
import { buildStoryView } from '../../src/lib/story/view';
import { graphicSweeps } from '../helpers/sweeps/graphic';
import { sweepStories } from '../helpers/sweeps/cases';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

const stories = sweepStories();

describe('the timeline graphic, measured', () => {
	graphicSweeps(() => site, 'quick');

	it('a chapter button frames its own events and labels them', async () => {
		const [, story] = stories[0];
		const view = buildStoryView(story, enGB);
		const page = await site.open(`/${story.meta.slug}`, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
		for (const chapter of story.chapters) {
			await page.locator(`[data-chapter="${chapter.id}"]`).click();
			const [w0, w1] = await settled(page);
			const members = view.events.filter((e) => e.event.chapter === chapter.id);
			for (const e of members) {
				expect(e.drawStart, `${chapter.id}: ${e.event.id}`).toBeGreaterThanOrEqual(w0);
				expect(e.drawEnd, `${chapter.id}: ${e.event.id}`).toBeLessThanOrEqual(w1);
			}
			// The window is the chapter's, with a margin, not years around it.
			const span = Math.max(...members.map((e) => e.drawEnd)) - Math.min(...members.map((e) => e.drawStart));
			expect(w1 - w0).toBeLessThan(Math.max(span * 1.2, 2 * 3_600_000 + 1));
			const labelled = await page.locator('svg.track [data-event-id]:has(text)').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
			const drawn = await page.locator('svg.track [data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
			const memberIds = members.map((e) => e.event.id);
			expect(labelled.filter((id) => memberIds.includes(id!)).length, chapter.id).toBeGreaterThanOrEqual(Math.min(drawn.filter((id) => memberIds.includes(id!)).length, 3));
		}
	});

	it("draws an uncertain event over its whole narrowed span, never at its start: Guido's post spans 08:58 to 10:57", async () => {
		const [, story] = stories[0];
		const view = buildStoryView(story, enGB);
		const guido = view.events.find((e) => e.event.id === 'guido-publishes-recording');
		const breakfast = view.events.find((e) => e.event.id === 'corbyn-bbc-breakfast');
		if (!guido || !breakfast) throw new Error('the shipped story no longer has these events; pick another after-linked range');
		expect(guido.drawStart).toBe(breakfast.wallStart);
		const page = await site.open(`/${story.meta.slug}`, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
		const [w0, w1] = await settled(page);
		const geometry = await page.evaluate((id) => {
			const track = document.querySelector('svg.track')!.getBoundingClientRect();
			const bar = document.querySelector(`svg.track [data-event-id="${id}"] .bar`);
			return bar ? { left: bar.getBoundingClientRect().left - track.left, right: bar.getBoundingClientRect().right - track.left, width: track.width } : null;
		}, guido.event.id);
		expect(geometry).not.toBeNull();
		const x = (t: number) => 10 + ((t - w0) / (w1 - w0)) * (geometry!.width - 20);
		expect(geometry!.left).toBeCloseTo(x(guido.drawStart), -0.5);
		expect(geometry!.right).toBeCloseTo(x(guido.drawEnd), -0.5);
	});

	it('clicking a cluster zooms to its members, and the "+N" chip lists every event of the strip', async () => {
		const [, story] = stories[1];
		const page = await site.open(`/${story.meta.slug}`, { viewport: { width: 375, height: 900 }, reducedMotion: 'reduce' });
		for (let i = 0; i < 3 && (await page.locator('.cluster:not(.more)').count()) === 0; i++) await page.locator('[data-zoom="out"]').click();
		const cluster = page.locator('.cluster:not(.more)').first();
		const ids = (await cluster.getAttribute('data-event-ids'))!.split(' ');
		const before = await settled(page);
		await cluster.click();
		const after = await settled(page);
		expect(after[1] - after[0]).toBeLessThan(before[1] - before[0]);
		const shown = await page.locator('[data-timeline] [data-event-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
		const counted = await page.locator('[data-cluster-count]').evaluateAll((els) => els.flatMap((el) => el.getAttribute('data-event-ids')!.split(' ')));
		// Members still in the window are drawn or counted, and the crowd has opened: some now have marks of their own.
		const view = buildStoryView(story, enGB);
		for (const id of ids) {
			const e = view.events.find((v) => v.event.id === id)!;
			if (e.drawEnd >= after[0] && e.drawStart <= after[1]) expect(shown.includes(id) || counted.includes(id), id).toBe(true);
		}
		expect(ids.some((id) => shown.includes(id))).toBe(true);
		// The window moved to the crowd: the middle of the members' centres is in view.
		const centres = ids.map((id) => view.events.find((v) => v.event.id === id)!).map((e) => (e.drawStart + e.drawEnd) / 2);
		const middle = centres.reduce((a, b) => a + b, 0) / centres.length;
		expect(middle).toBeGreaterThanOrEqual(after[0]);
		expect(middle).toBeLessThanOrEqual(after[1]);

		// The strip at 375 px on the afternoon, zoomed in: more day-only events than fit; "+N" opens them all.
		await page.locator('[data-zoom="reset"]').click();
		for (let i = 0; i < 2; i++) await page.locator('[data-zoom="in"]').click();
		await settled(page);
		const more = page.locator('.cluster.more');
		if ((await more.count()) > 0) {
			const hidden = (await more.getAttribute('data-event-ids'))!.split(' ');
			await more.click();
			for (const id of hidden) expect(await page.locator(`svg.track .chip[data-event-id="${id}"]`).count()).toBe(1);
			await page.locator('[data-period-collapse]').click();
			expect(await page.locator('.cluster.more').count()).toBe(1);
		} else {
			expect(await page.locator('svg.track .chip').count()).toBeGreaterThan(0);
		}
	});

	it('zoom buttons zoom around the selected event when it is in view', async () => {
		const [, story] = stories[0];
		const view = buildStoryView(story, enGB);
		const target = view.events.find((e) => e.event.id === 'cleverly-devastating-assessment') ?? view.events.find((e) => e.event.importance === 'key')!;
		const page = await site.open(`/${story.meta.slug}#${target.event.id}`, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
		const centre = (target.drawStart + target.drawEnd) / 2;
		const [a0, a1] = await settled(page);
		const fraction = (centre - a0) / (a1 - a0);
		await page.locator('[data-zoom="in"]').click();
		const [b0, b1] = await settled(page);
		expect(b1 - b0).toBeCloseTo((a1 - a0) / 2, -3);
		// The selected event keeps its place on screen.
		expect((centre - b0) / (b1 - b0)).toBeCloseTo(fraction, 2);
	});
});
