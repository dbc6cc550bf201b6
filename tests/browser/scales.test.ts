/**
 * The three scales (issue 17) in a real browser, on the shipped story and on a
 * fixture of another shape (one busy afternoon, then weeks of tail), at 375,
 * 700 and 1280 px: the scale control and its URL state, and in every scale
 * the graphic's properties (tests/helpers/geometry.ts): no overlapping or
 * clipped labels, nothing hidden, nothing drawn before what it follows, key
 * and selected events labelled. Sequential: the events left to right in the
 * story's order, a gap label between each pair, whole at the opening zoom.
 * Segmented: one row per day, rows that never overlap, every event in one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import type { Page } from 'playwright-core';
import { startSite, defaultStory, settled, type Site } from '../helpers/site';
import { readJson } from '../helpers/fixtures';
import { measure, overlap, problems, type Box } from '../helpers/geometry';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema, type Story } from '../../src/lib/story/schema';
import { sequentialAt } from '../../src/lib/timeline/scales';

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

const stories: [string, Story][] = [
	['shipped', storySchema.parse(defaultStory())],
	['fixture', storySchema.parse(readJson('tests/fixtures/stories/bridge-fixture.json'))]
];

/** The gap labels and the rows, read from the page. */
function extras(page: Page) {
	return page.evaluate(() => {
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const root = document.querySelector('[data-timeline]')!;
		return {
			scale: root.getAttribute('data-scale'),
			pressed: [...root.querySelectorAll('button[data-scale]')].filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.getAttribute('data-scale')),
			gaps: [...root.querySelectorAll('[data-gap]')].map((el) => ({
				text: el.getAttribute('data-gap')!,
				to: el.getAttribute('data-gap-to')!,
				label: el.querySelector('text') ? box(el.querySelector('text')!) : null,
				shown: el.querySelector('text')?.textContent ?? ''
			})),
			segments: [...root.querySelectorAll('[data-segment]')].map((el) => ({
				key: el.getAttribute('data-segment')!,
				box: box(el.querySelector('.row-bg')!),
				ids: [...el.querySelectorAll('[data-event-id]')].map((m) => m.getAttribute('data-event-id')!),
				counted: [...el.querySelectorAll('[data-event-ids]')].flatMap((c) => c.getAttribute('data-event-ids')!.split(' '))
			})),
			empties: [...root.querySelectorAll('[data-empty]')].map((el) => ({ text: el.textContent ?? '', box: box(el) })),
			url: location.search
		};
	});
}

describe('the scales, measured', () => {
	for (const [name, story] of stories) {
		const view = buildStoryView(story, enGB);
		const order = view.events.map((e) => e.event.id);
		const sequentialSpans = new Map(order.map((id, i) => [id, [sequentialAt(i), sequentialAt(i)] as [number, number]]));
		const gapOf = new Map(view.events.map((e) => [e.event.id, e.gapText]));
		const key = view.events.find((e) => e.event.importance === 'key')!.event.id;

		for (const width of [375, 700, 1280]) {
			it(`${name} story at ${width} px: sequential (opening, zoom steps, chapters) and segmented, with and without a selection`, async () => {
				const found: string[] = [];
				for (const hash of ['', `#${key}`]) {
					// Sequential.
					const page = await site.open(`/${story.meta.slug}?scale=sequential${hash}`, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
					const check = async (label: string) => {
						await settled(page);
						const m = await measure(page);
						const x = await extras(page);
						expect(x.scale).toBe('sequential');
						for (const problem of problems(m, story, sequentialSpans)) found.push(`sequential ${label}${hash}: ${problem}`);
						// Left to right in the story's order.
						const onAxis = m.marks.filter((mark) => !mark.chip);
						for (let i = 1; i < onAxis.length; i++) {
							if (order.indexOf(onAxis[i].id) > order.indexOf(onAxis[i - 1].id) && onAxis[i].x < onAxis[i - 1].x)
								found.push(`sequential ${label}${hash}: ${onAxis[i].id} is left of ${onAxis[i - 1].id}`);
						}
						// A gap label between each pair in view: never overlapping another, a mark or a title, never cut.
						const labels = x.gaps.filter((g) => g.label);
						for (const [i, gap] of labels.entries()) {
							if (gap.label!.left < m.track.left - 0.5 || gap.label!.right > m.track.right + 0.5) found.push(`sequential ${label}${hash}: gap "${gap.text}" is cut by an edge`);
							for (const other of labels.slice(i + 1)) if (overlap(gap.label!, other.label!)) found.push(`sequential ${label}${hash}: gaps "${gap.text}" and "${other.text}" overlap`);
							for (const mark of m.marks) {
								if (overlap(gap.label!, mark.shape, 1) || (mark.label && overlap(gap.label!, mark.label))) found.push(`sequential ${label}${hash}: gap "${gap.text}" covers ${mark.id}`);
							}
						}
						return { m, x };
					};
					const opening = await check('opening');
					// At the opening zoom every gap between two events in view is there, written in full in the story's words.
					const visible = new Set(opening.m.marks.map((mark) => mark.id));
					expect(visible.size).toBeGreaterThanOrEqual(3);
					const pairs = order.filter((id, i) => i > 0 && visible.has(id) && visible.has(order[i - 1]));
					expect(pairs.length).toBeGreaterThanOrEqual(2);
					for (const id of pairs) {
						const gap = opening.x.gaps.find((g) => g.to === id);
						expect(gap?.text, `the gap before ${id}`).toBe(gapOf.get(id));
						expect(gap?.shown, `the gap before ${id}`).toBe(gapOf.get(id));
					}
					for (const [direction, steps] of [
						['in', 1],
						['out', 2]
					] as const) {
						for (let i = 1; i <= steps; i++) {
							await page.locator(`[data-zoom="${direction}"]`).click();
							await check(`zoom ${direction} ${i}`);
						}
						await page.locator('[data-zoom="reset"]').click();
					}
					for (const chapter of story.chapters) {
						await page.locator(`[data-chapter="${chapter.id}"]`).click();
						await check(`chapter ${chapter.id}`);
					}

					// Segmented, by the button.
					await page.locator('button[data-scale="segmented"]').click();
					await page.waitForSelector('[data-timeline][data-scale="segmented"] [data-segment]');
					const m = await measure(page);
					const x = await extras(page);
					expect(x.pressed).toEqual(['segmented']);
					expect(x.url).toContain('scale=segmented');
					const everything = new Map(order.map((id) => [id, [-Infinity, Infinity] as [number, number]]));
					for (const problem of problems({ ...m, window: [-1, 1] }, story, everything)) found.push(`segmented${hash}: ${problem}`);
					// Each event in exactly one row; rows in time order, never overlapping; a date on each.
					const inRows = x.segments.flatMap((s) => [...new Set([...s.ids, ...s.counted])]);
					expect([...inRows].sort()).toEqual([...order].sort());
					for (let i = 1; i < x.segments.length; i++) {
						const [a, b]: Box[] = [x.segments[i - 1].box, x.segments[i].box];
						if (b.top < a.bottom) found.push(`segmented${hash}: rows ${x.segments[i - 1].key} and ${x.segments[i].key} overlap`);
						if (x.segments[i].key < x.segments[i - 1].key && x.segments[i].key.length === x.segments[i - 1].key.length)
							found.push(`segmented${hash}: ${x.segments[i].key} after ${x.segments[i - 1].key}`);
					}
					for (const segment of x.segments) expect(segment.key).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
					for (const empty of x.empties) {
						expect(empty.text).toMatch(/without events$/);
						for (const s of x.segments) if (overlap(empty.box, s.box)) found.push(`segmented${hash}: "${empty.text}" covers row ${s.key}`);
					}
					await page.context().close();
				}
				expect(found).toEqual([]);
			});
		}
	}

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
			// Marks in view before and after went through positions in between, in steps.
			expect(moved.length).toBeGreaterThan(0);
			expect(Math.max(...moved.map((xs) => new Set(xs).size))).toBeGreaterThan(5);
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
