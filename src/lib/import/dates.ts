/**
 * Input dates → local date strings whose form is their precision. A date is
 * exactly as precise as the parts the input gives: a year alone stays "1850",
 * never 1 January 1850. Nothing is filled in; whatever cannot be kept is
 * reported.
 */
import type { When } from '../story/schema';
import { parseLocalDate, spanOf, type Span } from '../time/local-date';
import { localDateProblem, MIN_YEAR } from '../story/date-rules';
import { asText, quoted, type Warn } from './common';

/** Date parts as TimelineJS holds them: numbers or strings, "" for absent. */
export interface DateParts {
	year?: unknown;
	month?: unknown;
	day?: unknown;
	hour?: unknown;
	minute?: unknown;
	second?: unknown;
	millisecond?: unknown;
}

const PART_ORDER = ['month', 'day', 'hour', 'minute'] as const;
const PART_LIMITS: Record<(typeof PART_ORDER)[number], [number, number]> = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59] };

/**
 * A date read from parts: the date, or null and why not. No `problem` means
 * there was no year at all, which the caller words ("it has no date").
 * A problem is a clause about the value, such as `"0500" is in the year 500;
 * years before 1000 are not supported`.
 */
export type PartsDate = { date: string; problem?: undefined } | { date: null; problem?: string };

/** "1,850" (a spreadsheet's thousands separator) → 1850; null for anything but a whole number. */
function wholeNumber(value: unknown): number | null {
	const text = asText(value).replace(/[\s,]+/g, '');
	return /^-?\d+$/.test(text) ? Number(text) : null;
}

function present(value: unknown): boolean {
	return asText(value) !== '';
}

/**
 * "1850", "1850-03", "1850-03-20", "1850-03-20T10" or "1850-03-20T10:05" from
 * the parts present, stopping at the first missing one, if the format can
 * hold it in `timeZone` (story/date-rules.ts: from the year 1000 on, a time
 * the clocks showed). A part that cannot be kept is dropped with a warning.
 */
export function localDateFromParts(parts: DateParts, timeZone: string, where: string, warn: Warn): PartsDate {
	if (!present(parts.year)) return { date: null };
	const year = wholeNumber(parts.year);
	if (year === null) return { date: null, problem: `${quoted(asText(parts.year))} is not a year` };
	if (year < 0 || year > 9999) {
		return { date: null, problem: `${quoted(asText(parts.year))} is not a year the format holds: years ${year < 0 ? `before ${MIN_YEAR}` : 'after 9999'} are not supported` };
	}
	let date = String(year).padStart(4, '0');
	let stoppedAt: string | undefined;
	for (const name of PART_ORDER) {
		if (!present(parts[name])) {
			stoppedAt ??= name;
			continue;
		}
		if (stoppedAt) {
			warn(where, `${name} ${quoted(asText(parts[name]))} dropped because the ${stoppedAt} is missing; the date stays ${quoted(date)}`);
			break;
		}
		const value = wholeNumber(parts[name]);
		const [min, max] = PART_LIMITS[name];
		const next = value === null ? null : `${date}${separatorBefore(name)}${String(value).padStart(2, '0')}`;
		if (value === null || value < min || value > max || !next || !parseLocalDate(next)) {
			warn(where, `${name} ${quoted(asText(parts[name]))} is not a valid ${name}; the date stays ${quoted(date)}`);
			break;
		}
		date = next;
	}
	// The format's own rules, so that a row it cannot hold is skipped rather than refused with the whole story.
	const problem = localDateProblem(date, timeZone);
	if (problem?.severity === 'error') return { date: null, problem: problem.message };
	warnAboutSeconds(parts, date, where, warn);
	return { date };
}

function separatorBefore(part: (typeof PART_ORDER)[number]): string {
	return part === 'hour' ? 'T' : part === 'minute' ? ':' : '-';
}

/** The format stops at minutes; a second or millisecond value is a loss worth saying. */
function warnAboutSeconds(parts: DateParts, date: string, where: string, warn: Warn) {
	const seconds = [parts.second, parts.millisecond].filter(present).map(asText);
	if (seconds.some((value) => Number(value) !== 0)) {
		warn(where, `seconds dropped (${seconds.join('.')}); the format is precise to the minute at most, so the date is ${quoted(date)}`);
	}
}

/** A clock time from a spreadsheet cell: "10", "10:57", "10:57:30", "3:05 PM", "1057". Null if unreadable. */
export function partsOfTime(text: string): Pick<DateParts, 'hour' | 'minute' | 'second'> | null {
	const match = /^(\d{1,2})(?:[:.h]?(\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(text.trim());
	if (!match) return null;
	let hour = Number(match[1]);
	const period = match[4]?.toLowerCase();
	if (period && (hour < 1 || hour > 12)) return null;
	if (period === 'p' && hour !== 12) hour += 12;
	if (period === 'a' && hour === 12) hour = 0;
	return { hour, minute: match[2] ?? '', second: match[3] ?? '' };
}

/**
 * A date typed into a spreadsheet: ISO-like forms only ("2019", "2019-12",
 * "2019-12-10", "2019-12-10 10:57", "2019/12/10"). "10/12/2019" is refused:
 * day-first or month-first cannot be told apart, and a guessed date is worse
 * than none. So is a UTC offset: the story's dates are local wall-clock times.
 */
export function partsOfDateText(text: string): DateParts | null {
	const match = /^(-?\d{1,4})(?:[-/](\d{1,2})(?:[-/](\d{1,2})(?:(?:T|\s+)(\d{1,2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?)?$/.exec(text.trim());
	if (!match) return null;
	const [, year, month = '', day = '', hour = '', minute = '', second = ''] = match;
	return { year, month, day, hour, minute, second };
}

/**
 * A point when there is no end (or it is the same date), else a range. An end
 * before the start is dropped with a warning rather than swapped: which of the
 * two is wrong is not ours to guess.
 */
export function whenFromDates(start: string, end: string | null, label: string | undefined, timeZone: string, endWhere: string, warn: Warn): When {
	if (!end || end === start) return start;
	if (spanOf(end, timeZone).end <= spanOf(start, timeZone).start) {
		warn(endWhere, `end ${quoted(end)} is before the start ${quoted(start)}; the end was dropped`);
		return start;
	}
	return label ? { from: start, to: end, label } : { from: start, to: end };
}

/** The start of a `when`, as a span in `timeZone`. */
export function startSpan(when: When, timeZone: string): Span {
	return spanOf(typeof when === 'string' ? when : when.from, timeZone);
}

/** The end of a `when`, as a span in `timeZone`. */
export function endSpan(when: When, timeZone: string): Span {
	return spanOf(typeof when === 'string' ? when : when.to, timeZone);
}

/** The smallest range {from, to} holding every `when`: its earliest start and latest end. */
export function coveringRange(whens: readonly When[], timeZone: string): { from: string; to: string } {
	// Imports repeat dates a lot, and each span costs a time-zone lookup: one per distinct date.
	const spans = new Map<string, Span>();
	const spanOfDate = (date: string) => spans.get(date) ?? spans.set(date, spanOf(date, timeZone)).get(date)!;
	const starts = whens.map((when) => (typeof when === 'string' ? when : when.from));
	const ends = whens.map((when) => (typeof when === 'string' ? when : when.to));
	const from = starts.reduce((a, b) => (spanOfDate(b).start < spanOfDate(a).start ? b : a));
	const to = ends.reduce((a, b) => (spanOfDate(b).end > spanOfDate(a).end ? b : a));
	return { from, to };
}
