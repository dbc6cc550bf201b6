/**
 * The scales measured in a real browser, one story at one width: sequential
 * (opening, zoom steps, chapters) and segmented, with and without a selection,
 * with the graphic's properties (tests/helpers/geometry.ts) and each scale's own.
 */
import { expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import type { Page } from 'playwright-core';
import { buildStoryView } from '../../../src/lib/story/view';
import { sequentialAt } from '../../../src/lib/timeline/scales';
import { measure, overlap, problems, type Box } from '../geometry';
import { settled, type Site } from '../site';
import { SWEEP_TIMEOUT, sweepCases } from './cases';

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

export function scaleSweeps(site: () => Site, which: 'quick' | 'rest') {
	for (const { name, story, width } of sweepCases(which)) {
		const view = buildStoryView(story, enGB);
		const order = view.events.map((e) => e.event.id);
		const sequentialSpans = new Map(order.map((id, i) => [id, [sequentialAt(i), sequentialAt(i)] as [number, number]]));
		const gapOf = new Map(view.events.map((e) => [e.event.id, e.gapText]));
		const key = view.events.find((e) => e.event.importance === 'key')!.event.id;

		it(
			`${name} story at ${width} px: sequential (opening, zoom steps, chapters) and segmented, with and without a selection`,
			async () => {
				const found: string[] = [];
				for (const hash of ['', `#${key}`]) {
					// Sequential.
					const page = await site().open(`/${story.meta.slug}?scale=sequential${hash}`, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
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
			},
			SWEEP_TIMEOUT
		);
	}
}
