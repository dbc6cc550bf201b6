/**
 * Axis ticks for a window of wall-clock time (see time/local-date.ts `wallSpan`).
 * d3 picks the tick interval for the zoom level; we name the level so labels
 * can say as much as that level needs: years, months, days, hours, minutes.
 */
import { utcTicks } from 'd3-time';
import { format, type Locale } from 'date-fns';
import { tz } from '@date-fns/tz';

export type TickLevel = 'year' | 'month' | 'day' | 'hour' | 'minute';

export interface Tick {
	value: number;
	x: number;
	label: string;
	/** A tick that starts a larger unit (a new year among months, a new day among hours). */
	major: boolean;
}

export interface AxisTicks {
	level: TickLevel;
	ticks: Tick[];
	/** Larger context shown once for the window, e.g. the day when ticks are hours. */
	context: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The finest unit among the tick values, from their spacing. */
export function levelOfStep(step: number): TickLevel {
	if (step >= 360 * DAY) return 'year';
	if (step >= 28 * DAY) return 'month';
	if (step >= DAY) return 'day';
	if (step >= HOUR) return 'hour';
	return 'minute';
}

const inUtc = { in: tz('UTC') };

/** One tick label per pixel budget: about one tick per `spacing` px. */
export function axisTicks(domain: readonly [number, number], width: number, locale: Locale, spacing = 90): AxisTicks {
	// d3-time picks the interval (1 minute … 1 year) that gives about the wanted count.
	const values = utcTicks(new Date(domain[0]), new Date(domain[1]), Math.max(2, Math.floor(width / spacing))).map((d) => d.getTime());
	const x = (value: number) => ((value - domain[0]) / (domain[1] - domain[0])) * width;
	const step = values.length > 1 ? values[1] - values[0] : domain[1] - domain[0];
	const level = levelOfStep(step);
	const fmt = (value: number, pattern: string) => format(value, pattern, { locale, ...inUtc });
	const isMajor = (value: number) => {
		const date = new Date(value);
		switch (level) {
			case 'year':
				return false;
			case 'month':
				return date.getUTCMonth() === 0;
			case 'day':
				return date.getUTCDate() === 1;
			default:
				return date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
		}
	};
	const label = (value: number, major: boolean) => {
		switch (level) {
			case 'year':
				return fmt(value, 'yyyy');
			case 'month':
				return major ? fmt(value, 'yyyy') : fmt(value, 'LLL');
			case 'day':
				return major ? fmt(value, 'LLL yyyy') : fmt(value, 'd LLL');
			default:
				return major ? fmt(value, 'd LLL') : fmt(value, 'p');
		}
	};
	const ticks = values.map((value) => {
		const major = isMajor(value);
		return { value, x: x(value), label: label(value, major), major };
	});
	const middle = (domain[0] + domain[1]) / 2;
	const context = { year: '', month: fmt(middle, 'yyyy'), day: fmt(middle, 'LLLL yyyy'), hour: fmt(middle, 'PPPP'), minute: fmt(middle, 'PPPP') }[level];
	return { level, ticks, context };
}
