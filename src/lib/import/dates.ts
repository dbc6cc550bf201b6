/**
 * Input dates → local date strings whose form is their precision. A date is
 * exactly as precise as the parts the input gives: a year alone stays "1850",
 * never 1 January 1850. Nothing is filled in; whatever cannot be kept is
 * reported.
 */
import type { When } from '../story/schema';
import { parseLocalDate, spanOf, type Span } from '../time/local-date';
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
/** The date model reads two-digit years as 19xx (a JavaScript Date legacy), so very early years cannot be kept. */
const EARLIEST_YEAR = 100;

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
 * the parts present, stopping at the first missing one. Null (with a warning)
 * when there is no usable year.
 */
export function localDateFromParts(parts: DateParts, where: string, warn: Warn): string | null {
	if (!present(parts.year)) return null;
	const year = wholeNumber(parts.year);
	if (year === null || year < EARLIEST_YEAR || year > 9999) {
		warn(where, `year ${quoted(asText(parts.year))} cannot be used: only years ${EARLIEST_YEAR}–9999 are supported`);
		return null;
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
	warnAboutSeconds(parts, date, where, warn);
	return date;
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
