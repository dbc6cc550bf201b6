/**
 * What to draw for the visible events when there are too many to mark one by
 * one: nearby minor and normal events merge into counted clusters, which
 * split as you zoom in. Key events and spans wide enough to draw as bands are
 * always drawn on their own. Runs every animation frame, so it is two linear
 * passes over the items plus a sort of the (few) clusters.
 */

export interface ClusterInput {
	/** Caller's id for the item (e.g. its index in the story), passed through to the output. */
	index: number;
	/** Span start and end in px (may lie outside [0, width]); x1 >= x0. */
	x0: number;
	x1: number;
	/** Key events are never clustered. */
	key: boolean;
}

export type Display =
	| { type: 'single'; index: number }
	| {
			type: 'cluster';
			/** Members' `index` values, in input order. */
			indices: number[];
			/** Mean centre of the members, where the cluster mark goes. */
			x: number;
			/** Smallest and largest member centre. */
			x0: number;
			x1: number;
			/** Number of members (at least 2). */
			count: number;
			/**
			 * The cell the members share, counted from `originPx`: the same while
			 * panning at one zoom level, so it makes a stable key for rendering.
			 */
			cell: number;
	  };

export interface ClusterOptions {
	/** Track width in px; sets the default `maxSingles`. */
	width: number;
	/** Up to this many items are all drawn individually (default `defaultMaxSingles(width)`). */
	maxSingles?: number;
	/** Cell width in px; also the span width from which an item counts as a band (default `CELL_PX`). */
	cellPx?: number;
	/**
	 * px position of a fixed instant (e.g. the start of the full domain). Cells
	 * are counted from it rather than from the window edge, so a pan moves the
	 * cells with the events and clusters keep their members instead of
	 * flickering. Default 0 (the window edge).
	 */
	originPx?: number;
}

/** Default cell width in px: about the width of a cluster badge. */
export const CELL_PX = 28;

/** Up to this many visible items, every one gets its own mark: one per 8 px, and never fewer than 60. */
export function defaultMaxSingles(width: number): number {
	return Math.max(60, Math.floor(width / 8));
}

interface Cell {
	cell: number;
	indices: number[];
	/** Input position of the first member, to break ties in the output order. */
	first: number;
	sum: number;
	min: number;
	max: number;
}

/**
 * Groups items for display.
 *
 * - If `items.length <= maxSingles`, every item is a single, in input order:
 *   small stories look exactly as before.
 * - Otherwise each item is a single if it is `key`, or if it is wide on
 *   screen (`x1 - x0 >= cellPx`; drawn as a band, so merging it would hide
 *   its extent). The other, point-like items fall into cells of `cellPx` by
 *   their centre c = (x0 + x1) / 2: cell = floor((c - originPx) / cellPx).
 *   A cell holding one such item yields a single; a cell holding two or more
 *   yields one cluster of them (see `Display`).
 *
 * Every input item appears exactly once: as a single or in one cluster.
 * Output is ordered by left edge (a single's x0, a cluster's x0 i.e. its
 * smallest member centre), ties by input position of the (first) item, which
 * for input sorted by x0, as the track passes it, keeps singles in input
 * order. Scaling all px around `originPx` by a factor >= 1 (zooming in) only
 * splits cells and widens spans, so the number of displays never decreases.
 */
export function clusterForDisplay(items: readonly ClusterInput[], options: ClusterOptions): Display[] {
	const { width, cellPx = CELL_PX, originPx = 0 } = options;
	const maxSingles = options.maxSingles ?? defaultMaxSingles(width);
	if (!(cellPx > 0)) throw new RangeError(`cellPx must be positive, got ${cellPx}`);
	if (items.length <= maxSingles) return items.map((item) => ({ type: 'single', index: item.index }));

	const cells = new Map<number, Cell>();
	/** The cell of each point-like non-key item, by input position; undefined for keys and bands. */
	const cellAt: (Cell | undefined)[] = new Array(items.length);
	let current: Cell | undefined;
	for (let p = 0; p < items.length; p++) {
		const item = items[p];
		if (item.key || item.x1 - item.x0 >= cellPx) continue;
		const centre = (item.x0 + item.x1) / 2;
		const cell = Math.floor((centre - originPx) / cellPx);
		// Sorted input visits a cell's items in a row, so the last cell usually saves a Map lookup.
		if (current?.cell !== cell) current = cells.get(cell);
		if (!current) {
			current = { cell, indices: [], first: p, sum: 0, min: centre, max: centre };
			cells.set(cell, current);
		}
		current.indices.push(item.index);
		current.sum += centre;
		if (centre < current.min) current.min = centre;
		if (centre > current.max) current.max = centre;
		cellAt[p] = current;
	}

	const singles: number[] = [];
	let singlesSorted = true;
	for (let p = 0; p < items.length; p++) {
		const group = cellAt[p];
		if (group && group.indices.length > 1) continue;
		if (singles.length > 0 && items[p].x0 < items[singles[singles.length - 1]].x0) singlesSorted = false;
		singles.push(p);
	}
	// The track passes items sorted by x0, so this sort is only a safety net for other callers.
	if (!singlesSorted) singles.sort((a, b) => items[a].x0 - items[b].x0 || a - b);

	const clusters: Cell[] = [];
	for (const group of cells.values()) if (group.indices.length > 1) clusters.push(group);
	clusters.sort((a, b) => a.min - b.min || a.first - b.first);

	// Merge the two ordered lists by left edge.
	const out: Display[] = new Array(singles.length + clusters.length);
	let s = 0;
	let c = 0;
	for (let o = 0; o < out.length; o++) {
		const single = s < singles.length ? singles[s] : -1;
		const group = c < clusters.length ? clusters[c] : undefined;
		const singleFirst = !group || (single >= 0 && (items[single].x0 < group.min || (items[single].x0 === group.min && single < group.first)));
		if (singleFirst) {
			out[o] = { type: 'single', index: items[single].index };
			s++;
		} else {
			const g = group!;
			// Clamped because a rounded mean can stray an ulp outside its members.
			out[o] = { type: 'cluster', indices: g.indices, x: Math.min(Math.max(g.sum / g.indices.length, g.min), g.max), x0: g.min, x1: g.max, count: g.indices.length, cell: g.cell };
			c++;
		}
	}
	return out;
}
