/**
 * Local dates of honest precision, and the spans of time they stand for.
 *
 * A story writes "2019-12-10" when a source gives only the day. That is not
 * midnight: it is the whole day, from 00:00 to 24:00 in the story's zone. Every
 * date is therefore turned into a half-open span [start, end) of UTC
 * milliseconds, and everything downstream (ordering, scales, labels) works on
 * spans plus the precision, never on a made-up instant.
 */
import { TZDate } from '@date-fns/tz';
import { LOCAL_DATE_PATTERN } from '../story/vocabulary';

export type Precision = 'year' | 'month' | 'day' | 'hour' | 'minute';

export interface LocalDate {
	precision: Precision;
	year: number;
	/** 1–12 */
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
}

export interface Span {
	/** UTC milliseconds, inclusive. */
	start: number;
	/** UTC milliseconds, exclusive. */
	end: number;
}

const PRECISION_BY_PART_COUNT: Precision[] = ['year', 'month', 'day', 'hour', 'minute'];

/** Parses "2019", "2019-12", "2019-12-10", "2019-12-10T10" or "2019-12-10T10:57"; null if malformed or not a real calendar date. */
export function parseLocalDate(value: string): LocalDate | null {
	const match = LOCAL_DATE_PATTERN.exec(value);
	if (!match) return null;
	const parts = match.slice(1).filter((part) => part !== undefined).map(Number);
	const [year, month, day, hour, minute] = parts;
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
	if (hour !== undefined && hour > 23) return null;
	if (minute !== undefined && minute > 59) return null;
	return { precision: PRECISION_BY_PART_COUNT[parts.length - 1], year, month, day, hour, minute };
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The wall-clock instant `local` starts at, in `timeZone`. */
export function localDateStart(local: LocalDate, timeZone: string): TZDate {
	return new TZDate(local.year, (local.month ?? 1) - 1, local.day ?? 1, local.hour ?? 0, local.minute ?? 0, timeZone);
}

/** The first instant after `local`, i.e. the start of the next year/month/day/hour/minute in `timeZone`. */
export function localDateEnd(local: LocalDate, timeZone: string): TZDate {
	const { year, month = 1, day = 1, hour = 0, minute = 0 } = local;
	const next = {
		year: [year + 1, 0, 1, 0, 0],
		month: [year, month, 1, 0, 0],
		day: [year, month - 1, day + 1, 0, 0],
		hour: [year, month - 1, day, hour + 1, 0],
		minute: [year, month - 1, day, hour, minute + 1]
	}[local.precision] as [number, number, number, number, number];
	// TZDate normalises overflow (32 December → 1 January) in the given zone, DST included.
	return new TZDate(...next, timeZone);
}

export function localDateSpan(local: LocalDate, timeZone: string): Span {
	return { start: localDateStart(local, timeZone).getTime(), end: localDateEnd(local, timeZone).getTime() };
}

/** Parses and spans in one step; throws on malformed input (validated stories never hold any). */
export function spanOf(value: string, timeZone: string): Span {
	const local = parseLocalDate(value);
	if (!local) throw new Error(`Not a local date: "${value}"`);
	return localDateSpan(local, timeZone);
}

/**
 * Wall-clock milliseconds: the local date and time read as if it were UTC.
 * The timeline's axis works in wall time so that its ticks fall on the story
 * zone's midnights and hours (d3's UTC ticks then line up with local ones) and
 * its labels read in local time, whatever zone the reader's browser is in.
 */
export function wallSpan(local: LocalDate): Span {
	const { year, month = 1, day = 1, hour = 0, minute = 0 } = local;
	const start = Date.UTC(year, month - 1, day, hour, minute);
	const end = {
		year: () => Date.UTC(year + 1, 0, 1),
		month: () => Date.UTC(year, month, 1),
		day: () => Date.UTC(year, month - 1, day + 1),
		hour: () => Date.UTC(year, month - 1, day, hour + 1),
		minute: () => Date.UTC(year, month - 1, day, hour, minute + 1)
	}[local.precision]();
	return { start, end };
}
