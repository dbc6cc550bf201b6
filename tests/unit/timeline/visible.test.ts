import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexSpanArrays, indexSpans, spansTouching, type Span } from '../../../src/lib/timeline/visible';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const utc = (iso: string) => Date.parse(`${iso}Z`);

/** What the track did before: filter every span, then order by start (ties by index). */
function naive(spans: readonly Span[], from: number, to: number): number[] {
	return spans
		.map((span, index) => ({ span, index }))
		.filter(({ span }) => span.start <= to && span.end >= from)
		.sort((a, b) => a.span.start - b.span.start || a.index - b.index)
		.map(({ index }) => index);
}

const span = (start: number, end = start): Span => ({ start, end });

describe('spans touching a window', () => {
	it('finds points inside the window, in start order, from unsorted input', () => {
		const spans = [span(50), span(10), span(30), span(90), span(20)];
		expect(spansTouching(indexSpans(spans), 15, 60)).toEqual([4, 2, 0]);
	});

	it('includes both ends of the window', () => {
		const spans = [span(10), span(20), span(9), span(21), span(0, 10), span(20, 30)];
		expect(spansTouching(indexSpans(spans), 10, 20)).toEqual([4, 0, 1, 5]);
	});

	it('orders spans that start together by their index', () => {
		const spans = [span(5, 9), span(5), span(1, 100), span(5, 6)];
		expect(spansTouching(indexSpans(spans), 4, 7)).toEqual([2, 0, 1, 3]);
	});

	it('finds a months-long span that starts well before the window and ends inside or after it', () => {
		const war = { start: utc('2019-03-01T00:00'), end: utc('2019-09-30T00:00') };
		const siege = { start: utc('2019-05-01T00:00'), end: utc('2019-06-15T12:00') };
		const minutes = Array.from({ length: 500 }, (_, i) => span(utc('2019-06-15T09:00') + i * MINUTE));
		const spans = [...minutes, war, siege];
		const index = indexSpans(spans);

		// A half-hour window in the middle of the minute-precise events.
		const from = utc('2019-06-15T10:00');
		const to = utc('2019-06-15T10:30');
		const found = spansTouching(index, from, to);
		expect(found.slice(0, 2)).toEqual([500, 501]);
		expect(found.slice(2)).toEqual(Array.from({ length: 31 }, (_, i) => 60 + i));

		// After the siege ended, only the war and nothing else is still running.
		expect(spansTouching(index, utc('2019-07-01T00:00'), utc('2019-07-02T00:00'))).toEqual([500]);
	});

	it('leaves out long spans that ended before the window', () => {
		const spans = [span(0, 10 * DAY), span(DAY, 2 * DAY), span(20 * DAY), span(30 * DAY, 40 * DAY)];
		expect(spansTouching(indexSpans(spans), 11 * DAY, 25 * DAY)).toEqual([2]);
	});

	it('is empty for an empty story, a window before or after everything, or a reversed window', () => {
		expect(spansTouching(indexSpans([]), 0, 100)).toEqual([]);
		const index = indexSpans([span(10, 20), span(30)]);
		expect(spansTouching(index, 0, 9)).toEqual([]);
		expect(spansTouching(index, 31, 100)).toEqual([]);
		expect(spansTouching(index, 20, 10)).toEqual([]);
		expect(spansTouching(index, Number.NaN, 100)).toEqual([]);
	});

	it('finds everything in an unbounded window', () => {
		const spans = [span(3), span(1, 2), span(-5, 50)];
		expect(spansTouching(indexSpans(spans), -Infinity, Infinity)).toEqual([2, 1, 0]);
	});

	it('treats a span that ends before it starts as the point at its start, and one with NaN as touching nothing', () => {
		const spans = [span(10, 5), span(Number.NaN, 5), span(3, Number.NaN), span(7)];
		const index = indexSpans(spans);
		expect(spansTouching(index, 6, 10)).toEqual([3, 0]);
		expect(spansTouching(index, 6, 9)).toEqual([3]);
		expect(spansTouching(index, -Infinity, Infinity)).toEqual([3, 0]);
	});

	it('accepts parallel arrays, with the same answers as objects', () => {
		const starts = [40, 0, 25, 25];
		const ends = [45, 30, 26, 25];
		const fromArrays = indexSpanArrays(starts, ends);
		const fromObjects = indexSpans(starts.map((start, i) => ({ start, end: ends[i] })));
		for (const [from, to] of [
			[0, 100],
			[26, 40],
			[27, 39],
			[30, 30]
		]) {
			expect(spansTouching(fromArrays, from, to)).toEqual(spansTouching(fromObjects, from, to));
		}
		expect(spansTouching(fromArrays, 26, 40)).toEqual([1, 2, 0]);
		expect(() => indexSpanArrays([1, 2], [3])).toThrow(RangeError);
	});

	it('can be queried many times (the index is not consumed)', () => {
		const index = indexSpans([span(1, 5), span(2)]);
		expect(spansTouching(index, 3, 4)).toEqual([0]);
		expect(spansTouching(index, 3, 4)).toEqual([0]);
		expect(spansTouching(index, 0, 10)).toEqual([0, 1]);
	});
});

describe('spans touching a window agree with a plain filter', () => {
	/** Mostly short spans on a small grid (so boundaries coincide), some long ones, some points. */
	const spanArb = fc
		.tuple(fc.integer({ min: -1000, max: 1000 }), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3000 })))
		.map(([start, length]) => span(start, start + length));
	const windowArb = fc.tuple(fc.integer({ min: -1500, max: 1500 }), fc.integer({ min: 0, max: 3000 })).map(([from, width]) => [from, from + width] as const);

	it('for random spans and windows', () => {
		fc.assert(
			fc.property(fc.array(spanArb, { maxLength: 200 }), fc.array(windowArb, { minLength: 1, maxLength: 10 }), (spans, windows) => {
				const index = indexSpans(spans);
				for (const [from, to] of windows) expect(spansTouching(index, from, to)).toEqual(naive(spans, from, to));
			}),
			{ numRuns: 300 }
		);
	});

	it('for windows whose ends sit exactly on span starts and ends', () => {
		fc.assert(
			fc.property(fc.array(spanArb, { minLength: 1, maxLength: 100 }), fc.nat(), fc.nat(), (spans, a, b) => {
				const edges = spans.flatMap((s) => [s.start, s.end]);
				const x = edges[a % edges.length];
				const y = edges[b % edges.length];
				const [from, to] = x <= y ? [x, y] : [y, x];
				expect(spansTouching(indexSpans(spans), from, to)).toEqual(naive(spans, from, to));
			}),
			{ numRuns: 300 }
		);
	});

	it('for realistic wall-clock spans: minute-precise events among month-long periods', () => {
		const origin = utc('2020-01-01T00:00');
		const eventArb = fc.oneof(
			{ weight: 8, arbitrary: fc.integer({ min: 0, max: 365 * 24 * 60 }).map((m) => span(origin + m * MINUTE)) },
			{
				weight: 2,
				arbitrary: fc.tuple(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 1, max: 120 })).map(([d, length]) => span(origin + d * DAY, origin + (d + length) * DAY))
			}
		);
		const windowArb2 = fc
			.tuple(fc.integer({ min: -10, max: 380 * 24 }), fc.integer({ min: 30, max: 400 * 24 * 60 }))
			.map(([h, minutes]) => [origin + h * HOUR, origin + h * HOUR + minutes * MINUTE] as const);
		fc.assert(
			fc.property(fc.array(eventArb, { maxLength: 300 }), windowArb2, (spans, [from, to]) => {
				expect(spansTouching(indexSpans(spans), from, to)).toEqual(naive(spans, from, to));
			}),
			{ numRuns: 200 }
		);
	});
});
