/**
 * The three scales (issue 17) in a real browser, on the shipped story and on a
 * fixture of another shape (one busy afternoon, then weeks of tail), at 375,
 * 700 and 1280 px (a sample here, the rest in tests/full): the scale control and its URL state, and in every scale
 * the graphic's properties (tests/helpers/geometry.ts): no overlapping or
 * clipped labels, nothing hidden, nothing drawn before what it follows, key
 * and selected events labelled. Sequential: the events left to right in the
 * story's order, a gap label between each pair, whole at the opening zoom.
 * Segmented: one row per day, rows that never overlap, every event in one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { startSite, settled, type Site } from '../helpers/site';
import { scaleSweeps } from '../helpers/sweeps/scales';
import { sweepStories } from '../helpers/sweeps/cases';
import { buildStoryView } from '../../src/lib/story/view';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

const stories = sweepStories();

describe('the scales, measured', () => {
	scaleSweeps(() => site, 'quick');

	it('the control switches the scale, the URL keeps it, and a link opens the same view with the same selection', async () => {
		const [, story] = stories[0];
		const page = await site.open(`/${story.meta.slug}`, { viewport: { width: 1280, height: 900 } });
		const root = page.locator('[data-timeline]');
		expect(await root.getAttribute('data-scale')).toBe('chronological');
		expect(await page.locator('button[data-scale="chronological"]').getAttribute('aria-pressed')).toBe('true');
		for (const scale of ['sequential', 'segmented', 'chronological'] as const) {
			await page.locator(`button[data-scale="${scale}"]`).click();
			expect(await root.getAttribute('data-scale')).toBe(scale);
			const pressed = await page.locator('button[data-scale]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-scale')}=${el.getAttribute('aria-pressed')}`));
			expect(pressed).toEqual(['chronological', 'sequential', 'segmented'].map((s) => `${s}=${s === scale}`));
			// The story's own scale needs no parameter.
			expect(new URL(page.url()).searchParams.get('scale')).toBe(scale === 'chronological' ? null : scale);
		}
		// Select in the sequential scale, then open the URL afresh: same scale, same selection.
		await page.locator('button[data-scale="sequential"]').click();
		const last = story.events.length ? buildStoryView(story, enGB).events.at(-1)!.event.id : '';
		await page.locator('[data-timeline] svg.track').focus();
		await page.keyboard.press('End');
		await page.waitForFunction((id) => document.querySelector('[data-timeline]')?.getAttribute('data-selected') === id, last);
		const url = page.url();
		expect(url.endsWith(`?scale=sequential#${last}`)).toBe(true);
		const again = await site.open(new URL(url).pathname + new URL(url).search + new URL(url).hash, { viewport: { width: 700, height: 900 } });
		await again.waitForFunction(() => document.querySelector('[data-timeline]')?.getAttribute('data-scale') === 'sequential');
		await settled(again);
		expect(await again.locator('[data-timeline]').getAttribute('data-selected')).toBe(last);
		const mark = again.locator(`[data-timeline] [data-event-id="${last}"]`);
		expect(await mark.count()).toBe(1);
		expect(await mark.getAttribute('aria-selected')).toBe('true');
	});

	it('keys, selection and the chronology work the same in every scale', async () => {
		const [, story] = stories[0];
		const view = buildStoryView(story, enGB);
		const ids = view.events.map((e) => e.event.id);
		for (const scale of ['sequential', 'segmented'] as const) {
			const page = await site.open(`/${story.meta.slug}?scale=${scale}#${ids[10]}`, { viewport: { width: 700, height: 900 }, reducedMotion: 'reduce' });
			await page.waitForFunction((s) => document.querySelector('[data-timeline]')?.getAttribute('data-scale') === s, scale);
			await page.locator('[data-timeline] svg.track').focus();
			await page.keyboard.press('ArrowRight');
			await page.waitForFunction((id) => location.hash === `#${id}`, ids[11]);
			// The chronology marks the event the timeline selected.
			await page.waitForFunction((id) => document.querySelector(`article[data-event-id="${id}"]`)?.getAttribute('aria-current') === 'true', ids[11]);
			await page.keyboard.press('End');
			await page.waitForFunction((id) => location.hash === `#${id}`, ids[ids.length - 1]);
			// The selected event is drawn, in view, and its option is the active one.
			const active = await page.locator('[data-timeline] svg.track').getAttribute('aria-activedescendant');
			expect(active).toBe(`mark-${ids[ids.length - 1]}`);
			const box = await page.locator(`#mark-${ids[ids.length - 1]}`).boundingBox();
			expect(box).not.toBeNull();
			// A click on a mark selects its event.
			const other = page.locator(`[data-timeline] .mark[data-event-id="${ids[ids.length - 2]}"]`);
			await other.scrollIntoViewIfNeeded();
			await other.click();
			await page.waitForFunction((id) => location.hash === `#${id}`, ids[ids.length - 2]);
			expect(new URL(page.url()).searchParams.get('scale')).toBe(scale);
		}
	});

	it('slides the marks between time and order, and not under reduced motion', async () => {
		const [, story] = stories[0];
		/** Each frame's x of every mark on the axis, from the click on `to` for `frames` frames. */
		const track = (to: string, frames: number) =>
			`(async () => {
				const xs = () => Object.fromEntries([...document.querySelectorAll('[data-timeline] .mark:not(.chip)')].map((el) => [el.getAttribute('data-event-id'), Math.round((el.querySelector('.symbol') ?? el.querySelector('.bar')).getBoundingClientRect().x)]));
				const seen = [xs()];
				document.querySelector('button[data-scale="${to}"]').click();
				for (let i = 0; i < ${frames}; i++) {
					await new Promise((r) => requestAnimationFrame(r));
					seen.push(xs());
				}
				return seen;
			})()`;
		const paths = (frames: Record<string, number>[]) => {
			const ids = Object.keys(frames[0]).filter((id) => id in frames[frames.length - 1]);
			return ids.map((id) => frames.map((f) => f[id]).filter((x) => x !== undefined));
		};
		for (const [from, to] of [
			['chronological', 'sequential'],
			['sequential', 'chronological']
		]) {
			const page = await site.open(`/${story.meta.slug}?scale=${from}`, { viewport: { width: 1280, height: 900 } });
			await page.waitForFunction((s) => document.querySelector('[data-timeline]')?.getAttribute('data-scale') === s, from);
			await settled(page);
			const moved = paths(await page.evaluate<Record<string, number>[]>(track(to, 45)));
			// Marks in view before and after went through positions in between, in steps (at least one between start and end:
			// a loaded machine drops frames, so the count of steps is not the point).
			expect(moved.length).toBeGreaterThan(0);
			expect(Math.max(...moved.map((xs) => new Set(xs).size))).toBeGreaterThan(2);
			const reduced = await site.open(`/${story.meta.slug}?scale=${from}`, { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
			await reduced.waitForFunction((s) => document.querySelector('[data-timeline]')?.getAttribute('data-scale') === s, from);
			await settled(reduced);
			const frames = await reduced.evaluate<Record<string, number>[]>(track(to, 8));
			// At once: from the first frame after the click, nothing moves.
			const after = frames.slice(1);
			for (const id of Object.keys(after[after.length - 1])) expect(new Set(after.map((f) => f[id]).filter((x) => x !== undefined)).size).toBe(1);
			expect(await reduced.locator('[data-timeline]').getAttribute('data-scale')).toBe(to);
		}
	});
});
