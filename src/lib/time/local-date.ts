/**
 * Local dates of honest precision, and the spans of time they stand for.
 *
 * A story writes "2019-12-10" when a source gives only the day. That is not
 * midnight: it is the whole day, from 00:00 to 24:00 in the story's zone. Every
 * date is therefore turned into a half-open span [start, end) of UTC
 * milliseconds, and everything downstream (ordering, scales, labels) works on
 * spans plus the precision, never on a made-up instant.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { LOCAL_DATE_PATTERN, PARTS_OF_DAY, type PartOfDay } from '../story/vocabulary';

/** `part`: a named part of a day ("morning"), between a day and an hour. */
export type Precision = 'year' | 'month' | 'day' | 'part' | 'hour' | 'minute';
export type { PartOfDay };

export interface LocalDate {
	precision: Precision;
	year: number;
	/** 1–12 */
	month?: number;
	day?: number;
	hour?: number;
	minute?: number;
	/** For precision `part`: which part of the day. */
	part?: PartOfDay;
	/** Minutes east of UTC, when the story wrote one (`…T01:30+01:00`) to say which of two equal wall times it means. */
	offset?: number;
}

export interface Span {
	/** UTC milliseconds, inclusive. */
	start: number;
	/** UTC milliseconds, exclusive. */
	end: number;
}

const PRECISION_BY_PART_COUNT: Precision[] = ['year', 'month', 'day', 'hour', 'minute'];

/** Coarse to fine: a part of a day is finer than the day, coarser than an hour. */
export const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'part', 'hour', 'minute'];

/** Parses "2019", "2019-12", "2019-12-10", "2019-12-10T10" or "2019-12-10T10:57[+01:00]"; null if malformed or not a real calendar date. */
export function parseLocalDate(value: string): LocalDate | null {
	const match = LOCAL_DATE_PATTERN.exec(value);
	if (!match) return null;
	const parts = match
		.slice(1, 6)
		.filter((part) => part !== undefined)
		.map(Number);
	const [year, month, day, hour, minute] = parts;
	if (month !== undefined && (month < 1 || month > 12)) return null;
	if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
	if (hour !== undefined && hour > 23) return null;
	if (minute !== undefined && minute > 59) return null;
	const local: LocalDate = { precision: PRECISION_BY_PART_COUNT[parts.length - 1], year, month, day, hour, minute };
	if (match[7] !== undefined) {
		local.precision = 'part';
		local.part = match[7] as PartOfDay;
	}
	if (match[6] !== undefined) {
		const offset = parseOffset(match[6]);
		if (offset === null) return null;
		local.offset = offset;
	}
	return local;
}

/** "Z", "+01:00", "-05:30" as minutes east of UTC; null beyond ±14:00 or past :59. */
function parseOffset(value: string): number | null {
	if (value === 'Z') return 0;
	const [hours, minutes] = value.slice(1).split(':').map(Number);
	if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
	return (value[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The wall-clock instant `local` starts at, in `timeZone`. */
export function localDateStart(local: LocalDate, timeZone: string): TZDate {
	const wall = wallSpan(local).start;
	const instant = local.offset !== undefined ? wall - local.offset * MINUTE : instantOfWall(wall, timeZone);
	return new TZDate(instant, timeZone);
}

/** The first instant after `local`, i.e. the start of the next year/month/day/hour/minute in `timeZone`. */
export function localDateEnd(local: LocalDate, timeZone: string): TZDate {
	const { start, end } = wallSpan(local);
	const instant = local.offset !== undefined ? end - start + localDateStart(local, timeZone).getTime() : instantOfWall(end, timeZone);
	return new TZDate(instant, timeZone);
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The zone's offset (minutes east of UTC) at an instant. */
function offsetAt(timeZone: string, instant: number): number {
	return tzOffset(timeZone, new Date(instant));
}

/**
 * The instants a wall-clock time (as UTC ms) names in `timeZone`: one on most
 * days, none in the hour the clocks go forward, two in the hour they go back.
 * The offsets a day either side are the only ones in play (zones change at
 * most once in two days).
 */
export function instantsOfWall(wall: number, timeZone: string): { instants: number[]; offsets: [number, number] } {
	const before = offsetAt(timeZone, wall - DAY);
	const after = offsetAt(timeZone, wall + DAY);
	const instants = [...new Set([before, after])]
		.map((offset) => ({ offset, instant: wall - offset * MINUTE }))
		.filter(({ offset, instant }) => offsetAt(timeZone, instant) === offset)
		.map(({ instant }) => instant)
		.sort((a, b) => a - b);
	return { instants, offsets: [before, after] };
}

/**
 * One instant for a wall-clock time: the first of two in the hour the clocks
 * go back (as Temporal's "compatible" rule); in the hour they go forward, the
 * clock time read with the offset before the change (validation refuses those).
 */
function instantOfWall(wall: number, timeZone: string): number {
	const { instants, offsets } = instantsOfWall(wall, timeZone);
	return instants[0] ?? wall - offsets[0] * MINUTE;
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
	const { year, month = 1, day = 1, minute = 0 } = local;
	const hour = local.precision === 'part' ? PARTS_OF_DAY[local.part!].from : (local.hour ?? 0);
	const start = Date.UTC(year, month - 1, day, hour, minute);
	const end = {
		year: () => Date.UTC(year + 1, 0, 1),
		month: () => Date.UTC(year, month, 1),
		day: () => Date.UTC(year, month - 1, day + 1),
		part: () => Date.UTC(year, month - 1, day, PARTS_OF_DAY[local.part!].to),
		hour: () => Date.UTC(year, month - 1, day, hour + 1),
		minute: () => Date.UTC(year, month - 1, day, hour, minute + 1)
	}[local.precision]();
	return { start, end };
}

/** The local date of `instant` in `timeZone`, at `precision` (hour or finer: a time read on another zone's clock). */
export function localDateAt(instant: number, timeZone: string, precision: 'hour' | 'minute'): LocalDate {
	const date = new TZDate(instant, timeZone);
	const local: LocalDate = { precision, year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours() };
	if (precision === 'minute') local.minute = date.getMinutes();
	return local;
}
