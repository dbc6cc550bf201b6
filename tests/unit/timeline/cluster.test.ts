import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterForDisplay, defaultMaxSingles, CELL_PX, type ClusterInput, type Display } from '../../../src/lib/timeline/cluster';
import { indexSpans, spansTouching } from '../../../src/lib/timeline/visible';

/** A point-like item at `x` (or a span from x to x1), with index = its position unless given. */
const item = (index: number, x0: number, x1 = x0, key = false): ClusterInput => ({ index, x0, x1, key });

/** Items in the order the track passes them: by x0, index breaking ties. */
const byX0 = (items: ClusterInput[]) => [...items].sort((a, b) => a.x0 - b.x0 || a.index - b.index);

const centre = (i: ClusterInput) => (i.x0 + i.x1) / 2;

/** Which items went together, independent of px: each display's members and its cell. */
const membership = (displays: Display[]) => displays.map((d) => (d.type === 'single' ? { single: d.index } : { cluster: d.indices, cell: d.cell }));

/** The px where a display sits for ordering: a single's x0, a cluster's smallest member centre. */
const leftEdge = (d: Display, items: readonly ClusterInput[]) => (d.type === 'cluster' ? d.x0 : items.find((i) => i.index === d.index)!.x0);

const countOf = (displays: Display[]) => displays.reduce((sum, d) => sum + (d.type === 'cluster' ? d.count : 1), 0);

describe('small stories are drawn event by event', () => {
	it('returns every item as a single, in input order, up to maxSingles', () => {
		// Deliberately unsorted and piled up: nothing is regrouped or reordered.
		const items = Array.from({ length: 60 }, (_, i) => item(100 + i, (i * 37) % 50, ((i * 37) % 50) + 1, i % 7 === 0));
		expect(clusterForDisplay(items, { width: 300 })).toEqual(items.map((i) => ({ type: 'single', index: i.index })));
	});

	it('defaults maxSingles to one item per 8 px, and never fewer than 60', () => {
		expect(defaultMaxSingles(300)).toBe(60);
		expect(defaultMaxSingles(480)).toBe(60);
		expect(defaultMaxSingles(1280)).toBe(160);
		expect(defaultMaxSingles(1287)).toBe(160);

		const pile = (n: number) => Array.from({ length: n }, (_, i) => item(i, 100));
		expect(clusterForDisplay(pile(160), { width: 1280 })).toHaveLength(160);
		expect(clusterForDisplay(pile(161), { width: 1280 })).toEqual([{ type: 'cluster', indices: pile(161).map((i) => i.index), x: 100, x0: 100, x1: 100, count: 161, cell: 3 }]);
	});

	it('honours an explicit maxSingles', () => {
		const pair = [item(0, 10), item(1, 12)];
		expect(clusterForDisplay(pair, { width: 1000, maxSingles: Infinity })).toHaveLength(2);
		expect(clusterForDisplay(pair, { width: 1000, maxSingles: 1 })).toEqual([{ type: 'cluster', indices: [0, 1], x: 11, x0: 10, x1: 12, count: 2, cell: 0 }]);
	});

	it('returns nothing for nothing', () => {
		expect(clusterForDisplay([], { width: 1000 })).toEqual([]);
		expect(clusterForDisplay([], { width: 1000, maxSingles: 0 })).toEqual([]);
	});
});

describe('clustering a crowded window', () => {
	const options = { width: 1000, maxSingles: 0, cellPx: 28 };

	it('groups point-like items by the cell of their centre', () => {
		const items = byX0([
			item(0, 1),
			item(1, 27.9),
			item(2, 28), // next cell starts exactly at 28
			item(3, 40, 50), // centre 45: same cell as 2
			item(4, 60), // alone in its cell
			item(5, 100),
			item(6, 101),
			item(7, 110)
		]);
		expect(clusterForDisplay(items, options)).toEqual([
			{ type: 'cluster', indices: [0, 1], x: 14.45, x0: 1, x1: 27.9, count: 2, cell: 0 },
			{ type: 'cluster', indices: [2, 3], x: 36.5, x0: 28, x1: 45, count: 2, cell: 1 },
			{ type: 'single', index: 4 },
			{ type: 'cluster', indices: [5, 6, 7], x: 311 / 3, x0: 100, x1: 110, count: 3, cell: 3 }
		]);
	});

	it('never clusters key events, even in a crowded cell', () => {
		const items = byX0([item(0, 10, 10, true), item(1, 11), item(2, 12), item(3, 13, 13, true), item(4, 14)]);
		expect(clusterForDisplay(items, options)).toEqual([
			{ type: 'single', index: 0 },
			{ type: 'cluster', indices: [1, 2, 4], x: 37 / 3, x0: 11, x1: 14, count: 3, cell: 0 },
			{ type: 'single', index: 3 }
		]);
	});

	it('leaves a lone point-like item single when its neighbours are keys', () => {
		const items = [item(0, 5, 5, true), item(1, 6), item(2, 7, 7, true)];
		expect(clusterForDisplay(items, options)).toEqual([
			{ type: 'single', index: 0 },
			{ type: 'single', index: 1 },
			{ type: 'single', index: 2 }
		]);
	});

	it('never clusters spans at least a cell wide (they are drawn as bands)', () => {
		const items = byX0([item(0, 0, 28), item(1, 2), item(2, 3, 30.5), item(3, 4, 32), item(4, 5), item(5, -500, 2000)]);
		expect(clusterForDisplay(items, options)).toEqual([
			{ type: 'single', index: 5 },
			{ type: 'single', index: 0 },
			{ type: 'cluster', indices: [1, 2, 4], x: (2 + 16.75 + 5) / 3, x0: 2, x1: 16.75, count: 3, cell: 0 },
			{ type: 'single', index: 3 }
		]);
	});

	it('uses cellPx both for the cells and for what counts as a band', () => {
		const items = [item(0, 0, 9), item(1, 3), item(2, 12)];
		expect(membership(clusterForDisplay(items, { ...options, cellPx: 10 }))).toEqual([{ cluster: [0, 1], cell: 0 }, { single: 2 }]);
		expect(membership(clusterForDisplay(items, { ...options, cellPx: 9 }))).toEqual([{ single: 0 }, { single: 1 }, { single: 2 }]);
		expect(membership(clusterForDisplay(items, { ...options, cellPx: 20 }))).toEqual([{ cluster: [0, 1, 2], cell: 0 }]);
		expect(CELL_PX).toBe(28);
		expect(() => clusterForDisplay(items, { ...options, cellPx: 0 })).toThrow(RangeError);
	});

	it('orders singles and clusters together by left edge, ties by input position', () => {
		const items = [item(0, 0, 200), item(1, 30), item(2, 31), item(3, 31, 31, true), item(4, 40, 300), item(5, 41)];
		const displays = clusterForDisplay(items, options);
		expect(membership(displays)).toEqual([{ single: 0 }, { cluster: [1, 2, 5], cell: 1 }, { single: 3 }, { single: 4 }]);
		// Same input, same output (no Map or sort order leaks through).
		expect(clusterForDisplay(items, options)).toEqual(displays);
	});

	it('breaks a tie between a single and a cluster by input position', () => {
		const keyFirst = [item(0, 10, 10, true), item(1, 10), item(2, 12)];
		expect(membership(clusterForDisplay(keyFirst, options))).toEqual([{ single: 0 }, { cluster: [1, 2], cell: 0 }]);
		const keyLast = [item(0, 10), item(1, 10), item(2, 10, 10, true)];
		expect(membership(clusterForDisplay(keyLast, options))).toEqual([{ cluster: [0, 1], cell: 0 }, { single: 2 }]);
	});

	it('orders correctly even when the input is not sorted by x0', () => {
		const items = [item(0, 90), item(1, 10, 10, true), item(2, 50), item(3, 51), item(4, 0)];
		expect(membership(clusterForDisplay(items, options))).toEqual([{ single: 4 }, { single: 1 }, { cluster: [2, 3], cell: 1 }, { single: 0 }]);
	});

	it('keeps clusters that lie outside [0, width] (the track draws a margin)', () => {
		const items = [item(0, -40), item(1, -30), item(2, 1010), item(3, 1020)];
		expect(membership(clusterForDisplay(items, options))).toEqual([
			{ cluster: [0, 1], cell: -2 },
			{ cluster: [2, 3], cell: 36 }
		]);
	});
});

describe('clusters stay put while panning', () => {
	it('keeps members together when cells are anchored to a fixed instant', () => {
		// Two events 4 px apart; the window pans right by 3 px steps (events move left on screen).
		const events = [10_026, 10_030]; // px from the domain start
		for (let step = 0; step < 20; step++) {
			const windowStart = 10_000 + step * 3;
			const items = events.map((x, i) => item(i, x - windowStart));
			const anchored = clusterForDisplay(items, { width: 1000, maxSingles: 0, originPx: -windowStart });
			expect(membership(anchored)).toEqual([{ cluster: [0, 1], cell: 358 }]);
		}
	});

	it('would flicker if cells were counted from the window edge', () => {
		const at = (windowStart: number) => membership(clusterForDisplay([item(0, 10_026 - windowStart), item(1, 10_030 - windowStart)], { width: 1000, maxSingles: 0 }));
		expect(at(10_000)).toEqual([{ single: 0 }, { single: 1 }]);
		expect(at(10_003)).toEqual([{ cluster: [0, 1], cell: 0 }]);
	});
});

/** Crowded tracks on integer px (so scaling and panning are exact): mostly points, some short spans, some bands, some keys. */
const itemsArb = (maxLength: number) =>
	fc
		.array(
			fc.record({
				x0: fc.integer({ min: -100, max: 1400 }),
				length: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 27 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 600 }) }),
				key: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })
			}),
			{ maxLength }
		)
		.map((raw) => byX0(raw.map(({ x0, length, key }, index) => item(index, x0, x0 + length, key))));

const optionsArb = fc.record({
	cellPx: fc.constantFrom(8, 16, 28, 40),
	originPx: fc.integer({ min: -2000, max: 2000 }),
	maxSingles: fc.oneof(fc.constant(0), fc.constant(undefined), fc.integer({ min: 0, max: 100 }))
});

describe('clustering properties', () => {
	it('accounts for every item exactly once (counts add up)', () => {
		fc.assert(
			fc.property(itemsArb(200), optionsArb, (items, options) => {
				const displays = clusterForDisplay(items, { width: 1280, ...options });
				expect(countOf(displays)).toBe(items.length);
				const seen = displays.flatMap((d) => (d.type === 'cluster' ? d.indices : [d.index]));
				expect([...seen].sort((a, b) => a - b)).toEqual(items.map((i) => i.index).sort((a, b) => a - b));
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps keys and bands single; clusters hold two or more point-like items of one cell', () => {
		fc.assert(
			fc.property(itemsArb(200), optionsArb, (items, { cellPx, originPx }) => {
				const displays = clusterForDisplay(items, { width: 1280, maxSingles: 0, cellPx, originPx });
				const byIndex = new Map(items.map((i) => [i.index, i]));
				const cellOf = (i: ClusterInput) => Math.floor((centre(i) - originPx) / cellPx);
				const clusteredCells = new Set<number>();
				for (const d of displays) {
					if (d.type === 'single') continue;
					const members = d.indices.map((index) => byIndex.get(index)!);
					expect(d.count).toBe(members.length);
					expect(d.count).toBeGreaterThanOrEqual(2);
					expect(members.every((m) => !m.key && m.x1 - m.x0 < cellPx && cellOf(m) === d.cell)).toBe(true);
					expect(d.x0).toBe(Math.min(...members.map(centre)));
					expect(d.x1).toBe(Math.max(...members.map(centre)));
					expect(d.x).toBeGreaterThanOrEqual(d.x0);
					expect(d.x).toBeLessThanOrEqual(d.x1);
					expect(d.x).toBeCloseTo(members.reduce((sum, m) => sum + centre(m), 0) / members.length, 9);
					clusteredCells.add(d.cell);
				}
				// A cell yields one cluster at most, and then no point-like single shares it.
				expect(clusteredCells.size).toBe(displays.filter((d) => d.type === 'cluster').length);
				for (const d of displays) {
					if (d.type !== 'single') continue;
					const single = byIndex.get(d.index)!;
					if (!single.key && single.x1 - single.x0 < cellPx) expect(clusteredCells.has(cellOf(single))).toBe(false);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('orders displays by left edge, deterministically', () => {
		fc.assert(
			fc.property(itemsArb(200), optionsArb, (items, options) => {
				const displays = clusterForDisplay(items, { width: 1280, ...options });
				const edges = displays.map((d) => leftEdge(d, items));
				for (let k = 1; k < edges.length; k++) expect(edges[k]).toBeGreaterThanOrEqual(edges[k - 1]);
				expect(clusterForDisplay(items, { width: 1280, ...options })).toEqual(displays);
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps membership and cells while panning by any fraction of a cell', () => {
		fc.assert(
			fc.property(itemsArb(150), optionsArb, fc.integer({ min: -64, max: 64 }), (items, { cellPx, originPx, maxSingles }, eighths) => {
				const shift = (cellPx * eighths) / 8;
				const moved = items.map((i) => ({ ...i, x0: i.x0 + shift, x1: i.x1 + shift }));
				const before = clusterForDisplay(items, { width: 1280, cellPx, originPx, maxSingles });
				const after = clusterForDisplay(moved, { width: 1280, cellPx, originPx: originPx + shift, maxSingles });
				expect(membership(after)).toEqual(membership(before));
				after.forEach((d, k) => {
					const b = before[k];
					if (d.type === 'cluster' && b.type === 'cluster') {
						expect(d.x0).toBe(b.x0 + shift);
						expect(d.x).toBeCloseTo(b.x + shift, 9);
					}
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('only splits as you zoom in: at twice the scale there are never fewer displays, and each new cluster lies within an old one', () => {
		fc.assert(
			fc.property(itemsArb(200), optionsArb, (items, { cellPx, originPx, maxSingles }) => {
				const zoomed = items.map((i) => ({ ...i, x0: originPx + 2 * (i.x0 - originPx), x1: originPx + 2 * (i.x1 - originPx) }));
				const options = { width: 1280, cellPx, originPx, maxSingles };
				const before = clusterForDisplay(items, options);
				const after = clusterForDisplay(zoomed, options);
				expect(after.length).toBeGreaterThanOrEqual(before.length);
				const clusterOf = new Map<number, number>();
				before.forEach((d, k) => d.type === 'cluster' && d.indices.forEach((index) => clusterOf.set(index, k)));
				for (const d of after) {
					if (d.type !== 'cluster') continue;
					const parents = new Set(d.indices.map((index) => clusterOf.get(index)));
					expect(parents.size).toBe(1);
					expect(parents.has(undefined)).toBe(false);
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('a 10,000-event story', () => {
	// Seeded pseudo-random events over a year, as the track would see them with the whole range in view.
	const random = (seed: number) => () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed / 2 ** 31;
	};
	const next = random(42);
	const YEAR = 365 * 86_400_000;
	const spans = Array.from({ length: 10_000 }, () => {
		const start = Math.floor(next() * YEAR);
		const long = next() < 0.02;
		return { start, end: start + (long ? Math.floor(next() * YEAR * 0.2) : 0), key: next() < 0.01 };
	});
	const width = 1280;
	const toX = (t: number) => (t / YEAR) * width;

	it('comes down to a few hundred marks with the whole range visible', () => {
		const visible = spansTouching(indexSpans(spans), 0, YEAR);
		expect(visible).toHaveLength(10_000);
		const items = visible.map((index) => ({ index, x0: toX(spans[index].start), x1: toX(spans[index].end), key: spans[index].key }));
		const displays = clusterForDisplay(items, { width, originPx: 0 });

		expect(countOf(displays)).toBe(10_000);
		const keys = items.filter((i) => i.key).length;
		const bands = items.filter((i) => !i.key && i.x1 - i.x0 >= CELL_PX).length;
		const clusters = displays.filter((d) => d.type === 'cluster').length;
		expect(clusters).toBeLessThanOrEqual(Math.ceil(width / CELL_PX) + 1);
		expect(displays.length).toBeLessThanOrEqual(keys + bands + Math.ceil(width / CELL_PX) + 1);
		expect(displays.length).toBeLessThan(500);
	});

	it('shows each event alone once zoomed to a few of them', () => {
		const index = indexSpans(spans);
		const from = YEAR / 2;
		const to = from + 3_600_000 * 6;
		const visible = spansTouching(index, from, to);
		const items = visible.map((i) => ({ index: i, x0: ((spans[i].start - from) / (to - from)) * width, x1: ((spans[i].end - from) / (to - from)) * width, key: spans[i].key }));
		const displays = clusterForDisplay(items, { width, originPx: ((0 - from) / (to - from)) * width });
		expect(items.length).toBeLessThanOrEqual(defaultMaxSingles(width));
		expect(displays).toEqual(items.map((i) => ({ type: 'single', index: i.index })));
	});
});
