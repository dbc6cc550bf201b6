/**
 * The three scales (issue 17) as pure functions: which scale a story opens
 * on, the sequential scale's places and windows, the gap labels, and the
 * segmented scale's rows, on the shipped story, the fixtures and generated
 * stories.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enGB } from 'date-fns/locale/en-GB';
import { de } from 'date-fns/locale/de';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { generateStory } from '../../../bench/generate';
import { timelineDataOf, timelineEvents, type TimelineEvent } from '../../../src/lib/timeline/data';
import {
	chronologicalWindowOf,
	defaultScaleOf,
	layoutGaps,
	ordersIn,
	parseScale,
	sequentialAt,
	sequentialChapterWindow,
	sequentialCount,
	sequentialFull,
	sequentialWindow,
	SEQUENTIAL_STEP
} from '../../../src/lib/timeline/scales';
import { layoutSegments, segmentPageStart, segmentsOf, SEGMENT_PAGE } from '../../../src/lib/timeline/segments';
import { estimateTextWidth } from '../../../src/lib/timeline/layout';
import { MIN_WINDOW } from '../../../src/lib/timeline/zoom';
import { defaultStory } from '../../helpers/site';
import { readJson } from '../../helpers/fixtures';

const H = 3_600_000;
const D = 24 * H;
const stories = {
	shipped: storySchema.parse(defaultStory()),
	bridge: storySchema.parse(readJson('tests/fixtures/stories/bridge-fixture.json')),
	long: storySchema.parse(readJson('tests/fixtures/stories/long-fixture.json')),
	german: storySchema.parse(readJson('tests/fixtures/stories/fixture-de.json'))
};
const eventsOf = (story: (typeof stories)[keyof typeof stories]) => timelineEvents(timelineDataOf(buildStoryView(story, story.meta.language.startsWith('de') ? de : enGB), 50));
const emptyText = (amount: number, unit: string) => `${amount} ${unit}(s) without events`;

describe('which scale a story opens on', () => {
	it('reads ?scale= values and nothing else', () => {
		expect(parseScale('sequential')).toBe('sequential');
		expect(parseScale(' Segmented ')).toBe('segmented');
		expect(parseScale('chronological')).toBe('chronological');
		for (const bad of [null, undefined, '', 'log', 'sequential;', '<script>']) expect(parseScale(bad)).toBeNull();
	});

	it('is sequential for a busy heart in a long tail that the focus does not show, chronological otherwise', () => {
		const at = (t: number) => ({ wallStart: t, wallEnd: t + 60_000 });
		const start = Date.UTC(2016, 0, 1);
		const heart = Date.UTC(2019, 11, 10);
		const tail = [0, 200, 400, 600].map((d) => at(start + d * D));
		const busy = Array.from({ length: 6 }, (_, i) => at(heart + i * H));
		const events = [...tail, ...busy];
		// The focus shows 6 of 10: a time axis opened there already shows the heart.
		expect(defaultScaleOf(events, [heart - H, heart + 8 * H])).toBe('chronological');
		// A focus on the tail: the heart would be a sliver of six years.
		expect(defaultScaleOf(events, [start - H, start + H])).toBe('sequential');
		// Spread evenly over years: time is the story.
		const spread = Array.from({ length: 10 }, (_, i) => at(start + i * 90 * D));
		expect(defaultScaleOf(spread, [start - H, start + H])).toBe('chronological');
		// All within a month: chronological.
		expect(defaultScaleOf(busy, [heart - H, heart])).toBe('chronological');
	});

	it('gives the shipped story, the fixtures and the bench stories a time axis (their focus shows their heart)', () => {
		for (const story of Object.values(stories)) expect(timelineDataOf(buildStoryView(story, enGB), 50).scale).toBe('chronological');
		for (const events of [100, 1000]) expect(timelineDataOf(buildStoryView(storySchema.parse(generateStory({ events, seed: 1 })), enGB), 50).scale).toBe('chronological');
	});

	it("takes the author's choice over the rule", () => {
		for (const scale of ['sequential', 'segmented', 'chronological'] as const) {
			const story = { ...stories.bridge, meta: { ...stories.bridge.meta, scale } };
			expect(timelineDataOf(buildStoryView(storySchema.parse(story), enGB), 50).scale).toBe(scale);
		}
		expect(storySchema.safeParse({ ...stories.bridge, meta: { ...stories.bridge.meta, scale: 'logarithmic' } }).success).toBe(false);
	});
});

describe('the sequential scale', () => {
	it('places the events evenly in the story order, one step apart', () => {
		expect(sequentialAt(0)).toBe(SEQUENTIAL_STEP / 2);
		expect(sequentialAt(3) - sequentialAt(2)).toBe(SEQUENTIAL_STEP);
		expect(sequentialFull(46)).toEqual([0, 46 * SEQUENTIAL_STEP]);
		// Its narrowest window (zoom.ts) is three events.
		expect(MIN_WINDOW / SEQUENTIAL_STEP).toBe(3);
	});

	it('opens on the events it is given, at about 120 px an event, inside the story', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 240, max: 1600 }), fc.nat(), fc.nat(), (n, width, a, b) => {
				const first = a % n;
				const last = first + (b % (n - first));
				const window = sequentialWindow(first, last, n, width);
				const full = sequentialFull(n);
				expect(window[0]).toBeGreaterThanOrEqual(full[0]);
				expect(window[1]).toBeLessThanOrEqual(full[1] + 1e-6);
				const count = Math.min(sequentialCount(width), n);
				expect((window[1] - window[0]) / SEQUENTIAL_STEP).toBeCloseTo(Math.max(count, Math.min(3, n)), 6);
				// When they fit, all of them are in it.
				if (last - first + 1 <= count) {
					expect(sequentialAt(first)).toBeGreaterThanOrEqual(window[0]);
					expect(sequentialAt(last)).toBeLessThanOrEqual(window[1]);
				}
			})
		);
	});

	it("frames a chapter's events when they get half the opening spacing, else opens at its start", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 240, max: 1600 }), fc.nat(), fc.nat(), (n, width, a, b) => {
				const first = a % n;
				const last = first + (b % (n - first));
				const window = sequentialChapterWindow(first, last, n, width);
				expect(window[0]).toBeGreaterThanOrEqual(0);
				expect(window[1]).toBeLessThanOrEqual(n * SEQUENTIAL_STEP + 1e-6);
				// The chapter's first event is always in view.
				expect(sequentialAt(first)).toBeGreaterThan(window[0]);
				expect(sequentialAt(first)).toBeLessThan(window[1]);
				const shown = (window[1] - window[0]) / SEQUENTIAL_STEP;
				if (last - first + 1 <= 2 * sequentialCount(width)) expect(sequentialAt(last)).toBeLessThan(window[1]);
				else expect(shown).toBeCloseTo(sequentialCount(width), 6);
				// Never wider than twice the opening spacing allows (plus the margins).
				expect(shown).toBeLessThanOrEqual(Math.max(2 * sequentialCount(width) + 1.2, 3) + 1e-6);
			})
		);
	});

	it('carries a window over between time and order: the same events stay in view', () => {
		const events = eventsOf(stories.shipped);
		const focus: [number, number] = [Date.UTC(2019, 11, 10, 8), Date.UTC(2019, 11, 10, 14)];
		const [first, last] = ordersIn(events, focus)!;
		expect(events.slice(first, last + 1).every((e) => e.wallEnd >= focus[0] && e.wallStart <= focus[1])).toBe(true);
		expect(events[first - 1].wallEnd < focus[0] || events[first - 1].wallStart > focus[1]).toBe(true);
		const back = chronologicalWindowOf(events, first, last, [events[0].wallStart, events[events.length - 1].wallEnd]);
		for (const e of events.slice(first, last + 1)) {
			expect(e.wallStart).toBeGreaterThanOrEqual(back[0]);
			expect(e.wallEnd).toBeLessThanOrEqual(back[1]);
		}
		expect(ordersIn(events, [0, 1])).toBeNull();
	});

	it('writes the gap labels between their events, never overlapping, never past an edge', () => {
		const measure = (text: string) => estimateTextWidth(text, false, 11);
		fc.assert(
			fc.property(
				fc.integer({ min: 240, max: 1600 }),
				fc.double({ min: 20, max: 300, noNaN: true }),
				fc.double({ min: -400, max: 400, noNaN: true }),
				fc.array(fc.constantFrom('', '4 minutes later', 'about 2 weeks later', 'same morning, order known, time unknown', 'at least 3 years later'), { minLength: 1, maxLength: 60 }),
				(width, spacing, offset, texts) => {
					const gaps = texts.map((text, i) => ({ order: i + 1, from: offset + i * spacing, to: offset + (i + 1) * spacing, text }));
					const placed = layoutGaps(gaps, width, measure);
					for (const gap of placed) {
						const input = gaps.find((g) => g.order === gap.order)!;
						expect(gap.at).toBeCloseTo((input.from + input.to) / 2, 6);
						expect(gap.text).toBe(input.text);
						if (!gap.label) continue;
						// It covers the middle of its gap.
						expect(gap.x - gap.width / 2).toBeLessThanOrEqual(gap.at + 1e-6);
						expect(gap.x + gap.width / 2).toBeGreaterThanOrEqual(gap.at - 1e-6);
						expect(gap.x - gap.width / 2).toBeGreaterThanOrEqual(0);
						expect(gap.x + gap.width / 2).toBeLessThanOrEqual(width);
						expect(gap.label === gap.text || gap.label.endsWith('…')).toBe(true);
					}
					for (const row of [0, 1]) {
						const labelled = placed.filter((g) => g.label && g.row === row).sort((a, b) => a.x - b.x);
						for (let i = 1; i < labelled.length; i++) expect(labelled[i].x - labelled[i].width / 2).toBeGreaterThanOrEqual(labelled[i - 1].x + labelled[i - 1].width / 2);
					}
					// Every gap inside the track is there, once, labelled or as a tick with its tooltip.
					expect(placed.map((g) => g.order)).toEqual(gaps.filter((g) => (g.from + g.to) / 2 >= 0 && (g.from + g.to) / 2 <= width).map((g) => g.order));
				}
			)
		);
	});

	it('writes the gaps between two events in view; one running off an edge keeps only its tooltip', () => {
		const measure = (text: string) => estimateTextWidth(text, false, 11);
		const text = 'same day, order known, time unknown';
		// A phone's track: three events in view, one each side just out of it.
		const xs = [-40, 57, 170, 283, 396];
		const gaps = xs.slice(1).map((x, i) => ({ order: i + 1, from: xs[i], to: x, text }));
		const placed = layoutGaps(gaps, 341, measure);
		expect(placed.map((g) => g.order)).toEqual([1, 2, 3, 4].filter((o) => (xs[o - 1] + xs[o]) / 2 >= 0 && (xs[o - 1] + xs[o]) / 2 <= 341));
		for (const order of [2, 3]) expect(placed.find((g) => g.order === order)!.label).toBe(text);
		for (const gap of placed.filter((g) => g.order === 1 || g.order === 4)) expect([gap.label, gap.text]).toEqual(['', text]);
	});

	it('labels every gap whole at the opening spacing on the shipped story and the fixtures', () => {
		// About the real width of 11 px UI text (estimateTextWidth is deliberately generous); the browser test measures the real thing.
		const measure = (text: string) => text.length * 5.8;
		for (const story of Object.values(stories)) {
			const events = eventsOf(story);
			const spacing = 1094 / sequentialCount(1094);
			const gaps = events.slice(1).map((e, i) => ({ order: e.order, from: 40 + i * spacing, to: 40 + (i + 1) * spacing, text: e.gapText }));
			const placed = layoutGaps(gaps, 40 + events.length * spacing + 200, measure);
			expect(placed.filter((g) => g.text && g.label !== g.text).map((g) => g.text)).toEqual([]);
		}
	});

	it('has a gap text for every event after the first, from the story', () => {
		const events = eventsOf(stories.shipped);
		expect(events[0].gapText).toBe('');
		expect(events.slice(1).every((e) => e.gapText.length > 0)).toBe(true);
		const byId = new Map(events.map((e) => [e.id, e]));
		expect(byId.get('spectator-editor-bench-ashworth')!.gapText).toBe('7 minutes later');
		expect(byId.get('guido-publishes-recording')!.gapText).toBe('same morning, order known, time unknown');
	});
});

describe('the segmented scale', () => {
	const check = (events: TimelineEvent[], width: number, language = 'en-GB') => {
		const rows = layoutSegments({ events, width, language, measure: estimateTextWidth, emptyText });
		// Every event in exactly one row.
		const ids = rows.flatMap((r) => r.segment.ids);
		expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
		for (const [i, row] of rows.entries()) {
			expect(row.top).toBeLessThan(row.lanesTop);
			expect(row.lanesTop).toBeLessThanOrEqual(row.baselineTop);
			expect(row.baselineTop).toBeLessThan(row.axisY);
			expect(row.axisY).toBeLessThan(row.bottom);
			// Rows never overlap, and the words about an empty stretch sit between them.
			if (i > 0) expect(row.top).toBeGreaterThan(rows[i - 1].bottom);
			if (row.empty) expect(row.top - rows[i - 1].bottom).toBeGreaterThanOrEqual(20);
			// Each of its events is drawn as a chip, a mark or a cluster member, once.
			const drawn = [...row.layout.chips.map((c) => c.id), ...row.layout.marks.map((m) => m.id), ...row.layout.clusters.flatMap((c) => c.ids)];
			expect(drawn.sort()).toEqual([...row.segment.ids].sort());
			for (const mark of row.layout.marks) expect(mark.lane).toBeLessThanOrEqual(row.layout.lanes);
			for (const tick of row.ticks) expect(tick.x).toBeGreaterThanOrEqual(0);
		}
		return rows;
	};

	it('gives the shipped story a row per day, dated, with the empty stretches said', () => {
		const rows = check(eventsOf(stories.shipped), 1094);
		const leak = rows.find((r) => r.segment.key === '2019-12-10')!;
		expect(leak.label).toBe('Tuesday, 10 December 2019');
		expect(leak.segment.ids).toContain('guido-publishes-recording');
		expect(rows.find((r) => r.segment.key === '2019-10-29')!.empty).toBe('3 year(s) without events');
		// In the shipped story's order.
		const keys = rows.map((r) => r.segment.window[0]);
		expect([...keys].sort((a, b) => a - b)).toEqual(keys);
	});

	it("pages a long story's rows, starting two rows before the one asked for", () => {
		expect(segmentPageStart(0, 591)).toBe(0);
		expect(segmentPageStart(50, 591)).toBe(48);
		expect(segmentPageStart(590, 591)).toBe(591 - SEGMENT_PAGE);
		expect(segmentPageStart(7, 10)).toBe(0);
		const events = eventsOf(storySchema.parse(generateStory({ events: 1000, seed: 3 })));
		const all = segmentsOf(events);
		expect(all.length).toBeGreaterThan(SEGMENT_PAGE);
		const start = segmentPageStart(60, all.length);
		const rows = layoutSegments({ events, segments: all.slice(start, start + SEGMENT_PAGE), width: 1094, language: 'en-GB', measure: estimateTextWidth, emptyText });
		expect(rows.map((r) => r.segment.key)).toEqual(all.slice(58, 58 + SEGMENT_PAGE).map((s) => s.key));
		expect(rows[0].top).toBeLessThanOrEqual(24);
	});

	it('lays out every fixture and generated stories at 375, 700 and 1280 px without overlaps', () => {
		for (const width of [343, 650, 1094]) {
			for (const story of Object.values(stories)) check(eventsOf(story), width, story.meta.language);
			check(eventsOf(storySchema.parse(generateStory({ events: 300, seed: 7 }))), width);
		}
	});
});
