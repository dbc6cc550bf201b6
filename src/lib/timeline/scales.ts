/**
 * The timeline's three scales (issue 17; Brehmer et al., "Timelines
 * Revisited", IEEE TVCG 2017):
 *
 * - **chronological**: a zoomable time axis (the drawn spans, in wall-clock ms);
 * - **sequential**: the events evenly spaced in the story's order, with the
 *   time between them written in each gap. Its positions are "virtual" ms, one
 *   `SEQUENTIAL_STEP` per event, so zooming, panning, clamping and flying are
 *   the same functions as in time (zoom.ts): its narrowest window is three
 *   events, a point's window twelve;
 * - **segmented**: a row per day (segments.ts), drawn by its own component.
 *
 * Pure: which scale a story opens on, where each event sits in the sequential
 * scale, how a window carries over when the reader switches, and where the
 * gap labels go.
 */
import type { Domain } from './scale';
import { MINUTE, clampDomain, frameWindow } from './zoom';
import { fitText } from './layout';

import { TIMELINE_SCALES as SCALES } from '../story/vocabulary';

export { SCALES };
export type ScaleName = (typeof SCALES)[number];

/** A `?scale=` value (story page or embed), or null when it is not one of the three. */
export function parseScale(value: string | null | undefined): ScaleName | null {
	const name = value?.trim().toLowerCase();
	return SCALES.find((s) => s === name) ?? null;
}

const DAY = 24 * 60 * MINUTE;

/** What the default rule looks at: each event's drawn span, in time order. */
export interface ShapeEvent {
	wallStart: number;
	wallEnd: number;
}

/**
 * The scale a story opens on when its author chose none (documented in
 * docs/authoring.md): **sequential** for a story with one busy heart and a
 * long tail, where a time axis is mostly empty years, unless the author's
 * focus window already shows a third of its events; else **chronological**.
 * "One busy heart and a long tail": the story spans at least 60 days and half
 * of its events or more fall within three days of one another.
 */
export function defaultScaleOf(events: readonly ShapeEvent[], focus: Domain): ScaleName {
	const n = events.length;
	if (n < 4) return 'chronological';
	const centres = events.map((e) => (e.wallStart + e.wallEnd) / 2).sort((a, b) => a - b);
	if (centres[n - 1] - centres[0] < 60 * DAY) return 'chronological';
	const inFocus = events.filter((e) => e.wallEnd >= focus[0] && e.wallStart <= focus[1]).length;
	if (inFocus * 3 >= n) return 'chronological';
	let densest = 0;
	for (let i = 0, j = 0; j < n; j++) {
		while (centres[j] - centres[i] > 3 * DAY) i++;
		densest = Math.max(densest, j - i + 1);
	}
	return densest * 2 >= n ? 'sequential' : 'chronological';
}

/** One event's place in the sequential scale, in virtual ms (see above). */
export const SEQUENTIAL_STEP = 10 * MINUTE;
/** Px per event the sequential scale opens at: room for a title's start and a gap label in one of two rows. */
export const SEQUENTIAL_PX = 120;

/** Where the event at `order` sits in the sequential scale. */
export function sequentialAt(order: number): number {
	return (order + 0.5) * SEQUENTIAL_STEP;
}

/** The sequential scale's whole domain for `n` events. */
export function sequentialFull(n: number): [number, number] {
	return [0, Math.max(n, 1) * SEQUENTIAL_STEP];
}

/**
 * The sequential window a chapter button opens: all of the chapter's events
 * (orders `first` to `last`) when they get at least half the opening spacing,
 * else the chapter's start at the opening zoom, to read on from.
 */
export function sequentialChapterWindow(first: number, last: number, n: number, width: number): [number, number] {
	const count = last - first + 1;
	const full = sequentialFull(n);
	if (count <= 2 * sequentialCount(width)) {
		// Half a step beyond the ends, so the first and last marks are not on the edge (and at least three events wide, see clampDomain).
		return clampDomain([sequentialAt(first) - 0.6 * SEQUENTIAL_STEP, sequentialAt(last) + 0.6 * SEQUENTIAL_STEP], full);
	}
	const start = sequentialAt(first) - SEQUENTIAL_STEP / 2;
	return clampDomain([start, start + sequentialCount(width) * SEQUENTIAL_STEP], full);
}

/** How many events a sequential window of `width` px shows at the opening zoom (at least 3). */
export function sequentialCount(width: number): number {
	return Math.max(3, Math.floor(width / SEQUENTIAL_PX));
}

/**
 * A sequential window of the opening zoom (`width` px of track) centred on the
 * events from `first` to `last` (orders); when they are more than fit, it is
 * centred on `around` (the selected event) or on their middle.
 */
export function sequentialWindow(first: number, last: number, n: number, width: number, around?: number): [number, number] {
	const count = sequentialCount(width);
	const full = sequentialFull(n);
	if (last - first + 1 <= count) {
		const middle = (sequentialAt(first) + sequentialAt(last)) / 2;
		return clampDomain([middle - (count * SEQUENTIAL_STEP) / 2, middle + (count * SEQUENTIAL_STEP) / 2], full);
	}
	const centre = sequentialAt(around ?? Math.round((first + last) / 2));
	return clampDomain([centre - (count * SEQUENTIAL_STEP) / 2, centre + (count * SEQUENTIAL_STEP) / 2], full);
}

/** The orders of the events whose drawn spans meet `window` (time order), as [first, last], or null. */
export function ordersIn(events: readonly ShapeEvent[], window: Domain): [number, number] | null {
	let first = -1;
	let last = -1;
	events.forEach((e, i) => {
		if (e.wallEnd >= window[0] && e.wallStart <= window[1]) {
			if (first < 0) first = i;
			last = i;
		}
	});
	return first < 0 ? null : [first, last];
}

/**
 * The chronological window that shows the events from `first` to `last`
 * (what a sequential window showed), framed like a chapter.
 */
export function chronologicalWindowOf(events: readonly ShapeEvent[], first: number, last: number, full: Domain): [number, number] {
	const members = events.slice(first, last + 1);
	const start = Math.min(...members.map((e) => e.wallStart));
	const end = Math.max(...members.map((e) => e.wallEnd));
	return frameWindow({ start, end }, full);
}

export interface GapInput {
	/** Order of the event the gap leads to (the gap is between `order - 1` and `order`). */
	order: number;
	/** x (px) of the two events it lies between. */
	from: number;
	to: number;
	text: string;
}

export interface PlacedGap {
	order: number;
	/** The middle of the gap, px. */
	at: number;
	/** Centre of the label, px: the gap's middle, or moved inward so that it stays inside the track (it still covers the middle). */
	x: number;
	/** 0 or 1: gap labels alternate between two rows where they would touch. */
	row: number;
	/** The text as drawn (shortened with … when the room between its neighbours is short), '' for a tick alone. */
	label: string;
	/** The full text, for the tooltip and screen readers. */
	text: string;
	/** The label's width (px), 0 without one. */
	width: number;
	/** The distance (px) between the two events. */
	span: number;
}

/**
 * Where the gap labels go: each centred on the middle of its gap (moved in
 * from the track's edges, still covering that middle), in the first of two
 * rows where it touches nothing. A label that fits neither row whole is
 * shortened (with …), up to twice its gap; when that leaves less than
 * `minLabel` px, or when one of its two events is out of view, the gap keeps
 * its tooltip only. Labels never overlap and never cross an edge.
 */
export function layoutGaps(gaps: readonly GapInput[], width: number, measure: (text: string) => number, edge = 2, pad = 8, minLabel = 48): PlacedGap[] {
	/** What each row holds, as [left, right] px. */
	const taken: [number, number][][] = [[], []];
	const free = (row: number, left: number, w: number) => taken[row].every(([a, b]) => left + w + pad <= a || left >= b + pad);
	/** The left end nearest centring for a label `w` wide that covers `at` and stays inside the track in `row`, or null. */
	const leftFor = (at: number, w: number, row: number): number | null => {
		const lo = Math.max(edge, at - w);
		const hi = Math.min(at, width - edge - w);
		if (lo > hi) return null;
		const left = Math.min(Math.max(at - w / 2, lo), hi);
		return free(row, left, w) ? left : null;
	};
	const place = (gap: GapInput, text = gap.text): PlacedGap => {
		const at = (gap.from + gap.to) / 2;
		const tick: PlacedGap = { order: gap.order, at, x: at, row: 0, label: '', text, width: 0, span: gap.to - gap.from };
		if (!gap.text) return tick;
		// The whole text in either row; else the text shortened, up to twice its gap, in the row with more room.
		const whole = measure(gap.text);
		for (const row of [0, 1]) {
			const left = leftFor(at, whole, row);
			if (left === null) continue;
			taken[row].push([left, left + whole]);
			return { ...tick, x: left + whole / 2, row, label: gap.text, width: whole };
		}
		let best: PlacedGap = tick;
		for (const row of [0, 1]) {
			let room = Math.min(whole, 2 * (gap.to - gap.from) - pad);
			while (room > 0) {
				const label = fitText(gap.text, room, measure);
				// A stub ("s…") says nothing: below `minLabel` px the gap keeps its tooltip only.
				if (!label || measure(label) < minLabel) break;
				const w = measure(label);
				const left = leftFor(at, w, row);
				if (left !== null) {
					if (w > best.width) best = { ...tick, x: left + w / 2, row, label, width: w };
					break;
				}
				room = w - 12;
			}
		}
		if (best.label) taken[best.row].push([best.x - best.width / 2, best.x + best.width / 2]);
		return best;
	};
	// Gaps between two events in view are written; one running off an edge keeps its tooltip (words pushed against
	// the edge read as the first gap's). Every gap whose middle is in view is there.
	const inView = gaps.filter((g) => (g.from + g.to) / 2 >= 0 && (g.from + g.to) / 2 <= width);
	return inView.map((g) => (g.from >= 0 && g.to <= width ? place(g) : place({ ...g, text: '' }, g.text)));
}
