/**
 * The segmented scale: one row per day that has events, each row its own time
 * axis fitted to that day's events, and the empty stretches between rows
 * collapsed into a line that says how long they are ("6 months without
 * events"). Events longer than a day cannot sit on a day's axis: those up to a
 * month long share a row per month, longer ones a row per year.
 *
 * Pure, in wall-clock ms (see time/local-date.ts `wallSpan`), like the rest
 * of the timeline's math.
 */
import { roundDuration, type DurationUnit } from '../time/gap';
import type { TimelineEvent } from './data';
import { axisTicks, formatWall, formatWallRange, type Tick } from './axis';
import { compactLanes, type TrackLayout } from './layout';
import { timeScale, TRACK_INSET } from './scale';
import { trackView } from './track';
import { indexSpans } from './visible';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type SegmentUnit = 'day' | 'month' | 'year';

export interface SegmentEvent {
	id: string;
	wallStart: number;
	wallEnd: number;
}

export interface Segment {
	/** `2019-12-10`, `2019-12` or `2019`: the day, month or year the row stands for (data-segment). */
	key: string;
	unit: SegmentUnit;
	/** The row's window: its events' extent with a margin, at least an hour. */
	window: [number, number];
	/** Its events, in story order. */
	ids: string[];
	/** The empty time since the previous row ended, when it is a day or more. */
	emptyBefore?: { amount: number; unit: DurationUnit };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function keyOf(start: number, unit: SegmentUnit): string {
	const date = new Date(start);
	const year = pad(date.getUTCFullYear(), 4);
	if (unit === 'year') return year;
	const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
	return unit === 'month' ? month : `${month}-${pad(date.getUTCDate())}`;
}

/** The row an event belongs in: its day if it is a day or shorter, else its month, else its year. */
export function unitOf(event: SegmentEvent): SegmentUnit {
	const length = event.wallEnd - event.wallStart;
	return length <= DAY ? 'day' : length <= 31 * DAY ? 'month' : 'year';
}

export function segmentsOf(events: readonly SegmentEvent[], margin = 0.04): Segment[] {
	const groups = new Map<string, { unit: SegmentUnit; key: string; start: number; end: number; ids: string[] }>();
	for (const event of events) {
		const unit = unitOf(event);
		const key = keyOf(event.wallStart, unit);
		const group = groups.get(`${unit}:${key}`);
		if (group) {
			group.ids.push(event.id);
			group.start = Math.min(group.start, event.wallStart);
			group.end = Math.max(group.end, event.wallEnd);
		} else groups.set(`${unit}:${key}`, { unit, key, start: event.wallStart, end: event.wallEnd, ids: [event.id] });
	}
	const rank: Record<SegmentUnit, number> = { year: 0, month: 1, day: 2 };
	const rows = [...groups.values()].sort((a, b) => a.start - b.start || rank[a.unit] - rank[b.unit]);
	let reached = -Infinity;
	return rows.map((row) => {
		const length = Math.max(row.end - row.start, HOUR);
		const middle = (row.start + row.end) / 2;
		const [from, to] = row.end - row.start >= HOUR ? [row.start, row.end] : [middle - length / 2, middle + length / 2];
		const segment: Segment = { key: row.key, unit: row.unit, window: [from - length * margin, to + length * margin], ids: row.ids };
		if (Number.isFinite(reached) && row.start - reached >= DAY) segment.emptyBefore = roundDuration(row.start - reached);
		reached = Math.max(reached, row.end);
		return segment;
	});
}

/** Px geometry of the segmented scale (the track's row height is ROW). */
export const SEGMENT_GEOMETRY = { row: 20, header: 22, empty: 24, axis: 30, gap: 8, lanes: 6 } as const;

export interface SegmentRow {
	segment: Segment;
	/** The row's date in words: "Tuesday, 10 December 2019" for a day, "20–25 November 2023" for the span of a longer row's events. */
	label: string;
	/** "6 months without events" above the row, or ''. */
	empty: string;
	/** Its events' layout on its own axis, with only the lanes it uses. */
	layout: TrackLayout;
	/** The axis ticks whose labels fit inside the track. */
	ticks: Tick[];
	/** Tops (px from the top of the scale) of the row, its first lane, its baseline and its axis; `bottom` is its last px. */
	top: number;
	lanesTop: number;
	baselineTop: number;
	axisY: number;
	bottom: number;
}

export interface SegmentLayoutInput {
	/** In story order, where the chronological scale has them (drawn spans). */
	events: readonly TimelineEvent[];
	width: number;
	language: string;
	measure: (text: string, bold: boolean) => number;
	/** "6 months without events" (messages.timeline.emptyStretch). */
	emptyText: (amount: number, unit: DurationUnit) => string;
	selectedId?: string | null;
	focusIds?: ReadonlySet<string>;
	expanded?: boolean;
	/** The rows to lay out, when not all of the story's (`segmentsOf(events)`): a long story's are paged. */
	segments?: readonly Segment[];
}

/** Rows the segmented scale lays out at a time: a story of thousands of events has hundreds of days. */
export const SEGMENT_PAGE = 40;

/** The first row of the page of rows that shows row `index` (it starts two rows earlier, for context). */
export function segmentPageStart(index: number, total: number, size = SEGMENT_PAGE): number {
	return Math.max(0, Math.min(index - 2, total - size));
}

/**
 * The segmented scale laid out: each row's events placed like the
 * chronological track's (track.ts) on the row's own axis, and the rows stacked
 * top to bottom with the empty stretches between them. Pure geometry, so the
 * unit tests check that rows never overlap and every event is in one row.
 */
export function layoutSegments(input: SegmentLayoutInput): SegmentRow[] {
	const { events, width, language, measure, emptyText, selectedId = null, focusIds, expanded = false, segments = segmentsOf(events) } = input;
	const g = SEGMENT_GEOMETRY;
	const byId = new Map(events.map((e) => [e.id, e]));
	let y = 0;
	return segments.map((segment, i) => {
		const members = segment.ids.map((id) => byId.get(id)!);
		const scale = timeScale(segment.window, [TRACK_INSET, Math.max(width - TRACK_INSET, TRACK_INSET + 1)]);
		const view = trackView({
			events: members,
			index: indexSpans(members.map((e) => ({ start: e.wallStart, end: e.wallEnd }))),
			scale,
			width,
			rows: g.lanes,
			measure,
			selectedId,
			focusIds,
			expanded,
			origin: segment.window[0],
			periodInset: TRACK_INSET + (width - 2 * TRACK_INSET) * 0.06
		});
		const layout = compactLanes(view.layout);
		// A day row is its date; a longer row (events of uncertain or long dates) says the days its events span.
		const [year, month = 1, day = 1] = segment.key.split('-').map(Number);
		const from = Math.min(...members.map((e) => e.wallStart));
		const to = Math.max(...members.map((e) => e.wallEnd));
		const label = segment.unit === 'day' ? formatWall(Date.UTC(year, month - 1, day), 'fullDate', language) : formatWallRange(from, to - 1, 'longDate', language);
		const empty = segment.emptyBefore ? emptyText(segment.emptyBefore.amount, segment.emptyBefore.unit) : '';
		const top = y + (empty ? g.empty : i > 0 ? g.gap : 0);
		const lanesTop = top + g.header + layout.periodRows * g.row + 8;
		const baselineTop = lanesTop + layout.lanes * g.row;
		// The baseline takes a row only when something is on it.
		const onBaseline = layout.marks.some((m) => m.lane === layout.lanes) || layout.clusters.some((c) => c.row === 'baseline');
		const axisY = baselineTop + (onBaseline ? g.row : 0) + 6;
		const bottom = axisY + g.axis - 4;
		y = axisY + g.axis;
		const ticks = axisTicks(scale, language, width < 600 ? 70 : 96).ticks.filter((tick) => {
			const half = (measure(tick.label, tick.major) * 11) / 24;
			return tick.x - half >= 0 && tick.x + half <= width;
		});
		return { segment, label, empty, layout, ticks, top, lanesTop, baselineTop, axisY, bottom };
	});
}
