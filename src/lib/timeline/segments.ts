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
