/**
 * The graphic's promises, checked on the pure layout (what the track draws):
 * for the shipped story, the fixture stories and generated ones, at 375, 700
 * and 1280 px, in the opening view, each chapter and two zoom steps either
 * way, with and without a selection:
 * - no two marks, labels, chips or clusters overlap in a row; nothing crosses an edge;
 * - every event whose drawn span meets the window is drawn or counted, exactly once;
 * - no event is drawn before an event the story says it follows;
 * - key events drawn as marks, and the selected event, carry a label.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enGB } from 'date-fns/locale/en-GB';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema, type StoryInput } from '../../../src/lib/story/schema';
import { timelineDataOf, timelineEvents, type TimelineEvent } from '../../../src/lib/timeline/data';
import { indexSpans } from '../../../src/lib/timeline/visible';
import { trackView } from '../../../src/lib/timeline/track';
import { timeScale, TRACK_INSET } from '../../../src/lib/timeline/scale';
import { clusterWindow, frameWindow, fullDomainOf, zoomDomain, clampDomain, type Domain } from '../../../src/lib/timeline/zoom';
import { estimateTextWidth, findOverlaps, fitText, layoutPeriodStrip, layoutTrack, spreadOrder, type TrackLayout } from '../../../src/lib/timeline/layout';
import { generateStory } from '../../../bench/generate';
import { readJson, storyFiles } from '../../helpers/fixtures';

const measure = (text: string, bold: boolean) => estimateTextWidth(text, bold);
const WIDTHS = [375, 700, 1280];

interface Prepared {
	name: string;
	events: TimelineEvent[];
	afterPairs: [string, string][];
	full: Domain;
	views: [string, Domain, Set<string>][];
	index: ReturnType<typeof indexSpans>;
}

function prepare(name: string, input: StoryInput | unknown): Prepared {
	const story = storySchema.parse(input);
	const view = buildStoryView(story, enGB);
	const data = timelineDataOf(view, 50);
	const events = timelineEvents(data);
	const full = fullDomainOf(events.map((e) => ({ start: e.wallStart, end: e.wallEnd })));
	const opening = clampDomain(data.focusWall, full);
	const views: [string, Domain, Set<string>][] = [['opening', opening, new Set()]];
	let zoomed: Domain = opening;
	for (let i = 1; i <= 2; i++) views.push([`zoom in ${i}`, (zoomed = zoomDomain(zoomed, 2, full)), new Set()]);
	zoomed = opening;
	for (let i = 1; i <= 2; i++) views.push([`zoom out ${i}`, (zoomed = zoomDomain(zoomed, 1 / 2, full)), new Set()]);
	for (const chapter of data.chapters) {
		const ids = new Set(events.filter((e) => e.chapter === chapter.id).map((e) => e.id));
		views.push([`chapter ${chapter.id}`, frameWindow({ start: chapter.wall[0], end: chapter.wall[1] }, full), ids]);
	}
	return {
		name,
		events,
		afterPairs: story.events.flatMap((e) => (e.after ? [[e.after, e.id] as [string, string]] : [])),
		full,
		views,
		index: indexSpans(events.map((e) => ({ start: e.wallStart, end: e.wallEnd })))
	};
}

/** Every promise of the graphic for one view; returns the problems found (empty when all hold). */
function problems(story: Prepared, window: Domain, width: number, selectedId: string | null, focusIds: Set<string>): string[] {
	const scale = timeScale(window, [TRACK_INSET, width - TRACK_INSET]);
	const { visible, layout } = trackView({ events: story.events, index: story.index, scale, width, rows: 6, measure, selectedId, focusIds, origin: story.full[0] });
	const out: string[] = [];
	for (const [a, b] of findOverlaps(layout)) out.push(`overlap ${a} / ${b}`);
	for (const [id, a, b] of boxes(layout)) if (a < -0.5 || b > width + 0.5) out.push(`${id} crosses an edge: [${a.toFixed(1)}, ${b.toFixed(1)}]`);

	// Drawn or counted, exactly once.
	const seen = [...layout.chips.map((c) => c.id), ...layout.marks.map((m) => m.id), ...layout.clusters.flatMap((c) => c.ids)];
	const expected = visible.map((e) => e.id).sort();
	if (JSON.stringify([...seen].sort()) !== JSON.stringify(expected)) out.push(`drawn or counted ${seen.length} of ${expected.length} visible`);
	const [w0, w1] = window;
	const meets = story.events.filter((e) => e.wallEnd >= w0 && e.wallStart <= w1).length;
	if (meets !== visible.length) out.push(`${meets} events meet the window, ${visible.length} found`);

	// Order: a follower is never drawn before what it follows. Its mark (a symbol at its span's centre, or the
	// centre of its bar's visible part) never comes before the other's, and its bar never starts before the
	// other could have happened.
	const byId = new Map(story.events.map((e) => [e.id, e]));
	const drawn = new Map(layout.marks.map((m) => [m.id, m]));
	const edge = (x: number) => Math.min(Math.max(x, 0), width);
	for (const [before, after] of story.afterPairs) {
		const a = drawn.get(before);
		const b = drawn.get(after);
		if (!a || !b) continue;
		if (b.x < a.x - 0.5) out.push(`${after} drawn at ${b.x.toFixed(1)}, before ${before} at ${a.x.toFixed(1)}`);
		if (edge(b.x0) < edge(scale(byId.get(before)!.wallStart)) - 0.5) out.push(`${after} starts at ${b.x0.toFixed(1)}, before ${before} could have happened`);
	}

	// Labels: key and selected marks always; chips always.
	for (const mark of layout.marks) {
		const item = byId.get(mark.id)!;
		if ((item.importance === 'key' || mark.id === selectedId) && !mark.label) out.push(`${mark.id} (${item.importance}${mark.id === selectedId ? ', selected' : ''}) has no label`);
	}
	for (const chip of layout.chips) if (!chip.label) out.push(`chip ${chip.id} has no label`);
	if (selectedId && visible.some((e) => e.id === selectedId) && !seen.includes(selectedId)) out.push('selected event missing');
	return out;
}

function boxes(layout: TrackLayout): [string, number, number][] {
	return [
		...layout.marks.map((m) => [m.id, m.extent[0], m.extent[1]] as [string, number, number]),
		...layout.chips.map((c) => [c.id, c.x, c.x + c.width] as [string, number, number]),
		...layout.clusters.map((c) => (c.row === 'baseline' ? [`cluster ${c.ids[0]}`, c.x - c.width / 2, c.x + c.width / 2] : [`more ${c.ids[0]}`, c.x, c.x + c.width]) as [string, number, number])
	];
}

const stories = [
	...storyFiles().map((file) => prepare(file, readJson(file))),
	...['tests/fixtures/stories/bridge-fixture.json', 'tests/fixtures/stories/long-fixture.json', 'tests/fixtures/stories/fixture-de.json'].map((file) => prepare(file, readJson(file)))
];

describe('the track layout keeps its promises on real stories', () => {
	for (const story of stories) {
		for (const width of WIDTHS) {
			it(`${story.name} at ${width} px: every view, with no selection and with each key event selected`, () => {
				const keys = story.events.filter((e) => e.importance === 'key').map((e) => e.id);
				for (const [name, window, focus] of story.views) {
					for (const selected of [null, ...keys]) {
						expect(problems(story, window, width, selected, focus), `${name}, selected ${selected}`).toEqual([]);
					}
				}
			});
		}
	}

	it('has views where the promises are not trivially met: labels, bands, chips and clusters all occur', () => {
		const story = stories.find((s) => s.name.includes('ashworth'))!;
		const layouts = WIDTHS.flatMap((width) =>
			story.views.map(
				([, window, focus]) => trackView({ events: story.events, index: story.index, scale: timeScale(window, [TRACK_INSET, width - TRACK_INSET]), width, rows: 6, measure, focusIds: focus }).layout
			)
		);
		expect(layouts.some((l) => l.marks.some((m) => m.band && m.label))).toBe(true);
		expect(layouts.some((l) => l.chips.length > 0)).toBe(true);
		expect(layouts.some((l) => l.clusters.some((c) => c.row === 'baseline'))).toBe(true);
		expect(layouts.some((l) => l.marks.some((m) => m.label?.endsWith('…')))).toBe(true);
	});
});

describe('the track layout keeps its promises on generated stories', () => {
	it('for any seed, size and width, in every view', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 5, max: 150 }), fc.constantFrom(...WIDTHS), (seed, size, width) => {
				const story = prepare(`generated ${seed}/${size}`, generateStory({ events: size, seed }));
				const selected = story.events[seed % story.events.length].id;
				for (const [name, window, focus] of story.views) {
					const found = problems(story, window, width, selected, focus);
					if (found.length) throw new Error(`${name} at ${width} px: ${found.slice(0, 5).join('; ')}`);
				}
			}),
			{ numRuns: 40 }
		);
		expect(true).toBe(true);
	});
});

describe('placement rules', () => {
	const item = (id: string, x0: number, x1: number, importance: 'key' | 'normal' | 'minor' = 'normal', order = 0) => ({ id, order, x0, x1, importance, label: `Event ${id} with a label` });

	it('draws a span wider than a mark as a band over its whole span, not as a point at its start', () => {
		const layout = layoutTrack([item('range', 200, 500)], [], { width: 1000, rows: 4, measure });
		const [mark] = layout.marks;
		expect(mark.band).toBe(true);
		expect([mark.x0, mark.x1]).toEqual([200, 500]);
		expect(mark.x).toBe(350);
	});

	it('lists spans that run past both edges in the period strip, in story order, never past the edge', () => {
		const days = Array.from({ length: 12 }, (_, i) => item(`day${i}`, -100, 1500, 'normal', 11 - i));
		const layout = layoutTrack(days, [], { width: 375, rows: 6, measure });
		const order = layout.chips.map((c) => Number(c.id.slice(3)));
		expect(order).toEqual([...order].sort((a, b) => b - a));
		expect(layout.chips.every((c) => c.x >= 0 && c.x + c.width <= 375)).toBe(true);
		const more = layout.clusters.find((c) => c.row !== 'baseline')!;
		expect(more.ids.length + layout.chips.length).toBe(12);
		const open = layoutTrack(days, [], { width: 375, rows: 6, measure, expanded: true });
		expect(open.chips).toHaveLength(12);
		expect(open.clusters).toEqual([]);
	});

	it('keeps the selected and key events in a crowded period strip', () => {
		const days = Array.from({ length: 20 }, (_, i) => ({ ...item(`day${i}`, -100, 1500, i === 17 ? 'key' : 'normal', i), selected: i === 19 }));
		const { chips } = layoutPeriodStrip(days, { width: 375, measure, maxRows: 2 });
		expect(chips.map((c) => c.id)).toContain('day17');
		expect(chips.map((c) => c.id)).toContain('day19');
	});

	it('counts marks that would collide on the baseline, key events included', () => {
		const crowd = Array.from({ length: 40 }, (_, i) => item(`e${i}`, 300 + i * 0.5, 300 + i * 0.5, i % 5 === 0 ? 'key' : 'normal', i));
		const layout = layoutTrack(crowd, [], { width: 700, rows: 3, measure });
		expect(layout.clusters.length).toBeGreaterThan(0);
		expect(layout.clusters.flatMap((c) => c.ids).length + layout.marks.length).toBe(40);
		for (const mark of layout.marks) if (mark.id.match(/^e(0|5|10|15|20|25|30|35)$/)) expect(mark.label).not.toBeNull();
		expect(findOverlaps(layout)).toEqual([]);
	});

	it('labels the selected event first, then key events, spread over the window', () => {
		const items = [item('a', 100, 100, 'minor', 0), { ...item('b', 102, 102, 'minor', 1), selected: true }, item('c', 104, 104, 'key', 2)];
		const layout = layoutTrack(items, [], { width: 800, rows: 2, measure });
		const lane = (id: string) => layout.marks.find((m) => m.id === id)!.lane;
		expect(lane('b')).toBe(0);
		expect(lane('c')).toBe(1);
	});

	it('shortens a label with an ellipsis rather than crossing the edge', () => {
		const layout = layoutTrack([{ ...item('edge', 20, 20, 'key'), label: 'A very long title that cannot possibly fit in a narrow track at all' }], [], { width: 200, rows: 2, measure });
		const [mark] = layout.marks;
		expect(mark.label).toMatch(/…$/);
		expect(mark.extent[0]).toBeGreaterThanOrEqual(0);
		expect(mark.extent[1]).toBeLessThanOrEqual(200);
	});

	it('fitText keeps the longest prefix that fits and says so with …', () => {
		const width = (text: string) => text.length * 10;
		expect(fitText('Hello world', 200, width)).toBe('Hello world');
		expect(fitText('Hello world', 60, width)).toBe('Hello…');
		expect(fitText('Hello world', 5, width)).toBe('');
		// Whole words where it can: never a word's first letters.
		expect(fitText('Hello wonderful world', 140, width)).toBe('Hello…');
		expect(fitText('Corbyn backs Ashworth, cites his humour', 260, width)).toBe('Corbyn backs Ashworth…');
		expect(fitText('Extraordinarily', 60, width)).toBe('Extra…');
	});

	it('spreadOrder visits every index once, the middle first', () => {
		for (const n of [0, 1, 2, 7, 100]) expect([...spreadOrder(n)].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
		expect(spreadOrder(7)[0]).toBe(3);
	});
});

describe('clicking a cluster', () => {
	it('zooms at least twice on points, centred on them', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 2, maxLength: 30 }), fc.integer({ min: 1e6, max: 1e10 }), (centres, width) => {
				const full: Domain = [-1e10, 2e10];
				const middle = centres.reduce((a, b) => a + b, 0) / centres.length;
				const current: Domain = [middle - width / 2, middle + width / 2];
				const [a, b] = clusterWindow(
					centres.map((c) => ({ start: c, end: c })),
					current,
					full
				);
				const expected = Math.max(Math.min(width / 2, Math.max((Math.max(...centres) - Math.min(...centres)) * 1.6, 2 * 3_600_000)), 30 * 60_000);
				expect(b - a).toBeCloseTo(expected, -1);
				expect((a + b) / 2).toBeCloseTo(middle, -1);
			})
		);
	});

	it('opens bars that share a stretch onto it, so each runs past both edges into the period strip', () => {
		const day = 86_400_000;
		const spans = [
			{ start: 10 * day + 9 * 3_600_000, end: 11 * day },
			{ start: 10 * day + 11 * 3_600_000, end: 11 * day },
			{ start: 10 * day, end: 11 * day }
		];
		const current: Domain = [9 * day, 13 * day];
		const [a, b] = clusterWindow(spans, current, [0, 100 * day]);
		for (const span of spans) {
			expect(span.start).toBeLessThan(a);
			expect(span.end).toBeGreaterThan(b);
		}
		expect(b - a).toBeLessThan((current[1] - current[0]) / 2);
	});
});
