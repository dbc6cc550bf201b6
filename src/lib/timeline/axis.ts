/**
 * Axis ticks for a window of wall-clock time (see time/local-date.ts `wallSpan`).
 * d3 picks the tick interval for the zoom level; we name the level so labels
 * can say as much as that level needs: years, months, days, hours, minutes.
 *
 * Labels come from the platform's `Intl.DateTimeFormat`, so the client bundle
 * carries no date library or locale data. Axis values are wall-clock ms (the
 * story's local time stored as if it were UTC), so every formatter reads them
 * in UTC: no DST gaps or repeats, whatever zone the reader is in.
 */
import { utcTicks } from 'd3-time';
import { timeScale, type TimeScale } from './scale';

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

/** Used when the story's language tag is malformed or not supported by the platform. */
export const FALLBACK_LANGUAGE = 'en-GB';

/** The finest unit among the tick values, from their spacing. */
export function levelOfStep(step: number): TickLevel {
	if (step >= 360 * DAY) return 'year';
	if (step >= 28 * DAY) return 'month';
	if (step >= DAY) return 'day';
	if (step >= HOUR) return 'hour';
	return 'minute';
}

/** The label shapes the axis uses (named after the date-fns patterns they replace). */
export const PATTERNS = {
	/** 'yyyy' */
	year: { year: 'numeric' },
	/** 'LLL' */
	month: { month: 'short' },
	/** 'LLL yyyy' */
	monthYear: { month: 'short', year: 'numeric' },
	/** 'd LLL' */
	dayMonth: { day: 'numeric', month: 'short' },
	/**
	 * 'p': the locale's short time (en-GB 09:05 / 14:05, de 09:05, en-US 9:05 AM / 2:05 PM).
	 * `timeStyle: 'short'` rather than `{ hour: 'numeric', minute: '2-digit' }`: the latter
	 * drops the leading zero in 24-hour locales (en-GB "9:05"), which 'p' never did.
	 */
	time: { timeStyle: 'short' },
	/** 'LLLL yyyy' */
	longMonthYear: { month: 'long', year: 'numeric' },
	/** 'PPP' */
	longDate: { day: 'numeric', month: 'long', year: 'numeric' },
	/** 'PPPP' */
	fullDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type Pattern = keyof typeof PATTERNS;

/**
 * One formatter per (language, pattern), built on first use: constructing
 * Intl.DateTimeFormat is far more expensive than formatting, and axisTicks runs
 * on every animation frame while zooming.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, pattern: Pattern): Intl.DateTimeFormat {
	const key = `${language}\u0000${pattern}`;
	let cached = formatters.get(key);
	if (!cached) {
		// Gregorian always: tick positions (d3 utcTicks, majors at 1 January / the 1st) are
		// Gregorian, so a locale whose default calendar differs (th, fa, …) must not relabel them.
		const options: Intl.DateTimeFormatOptions = { ...PATTERNS[pattern], timeZone: 'UTC', calendar: 'gregory' };
		try {
			// The list makes a well-formed but unsupported tag fall back to en-GB, not to the runtime default.
			cached = new Intl.DateTimeFormat([language, FALLBACK_LANGUAGE], options);
		} catch {
			// Malformed tag (RangeError), or not a string at all: labels must not take the timeline down.
			cached = new Intl.DateTimeFormat(FALLBACK_LANGUAGE, options);
		}
		formatters.set(key, cached);
	}
	return cached;
}

/** A wall-clock instant in one of the axis's patterns (the segmented scale's row labels). */
export function formatWall(value: number, pattern: Pattern, language: string): string {
	return formatter(language, pattern).format(value);
}

/** Two wall-clock instants as one range in a pattern ("20–25 November 2023"), the segmented scale's longer rows. */
export function formatWallRange(from: number, to: number, pattern: Pattern, language: string): string {
	return formatter(language, pattern).formatRange(from, Math.max(from, to));
}

/**
 * Builds the formatters the axis uses (and loads the platform's locale data)
 * ahead of the first zoom or pan, which would otherwise pay for it in its
 * first frame. The page calls this when it is idle after loading.
 */
export function prepareAxisFormatters(language: string): void {
	for (const pattern of Object.keys(PATTERNS) as Pattern[]) formatter(language, pattern);
}

/**
 * Labels already written, keyed as axisTicks asks for them (`labelKey`): the
 * server formats the opening window's and ships them with the timeline's data
 * (data.ts), so that the page starts without building an Intl.DateTimeFormat
 * (the first one costs more than the rest of the axis) until the reader zooms
 * or pans somewhere else.
 */
export type AxisLabels = Record<string, string>;

/** The key of a label in AxisLabels: its pattern and instant, or the two ends of a range. */
const labelKey = (pattern: Pattern, value: number, to?: number) => (to === undefined ? `${pattern} ${value}` : `${pattern} ${value} ${to}`);

type Labeller = (pattern: Pattern, make: () => string, value: number, to?: number) => string;

/**
 * One tick label per pixel budget: about one tick per `spacing` px.
 * `language` is the story's BCP 47 tag (e.g. 'en-GB', 'de', 'en-US'); an invalid or
 * unsupported tag falls back to en-GB. `known` labels are used instead of formatting them.
 */
export function axisTicks(scale: TimeScale, language: string, spacing = 90, known?: AxisLabels): AxisTicks {
	return ticksOf(scale, language, spacing, (pattern, make, value, to) => known?.[labelKey(pattern, value, to)] ?? make());
}

/** Tick counts the seed covers: a track up to 16 ticks wide (1,536 px at 96 px a tick). */
const SEEDED_COUNTS = 16;

/**
 * Every label axisTicks writes for `domain` at any track width (any tick
 * count up to SEEDED_COUNTS), for the timeline's data: the page's opening
 * window is the same at every width, its ticks are not.
 */
export function axisLabelsFor(domain: readonly [number, number], language: string): AxisLabels {
	const labels: AxisLabels = {};
	const record: Labeller = (pattern, make, value, to) => (labels[labelKey(pattern, value, to)] ??= make());
	for (let count = 2; count <= SEEDED_COUNTS; count++) ticksOf(timeScale([domain[0], domain[1]], [0, count]), language, 1, record);
	return labels;
}

function ticksOf(scale: TimeScale, language: string, spacing: number, labelled: Labeller): AxisTicks {
	const domain = scale.domain;
	const width = Math.abs(scale.range[1] - scale.range[0]);
	// d3-time picks the interval (1 minute … 1 year) that gives about the wanted count.
	const values = utcTicks(new Date(domain[0]), new Date(domain[1]), Math.max(2, Math.floor(width / spacing))).map((d) => d.getTime());
	const x = scale;
	const step = values.length > 1 ? values[1] - values[0] : domain[1] - domain[0];
	const level = levelOfStep(step);
	const fmt = (value: number, pattern: Pattern) => labelled(pattern, () => formatter(language, pattern).format(value), value);
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
				return fmt(value, 'year');
			case 'month':
				return major ? fmt(value, 'year') : fmt(value, 'month');
			case 'day':
				return major ? fmt(value, 'monthYear') : fmt(value, 'dayMonth');
			default:
				return major ? fmt(value, 'dayMonth') : fmt(value, 'time');
		}
	};
	const ticks = values.map((value) => {
		const major = isMajor(value);
		return { value, x: x(value), label: label(value, major), major };
	});
	// The larger unit the window lies in; a window across two of them names both ends ("10–12 December 2019"), never just its middle.
	const unit: Pattern = level === 'month' || level === 'year' ? 'year' : level === 'day' ? 'longMonthYear' : 'fullDate';
	// Years name the years they run from and to.
	const first = fmt(domain[0], level === 'year' ? 'year' : unit);
	const sameUnit = level !== 'year' && first === fmt(domain[1] - 1, unit);
	const rangePattern: Pattern = level === 'year' ? 'year' : unit === 'fullDate' ? 'longDate' : unit;
	const context = sameUnit ? first : labelled(rangePattern, () => formatter(language, rangePattern).formatRange(domain[0], domain[1] - 1), domain[0], domain[1] - 1);
	return { level, ticks, context };
}
