/**
 * Which events touch the visible window, without looking at every event.
 * The track asks every animation frame, so the spans are indexed once per
 * story: sorted by start, with a max-tree over their ends. A query costs
 * O(log n) plus the number of spans it returns, however long the spans are
 * (a months-long period among minute-precise events costs nothing extra).
 */
import { bisectLeft, bisectRight } from 'd3-array';

export interface Span {
	start: number;
	end: number;
}

/**
 * A span index. Treat it as opaque: build it with `indexSpans` or
 * `indexSpanArrays` and query it with `spansTouching`.
 */
export interface SpanIndex {
	/** Original indices, in ascending start order (ties: ascending original index). */
	readonly order: Int32Array;
	/** `starts[k]` is the start of span `order[k]`. */
	readonly starts: Float64Array;
	/**
	 * Max-tree over the ends in start order: leaf `leaves + k` holds the end of
	 * span `order[k]`, each inner node the larger of its two children.
	 */
	readonly maxEnd: Float64Array;
	/** Number of leaves (a power of two, at least 1). */
	readonly leaves: number;
}

/**
 * Indexes spans in wall-clock ms (any order). A span needs `end >= start`;
 * one with `end < start` is treated as the point at its start. A span with a
 * NaN start or end touches nothing (as with a plain filter).
 */
export function indexSpans(spans: readonly Span[]): SpanIndex {
	const starts = new Float64Array(spans.length);
	const ends = new Float64Array(spans.length);
	for (let i = 0; i < spans.length; i++) {
		starts[i] = spans[i].start;
		ends[i] = spans[i].end;
	}
	return indexSpanArrays(starts, ends);
}

/** `indexSpans` for spans given as parallel arrays: span `i` is [starts[i], ends[i]]. */
export function indexSpanArrays(starts: ArrayLike<number>, ends: ArrayLike<number>): SpanIndex {
	if (starts.length !== ends.length) throw new RangeError(`${starts.length} starts but ${ends.length} ends`);
	const valid: number[] = [];
	for (let i = 0; i < starts.length; i++) {
		// NaN would make the sort inconsistent and the binary searches wrong; such a span touches nothing anyway.
		if (!Number.isNaN(starts[i]) && !Number.isNaN(ends[i])) valid.push(i);
	}
	valid.sort((a, b) => starts[a] - starts[b] || a - b);

	const count = valid.length;
	let leaves = 1;
	while (leaves < count) leaves *= 2;
	const order = Int32Array.from(valid);
	const sortedStarts = new Float64Array(count);
	// Padding leaves end at -Infinity so no query ever descends into them.
	const maxEnd = new Float64Array(2 * leaves).fill(-Infinity);
	for (let k = 0; k < count; k++) {
		const i = order[k];
		sortedStarts[k] = starts[i];
		maxEnd[leaves + k] = Math.max(starts[i], ends[i]);
	}
	for (let node = leaves - 1; node >= 1; node--) maxEnd[node] = Math.max(maxEnd[2 * node], maxEnd[2 * node + 1]);
	return { order, starts: sortedStarts, maxEnd, leaves };
}

/**
 * Indices (into the original array) of the spans touching [from, to], that is
 * with `start <= to && end >= from` (both ends inclusive), in ascending start
 * order, ties in ascending index. Empty when `from > to`.
 *
 * Spans starting inside the window are one contiguous run of the sorted
 * order, found by binary search. Spans starting before it are found by
 * walking down the max-tree only where some end reaches `from`, so they cost
 * O(log n) each, and the many short spans that ended earlier cost nothing.
 */
export function spansTouching(index: SpanIndex, from: number, to: number): number[] {
	if (!(from <= to)) return [];
	const { order, starts } = index;
	const firstInside = bisectLeft(starts, from);
	const firstAfter = bisectRight(starts, to);
	const out: number[] = [];
	// Spans that begin before `from` come first in start order; keep those still running at `from`.
	if (firstInside > 0) collectReaching(index, 1, 0, index.leaves, firstInside, from, out);
	for (let k = firstInside; k < firstAfter; k++) out.push(order[k]);
	return out;
}

/** Appends, in sorted order, spans at sorted positions [nodeStart, limit) under `node` whose end is >= `from`. */
function collectReaching(index: SpanIndex, node: number, nodeStart: number, nodeSize: number, limit: number, from: number, out: number[]): void {
	if (nodeStart >= limit || index.maxEnd[node] < from) return;
	if (nodeSize === 1) {
		out.push(index.order[nodeStart]);
		return;
	}
	const half = nodeSize / 2;
	collectReaching(index, 2 * node, nodeStart, half, limit, from, out);
	collectReaching(index, 2 * node + 1, nodeStart + half, half, limit, from, out);
}
