/**
 * The time between two consecutive events of a story, as honestly as their
 * dates allow: the sequential scale writes it in the gap between them.
 *
 * Each event stands for a span (a minute, a morning, a day, a range). The time
 * from A to B is then itself a range: at least `B.start − A.end` (zero when the
 * spans meet or overlap), at most `B.end − A.start`. What can be said:
 * - both known to the minute: exactly ("4 minutes later");
 * - a narrow range: about its middle ("about 2 weeks later");
 * - a wide range that does not reach zero: its lower bound ("at least 3 days later");
 * - a range that reaches zero: nothing about the time, only that they fall in
 *   the same period ("same morning"), and whether the story knows their order
 *   ("order known, time unknown") or only lists them so ("time not known").
 */
import type { Span } from './local-date';

export const DURATION_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** The period two overlapping events share, named in words: "same day", "same morning". */
export type SharedPeriod = 'minute' | 'hour' | 'early-hours' | 'morning' | 'lunchtime' | 'afternoon' | 'evening' | 'overnight' | 'day' | 'month' | 'year' | 'time';

export type Gap = { kind: 'exact' | 'about' | 'at-least'; amount: number; unit: DurationUnit } | { kind: 'same'; period: SharedPeriod; orderKnown: boolean };

export interface GapEnd extends Span {
	/** The precision of the event's own date, or its part of day; `range` for a range. */
	precision: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UNIT_MS: Record<DurationUnit, number> = { minute: MINUTE, hour: HOUR, day: DAY, week: 7 * DAY, month: 30.44 * DAY, year: 365.25 * DAY };

/** A duration in the unit a reader would use for it, rounded: 90 minutes and more are hours, 36 hours and more days… */
export function roundDuration(ms: number): { amount: number; unit: DurationUnit } {
	const unit: DurationUnit = ms < 90 * MINUTE ? 'minute' : ms < 36 * HOUR ? 'hour' : ms < 14 * DAY ? 'day' : ms < 9 * 7 * DAY ? 'week' : ms < 18 * UNIT_MS.month ? 'month' : 'year';
	return { amount: Math.max(1, Math.round(ms / UNIT_MS[unit])), unit };
}

/**
 * The gap from `a` to the next event `b` (in story order). `orderKnown`: the
 * story links them (after / before) or their spans alone put b after a.
 */
export function gapBetween(a: GapEnd, b: GapEnd, linked: boolean, sharedPeriod: SharedPeriod): Gap {
	const least = b.start - a.end;
	const most = b.end - a.start;
	if (a.precision === 'minute' && b.precision === 'minute') {
		const exact = b.start - a.start;
		return exact <= 0 ? { kind: 'same', period: 'minute', orderKnown: linked } : { kind: 'exact', ...roundDuration(exact) };
	}
	if (least <= 0) return { kind: 'same', period: sharedPeriod, orderKnown: linked };
	const middle = roundDuration((least + most) / 2);
	// Narrow enough that its middle is the honest figure: the bounds round to within one step of it.
	if (most <= least * 2) return { kind: 'about', ...middle };
	return { kind: 'at-least', ...roundDuration(least) };
}

const PARTS: [SharedPeriod, number, number][] = [
	['lunchtime', 12, 14],
	['early-hours', 0, 6],
	['morning', 6, 12],
	['afternoon', 12, 18],
	['evening', 18, 24]
];

/**
 * The smallest named period both wall-clock spans lie in (wall ms, see
 * local-date.ts `wallSpan`): the hour, a part of the day, the day, the month,
 * the year; `time` when none.
 */
export function sharedPeriodOf(a: Span, b: Span): SharedPeriod {
	const first = Math.min(a.start, b.start);
	const last = Math.max(a.end, b.end) - 1;
	const day = Math.floor(first / DAY) * DAY;
	if (last < day + DAY) {
		if (Math.floor(first / HOUR) === Math.floor(last / HOUR)) return 'hour';
		const part = PARTS.find(([, from, to]) => first >= day + from * HOUR && last < day + to * HOUR);
		return part ? part[0] : 'day';
	}
	// A night runs from 22:00 into the next morning.
	const night = Math.floor((first - 22 * HOUR) / DAY) * DAY + 22 * HOUR;
	if (first >= night && last < night + 8 * HOUR) return 'overnight';
	const [x, y] = [new Date(first), new Date(last)];
	if (x.getUTCFullYear() !== y.getUTCFullYear()) return 'time';
	return x.getUTCMonth() === y.getUTCMonth() ? 'month' : 'year';
}
