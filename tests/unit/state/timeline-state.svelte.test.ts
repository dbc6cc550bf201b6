// @vitest-environment happy-dom
/**
 * The timeline's one reactive state (src/lib/state/timeline-state.svelte.ts),
 * through its public API only: the windows each scale opens on, zooming,
 * flights (at once under reduced motion, animated otherwise), chapters, the
 * track's width, and switching scales with the selection kept in view.
 * Animations run on fake timers (requestAnimationFrame and performance.now).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Vitest resolves Svelte without the "browser" condition here, and its animation clock (svelte/motion) only ticks in a
// browser: say this is one, so the flights run on the faked requestAnimationFrame and performance.now.
vi.mock('esm-env', () => ({ BROWSER: true, DEV: true, NODE: false }));
import { enGB } from 'date-fns/locale/en-GB';
import { COMMON_WIDTH, TimelineState } from '../../../src/lib/state/timeline-state.svelte';
import { clampDomain, fullDomainOf, MIN_WINDOW, type Domain } from '../../../src/lib/timeline/zoom';
import { ordersIn, sequentialAt, sequentialCount, sequentialFull, SEQUENTIAL_STEP, type ShapeEvent } from '../../../src/lib/timeline/scales';
import { TRACK_INSET } from '../../../src/lib/timeline/scale';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { lookupOf, timelineDataOf, timelineEvents } from '../../../src/lib/timeline/data';
import { readJson } from '../../helpers/fixtures';

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.UTC(2023, 9, 1);

/** Forty events, one a day at noon, an hour long: e0 … e39. */
const EVENTS: ShapeEvent[] = Array.from({ length: 40 }, (_, i) => ({ wallStart: T0 + i * D + 12 * H, wallEnd: T0 + i * D + 13 * H }));
const indexOf = (id: string) => (/^e\d+$/.test(id) && Number(id.slice(1)) < EVENTS.length ? Number(id.slice(1)) : undefined);
/** The story opens on days 10 to 14. */
const FOCUS: Domain = [T0 + 10 * D, T0 + 15 * D];

const make = (width = 1000, scale: 'chronological' | 'sequential' | 'segmented' = 'chronological') => new TimelineState(EVENTS, FOCUS, indexOf, width, scale);
const widthOf = (w: Domain) => w[1] - w[0];
const centreOf = (w: Domain) => (w[0] + w[1]) / 2;
const meets = (span: readonly [number, number], w: Domain) => span[0] <= w[1] && span[1] >= w[0];
/** The orders a sequential window shows (whole marks). */
const sequentialOrders = (w: Domain) => EVENTS.map((_, i) => i).filter((i) => sequentialAt(i) >= w[0] && sequentialAt(i) <= w[1]);

function expectWindow(actual: Domain, expected: Domain, precision = 3) {
	expect(actual[0]).toBeCloseTo(expected[0], precision);
	expect(actual[1]).toBeCloseTo(expected[1], precision);
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

/** Runs the animation frames for `ms`, 16 ms at a time, and returns the windows seen. */
function frames(state: TimelineState, ms: number): Domain[] {
	const seen: Domain[] = [];
	for (let t = 0; t < ms; t += 16) {
		vi.advanceTimersByTime(16);
		seen.push([state.window[0], state.window[1]]);
	}
	return seen;
}

describe('a new timeline', () => {
	it('opens on the focus, inside the whole story padded, at the width it is given', () => {
		const state = make();
		expectWindow(state.chronologicalFull, fullDomainOf(EVENTS.map((e) => ({ start: e.wallStart, end: e.wallEnd }))));
		expect(state.chronologicalFull[0]).toBeLessThan(EVENTS[0].wallStart);
		expect(state.chronologicalFull[1]).toBeGreaterThan(EVENTS[39].wallEnd);
		expect(state.sequentialFull).toEqual(sequentialFull(EVENTS.length));
		expect(state.scaleName).toBe('chronological');
		expect(state.full).toEqual(state.chronologicalFull);
		expectWindow(state.window, FOCUS);
		expect(state.width).toBe(1000);
		expect(state.selectedId).toBeNull();
		expect(state.chapterId).toBeNull();
		expect(state.morph).toBeNull();
	});

	it('guesses the story column’s width until the track is measured, and knows no ids without a lookup', () => {
		const bare = new TimelineState(EVENTS, FOCUS);
		expect(bare.width).toBe(COMMON_WIDTH.story);
		// Without a lookup, no id names an event.
		expect(bare.spanOf('e1')).toBeUndefined();
		expect(COMMON_WIDTH.embed).toBeLessThan(COMMON_WIDTH.story);
	});

	it('keeps a focus that runs past the story inside it', () => {
		const state = new TimelineState(EVENTS, [T0 - 100 * D, T0 + 5 * D], indexOf, 1000);
		expect(state.window[0]).toBeGreaterThanOrEqual(state.chronologicalFull[0]);
		expect(state.window[1]).toBeLessThanOrEqual(state.chronologicalFull[1]);
		expectWindow(state.window, state.openingWindow());
	});

	it('has a window even with no events', () => {
		const state = new TimelineState([], [0, 1], indexOf, 500);
		expect(state.chronologicalFull).toEqual([0, 1]);
		expect(state.window[0]).toBeGreaterThanOrEqual(0);
		expect(state.window[1]).toBeLessThanOrEqual(1);
		expect(state.spanOf('e0')).toBeUndefined();
	});

	it('opened in the sequential scale, shows the focus’s events, evenly spaced', () => {
		const state = make(1000, 'sequential');
		expect(state.full).toEqual(state.sequentialFull);
		const shown = sequentialOrders(state.window);
		const focused = ordersIn(EVENTS, FOCUS)!;
		for (let i = focused[0]; i <= focused[1]; i++) expect(shown).toContain(i);
		// At the opening zoom: as many events as the track has room for.
		expect(widthOf(state.window)).toBeCloseTo(sequentialCount(1000) * SEQUENTIAL_STEP);
		expectWindow(state.openingWindow(), state.window);
	});
});

describe('the derived scales', () => {
	it('map the window onto the track, inside its insets, and the whole story onto the overview', () => {
		const state = make(800);
		expect(state.scale(state.window[0])).toBeCloseTo(TRACK_INSET);
		expect(state.scale(state.window[1])).toBeCloseTo(800 - TRACK_INSET);
		expect(state.scale.invert(400)).toBeCloseTo(centreOf(state.window));
		expect(state.overviewScale(state.full[0])).toBeCloseTo(0);
		expect(state.overviewScale(state.full[1])).toBeCloseTo(800);
	});

	it('follow the window and the width', () => {
		const state = make(800);
		state.setWindow([T0 + 20 * D, T0 + 22 * D]);
		expect(state.scale.domain).toEqual([T0 + 20 * D, T0 + 22 * D]);
		state.setWidth(600);
		expect(state.scale(T0 + 22 * D)).toBeCloseTo(600 - TRACK_INSET);
		expect(state.overviewScale.range).toEqual([0, 600]);
	});

	it('are reactive: an effect that reads them runs again when the window moves', async () => {
		const state = make(800);
		const seen: number[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(state.scale.domain[0]);
			});
		});
		await Promise.resolve();
		state.setWindow([T0 + 20 * D, T0 + 22 * D]);
		await Promise.resolve();
		stop();
		expect(seen).toEqual([FOCUS[0], T0 + 20 * D]);
	});
});

describe('spanOf', () => {
	it('is the drawn span in time, a point at its place in order, and nothing for an unknown id', () => {
		const state = make();
		expect(state.spanOf('e3')).toEqual([EVENTS[3].wallStart, EVENTS[3].wallEnd]);
		expect(state.spanOf('nope')).toBeUndefined();
		state.setScale('sequential', true);
		expect(state.spanOf('e3')).toEqual([sequentialAt(3), sequentialAt(3)]);
		expect(state.spanOf('e99')).toBeUndefined();
	});
});

describe('setWindow', () => {
	it('clamps to the story and to the narrowest window, and forgets the framed chapter', () => {
		const state = make();
		state.frameChapter('week-one', [T0, T0 + 7 * D], true);
		expect(state.chapterId).toBe('week-one');
		state.setWindow([T0 - 365 * D, T0 - 360 * D]);
		expect(state.chapterId).toBeNull();
		expect(state.window[0]).toBeCloseTo(state.full[0]);
		expect(widthOf(state.window)).toBeCloseTo(5 * D);
		state.setWindow([T0 - 365 * D, T0 + 365 * D]);
		expectWindow(state.window, state.full);
		const middle = T0 + 20 * D;
		state.setWindow([middle, middle + 60_000]);
		expect(widthOf(state.window)).toBeCloseTo(MIN_WINDOW);
		expect(centreOf(state.window)).toBeCloseTo(middle + 30_000);
	});

	it('ends a flight under way', () => {
		const state = make();
		state.flyTo([T0 + 30 * D, T0 + 31 * D], false);
		frames(state, 64);
		state.setWindow([T0 + 2 * D, T0 + 4 * D]);
		frames(state, 1000);
		expectWindow(state.window, [T0 + 2 * D, T0 + 4 * D]);
	});
});

describe('flyTo', () => {
	it('under reduced motion, moves at once (clamped) and forgets the framed chapter', () => {
		const state = make();
		state.frameChapter('c', [T0, T0 + 3 * D], true);
		state.flyTo([T0 + 30 * D, T0 + 45 * D], true);
		expect(state.chapterId).toBeNull();
		expect(state.window[1]).toBeCloseTo(state.full[1]);
		expect(widthOf(state.window)).toBeCloseTo(15 * D);
	});

	it('otherwise flies there over frames, zooming steadily, and lands exactly on the target', () => {
		const state = make();
		const from: Domain = [state.window[0], state.window[1]];
		const to: Domain = [T0 + 30 * D, T0 + 30 * D + 6 * H];
		state.flyTo(to, false);
		const seen = frames(state, 1000);
		expectWindow(state.window, to);
		// It took more than one frame and less than a second.
		const moving = seen.filter((w) => w[0] !== to[0] || w[1] !== to[1]);
		expect(moving.length).toBeGreaterThan(3);
		expect(moving.length).toBeLessThan(seen.length);
		// Every frame in between is a window between the two: narrower than the first, wider than the last.
		for (const w of moving) {
			expect(widthOf(w)).toBeLessThanOrEqual(widthOf(from) + 1);
			expect(widthOf(w)).toBeGreaterThanOrEqual(widthOf(to) - 1);
			expect(centreOf(w)).toBeGreaterThanOrEqual(centreOf(from) - 1);
			expect(centreOf(w)).toBeLessThanOrEqual(centreOf(to) + 1);
		}
		// Widths only shrink on the way in.
		for (let i = 1; i < seen.length; i++) expect(widthOf(seen[i])).toBeLessThanOrEqual(widthOf(seen[i - 1]) + 1);
	});

	it('a new flight starts from where the window is and ends on the new target', () => {
		const state = make();
		state.flyTo([T0 + 30 * D, T0 + 31 * D], false);
		frames(state, 100);
		const midway = widthOf(state.window);
		expect(midway).toBeGreaterThan(D);
		state.flyTo([T0 + 5 * D, T0 + 6 * D], false);
		frames(state, 1000);
		expectWindow(state.window, [T0 + 5 * D, T0 + 6 * D]);
	});
});

describe('zoomBy', () => {
	it('halves or doubles the width around the middle when nothing is selected', () => {
		const state = make();
		const before: Domain = [state.window[0], state.window[1]];
		state.zoomBy(2, true);
		expect(widthOf(state.window)).toBeCloseTo(widthOf(before) / 2);
		expect(centreOf(state.window)).toBeCloseTo(centreOf(before));
		state.zoomBy(1 / 2, true);
		expectWindow(state.window, before);
	});

	it('zooms around the selected event when it is in view, keeping it where it is on the track', () => {
		const state = make();
		state.selectedId = 'e11';
		const centre = (EVENTS[11].wallStart + EVENTS[11].wallEnd) / 2;
		const x = state.scale(centre);
		state.zoomBy(2, true);
		expect(state.scale(centre)).toBeCloseTo(x, 6);
		expect(centreOf(state.window)).not.toBeCloseTo(centreOf(FOCUS), 0);
	});

	it('zooms around the middle when the selected event is out of view', () => {
		const state = make();
		state.selectedId = 'e35';
		const before = centreOf(state.window);
		state.zoomBy(2, true);
		expect(centreOf(state.window)).toBeCloseTo(before);
	});

	it('keeps the framed chapter', () => {
		const state = make();
		state.frameChapter('middle', [T0 + 10 * D, T0 + 20 * D], true);
		state.zoomBy(2, true);
		expect(state.chapterId).toBe('middle');
	});

	it('compounds quick repeated steps from where the flight is going', () => {
		const state = make();
		const before = widthOf(state.window);
		state.zoomBy(2, false);
		frames(state, 32);
		state.zoomBy(2, false);
		frames(state, 1000);
		expect(widthOf(state.window)).toBeCloseTo(before / 4);
	});
});

describe('frameChapter', () => {
	it('flies to the chapter’s window and names the chapter, at once or at the end of the flight', () => {
		const state = make();
		state.frameChapter('late', [T0 + 30 * D, T0 + 35 * D], true);
		expect(state.chapterId).toBe('late');
		expectWindow(state.window, [T0 + 30 * D, T0 + 35 * D]);
		state.frameChapter('early', [T0 + 2 * D, T0 + 4 * D], false);
		expect(state.chapterId).toBe('early');
		frames(state, 1000);
		expect(state.chapterId).toBe('early');
		expectWindow(state.window, [T0 + 2 * D, T0 + 4 * D]);
	});
});

describe('setWidth', () => {
	it('keeps the time window when the track is measured, and ignores a zero or unchanged width', () => {
		const state = make(1000);
		const before: Domain = [state.window[0], state.window[1]];
		state.setWidth(500);
		expect(state.width).toBe(500);
		expectWindow(state.window, before);
		state.setWidth(0);
		state.setWidth(-3);
		expect(state.width).toBe(500);
		state.setWidth(500);
		expect(state.width).toBe(500);
	});

	it('keeps the px per event in the sequential scale: a wider track shows more events around the same centre', () => {
		const state = make(600, 'sequential');
		const before: Domain = [state.window[0], state.window[1]];
		const pxPerEvent = (600 - 2 * TRACK_INSET) / (widthOf(before) / SEQUENTIAL_STEP);
		state.setWidth(1200);
		expect(widthOf(state.window)).toBeCloseTo(widthOf(before) * 2);
		expect(centreOf(state.window)).toBeCloseTo(centreOf(before));
		expect((1200 - 2 * TRACK_INSET) / (widthOf(state.window) / SEQUENTIAL_STEP)).toBeGreaterThan(pxPerEvent * 0.95);
	});

	it('resizes the end of a sequential flight under way rather than the window in flight', () => {
		const state = make(600, 'sequential');
		const target: Domain = [sequentialAt(20) - 2 * SEQUENTIAL_STEP, sequentialAt(20) + 2 * SEQUENTIAL_STEP];
		state.flyTo(target, false);
		frames(state, 32);
		state.setWidth(1200);
		frames(state, 1000);
		expect(centreOf(state.window)).toBeCloseTo(centreOf(target));
		expect(widthOf(state.window)).toBeCloseTo(2 * widthOf(target));
	});
});

describe('setScale', () => {
	it('does nothing when the scale is already shown', () => {
		const state = make();
		const before: Domain = [state.window[0], state.window[1]];
		state.frameChapter('c', [T0 + 11 * D, T0 + 13 * D], true);
		state.setScale('chronological', false);
		expect(state.chapterId).toBe('c');
		expect(state.morph).toBeNull();
		expect(widthOf(state.window)).toBeLessThan(widthOf(before));
	});

	it('time → order shows the same events; order → time shows them again', () => {
		const state = make(1000);
		state.setWindow([T0 + 12 * D, T0 + 15 * D]);
		const seen = ordersIn(EVENTS, state.window)!;
		state.frameChapter('x', [T0 + 12 * D, T0 + 15 * D], true);
		state.setScale('sequential', true);
		expect(state.scaleName).toBe('sequential');
		expect(state.full).toEqual(state.sequentialFull);
		expect(state.chapterId).toBeNull();
		const shown = sequentialOrders(state.window);
		for (let i = seen[0]; i <= seen[1]; i++) expect(shown).toContain(i);
	});

	it('order → time shows the events the order view showed, framed', () => {
		const state = make(1000, 'sequential');
		state.setWindow([sequentialAt(25) - 0.4 * SEQUENTIAL_STEP, sequentialAt(28) + 0.4 * SEQUENTIAL_STEP]);
		state.setScale('chronological', true);
		expect(state.full).toEqual(state.chronologicalFull);
		expect(ordersIn(EVENTS, state.window)).toEqual([25, 28]);
		expect(state.window[0]).toBeLessThan(EVENTS[25].wallStart);
		expect(state.window[1]).toBeGreaterThan(EVENTS[28].wallEnd);
	});

	it('comes back to the window the reader left a scale at', () => {
		const state = make(1000);
		state.setScale('sequential', true);
		const left: Domain = [sequentialAt(30) - 2 * SEQUENTIAL_STEP, sequentialAt(30) + 2 * SEQUENTIAL_STEP];
		state.setWindow(left);
		state.setScale('chronological', true);
		state.setScale('sequential', true);
		expectWindow(state.window, left);
	});

	it('but not when the selection has moved out of it: then the selected event is brought into view', () => {
		const state = make(1000);
		state.setScale('sequential', true);
		state.setScale('chronological', true);
		state.selectedId = 'e38';
		state.setScale('sequential', true);
		const span = state.spanOf('e38')!;
		expect(meets(span, state.window)).toBe(true);
		state.selectedId = 'e1';
		state.setScale('chronological', true);
		expect(meets(state.spanOf('e1')!, state.window)).toBe(true);
	});

	it('centres the order view on the selected event when the time window showed more than fits', () => {
		const state = make(400);
		state.setWindow(state.chronologicalFull);
		state.selectedId = 'e30';
		state.setScale('sequential', true);
		expect(sequentialOrders(state.window).length).toBeLessThanOrEqual(sequentialCount(400) + 1);
		expect(centreOf(state.window)).toBeCloseTo(sequentialAt(30));
	});

	it('by day keeps the time window waiting, and leaves from it without a slide', () => {
		const state = make(1000);
		const before: Domain = [state.window[0], state.window[1]];
		state.setScale('segmented', false);
		expect(state.scaleName).toBe('segmented');
		expect(state.morph).toBeNull();
		expect(state.full).toEqual(state.chronologicalFull);
		expectWindow(state.window, before);
		state.setScale('chronological', false);
		expect(state.morph).toBeNull();
		expectWindow(state.window, before);
		// From by day to order, nothing was seen: the order view opens on the focus's events.
		state.setScale('segmented', false);
		state.setScale('sequential', false);
		expect(state.morph).toBeNull();
		const focused = ordersIn(EVENTS, FOCUS)!;
		for (let i = focused[0]; i <= focused[1]; i++) expect(sequentialOrders(state.window)).toContain(i);
	});

	it('from by day to time with nothing left there, opens on the focus', () => {
		const state = make(1000, 'segmented');
		state.setScale('chronological', true);
		expectWindow(state.window, state.openingWindow());
		expectWindow(state.window, FOCUS);
	});

	it('from by day to order, with a selection and nothing left there, opens on the selected event', () => {
		const state = make(1000, 'segmented');
		state.selectedId = 'e33';
		state.setScale('sequential', true);
		expect(sequentialOrders(state.window)).toContain(33);
	});

	it('slides the marks from one scale to the other, easing from 0 to 1, unless the reader prefers reduced motion', () => {
		const state = make(1000);
		state.setScale('sequential', true);
		expect(state.morph).toBeNull();
		const before: Domain = [state.window[0], state.window[1]];
		state.setScale('chronological', false);
		expect(state.morph).toEqual({ from: 'sequential', window: before, t: 0 });
		const ts: number[] = [];
		for (let i = 0; i < 60 && state.morph; i++) {
			vi.advanceTimersByTime(16);
			if (state.morph) ts.push(state.morph.t);
		}
		expect(state.morph).toBeNull();
		expect(ts.length).toBeGreaterThan(5);
		for (const t of ts) {
			expect(t).toBeGreaterThanOrEqual(0);
			expect(t).toBeLessThanOrEqual(1);
		}
		for (let i = 1; i < ts.length; i++) expect(ts[i]).toBeGreaterThanOrEqual(ts[i - 1]);
	});

	it('a switch during a slide or a flight ends it and starts from where it was going', () => {
		const state = make(1000);
		state.setScale('sequential', false);
		frames(state, 48);
		expect(state.morph).not.toBeNull();
		state.setScale('chronological', true);
		expect(state.morph).toBeNull();

		const flying = make(1000);
		const target: Domain = [T0 + 20 * D, T0 + 22 * D];
		flying.flyTo(target, false);
		frames(flying, 32);
		expect(widthOf(flying.window)).toBeGreaterThan(widthOf(target));
		flying.setScale('sequential', true);
		frames(flying, 1000);
		// The time window it was flying to showed days 20 and 21: the order view shows them.
		expect(sequentialOrders(flying.window)).toEqual(expect.arrayContaining([20, 21]));
		flying.setScale('chronological', true);
		expectWindow(flying.window, target);
	});
});

describe('on a fixture story', () => {
	const story = storySchema.parse(readJson('tests/fixtures/stories/bridge-fixture.json'));
	const data = timelineDataOf(buildStoryView(story, enGB), 50);
	const events = timelineEvents(data);
	const lookup = lookupOf(data);
	const open = () => new TimelineState(events, data.focusWall, (id) => lookup.indexOf.get(id), 700, data.scale);

	it('opens on the window the server drew the axis for', () => {
		const state = open();
		expect(state.scaleName).toBe(data.scale);
		const full = fullDomainOf(events.map((e) => ({ start: e.wallStart, end: e.wallEnd })));
		expectWindow(state.window, clampDomain(data.focusWall, full));
	});

	it('each chapter button frames its events, and every scale keeps the selected event in view', () => {
		const state = open();
		for (const chapter of data.chapters) {
			state.frameChapter(chapter.id, chapter.wall, true);
			expect(state.chapterId).toBe(chapter.id);
			for (const e of events.filter((e) => e.chapter === chapter.id && e.wallEnd - e.wallStart < widthOf(state.window))) {
				expect(meets([e.wallStart, e.wallEnd], state.window)).toBe(true);
			}
		}
		for (const e of [events[0], events[Math.floor(events.length / 2)], events.at(-1)!]) {
			state.selectedId = e.id;
			for (const scale of ['sequential', 'chronological', 'segmented', 'sequential', 'chronological'] as const) {
				state.setScale(scale, true);
				if (scale !== 'segmented') expect(meets(state.spanOf(e.id)!, state.window)).toBe(true);
			}
		}
	});
});
