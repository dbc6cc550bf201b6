/**
 * An event's `when`, resolved against the story's time zone, and the order of
 * events whose dates have different precision.
 *
 * Ordering rule (tested in tests/unit/when.test.ts):
 * 1. earlier start first: a day-precision "10 December" starts at 00:00 and so
 *    opens its day, before the minutes of that day;
 * 2. on the same start, the coarser span first (the enclosing period opens
 *    before what happens inside it);
 * 3. otherwise the order of the story file, so authors keep the last word.
 *
 * An event may say it came `after` another when its own date is too coarse
 * to show it (a day-precision reaction to a post at 10:57). It then sorts as
 * if it started just (1 ms) after that event's sort start, or at its own start
 * if that is later; chains work the same way. The date shown never changes.
 */
import type { When } from '../story/schema';
import { localDateSpan, parseLocalDate, type LocalDate, type Precision, type Span } from './local-date';

export interface ResolvedPoint extends Span {
	kind: 'point';
	precision: Precision;
	local: LocalDate;
}

export interface ResolvedRange extends Span {
	kind: 'range';
	from: LocalDate;
	to: LocalDate;
	label?: string;
}

export type ResolvedWhen = ResolvedPoint | ResolvedRange;

export function resolveWhen(when: When, timeZone: string): ResolvedWhen {
	if (typeof when === 'string') {
		const local = mustParse(when);
		return { kind: 'point', precision: local.precision, local, ...localDateSpan(local, timeZone) };
	}
	const from = mustParse(when.from);
	const to = mustParse(when.to);
	return {
		kind: 'range',
		from,
		to,
		label: when.label,
		start: localDateSpan(from, timeZone).start,
		end: localDateSpan(to, timeZone).end
	};
}

function mustParse(value: string): LocalDate {
	const local = parseLocalDate(value);
	if (!local) throw new Error(`Not a local date: "${value}"`);
	return local;
}

export function compareSpans(a: Span, b: Span): number {
	return a.start - b.start || b.end - a.end;
}

/**
 * Sort spans that honour order links: each item's start is raised to just
 * after the latest sort start of the events it follows (story/order-links.ts). Links are assumed acyclic (the
 * validator checks); a cycle is cut where it closes.
 */
export function orderSpans<T>(items: readonly T[], idOf: (item: T) => string, spanOf: (item: T) => Span, afterOf: (item: T) => readonly string[] | string | undefined): Map<string, Span> {
	const byId = new Map(items.map((item) => [idOf(item), item]));
	const result = new Map<string, Span>();
	const visiting = new Set<string>();
	const resolve = (id: string): Span => {
		const known = result.get(id);
		if (known) return known;
		const item = byId.get(id)!;
		const own = spanOf(item);
		const after = afterOf(item);
		visiting.add(id);
		// The latest sort start among what it followed.
		let latest = -Infinity;
		for (const before of typeof after === 'string' ? [after] : (after ?? [])) {
			if (byId.has(before) && !visiting.has(before)) latest = Math.max(latest, resolve(before).start);
		}
		visiting.delete(id);
		const span = latest + 1 > own.start ? { start: latest + 1, end: Math.max(own.end, latest + 1) } : own;
		result.set(id, span);
		return span;
	};
	for (const item of items) resolve(idOf(item));
	return result;
}

/**
 * Sorts items by their resolved time with the rule above. Returns a new array;
 * `Array.prototype.sort` is stable, which gives rule 3.
 */
export function sortByTime<T>(items: readonly T[], spanOf: (item: T) => Span): T[] {
	return items
		.map((item) => ({ item, span: spanOf(item) }))
		.sort((a, b) => compareSpans(a.span, b.span))
		.map(({ item }) => item);
}
