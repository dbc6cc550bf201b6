/**
 * Where everything on the track goes, as pure geometry in the track's pixels.
 * The track has, from the top:
 *
 * 1. the **period strip**: events whose drawn span covers most of the window
 *    (a day seen hour by hour) cannot be placed on the axis more precisely than
 *    "somewhere in all of this", so they are listed as chips in the story's
 *    order, like all-day events in a calendar; chips that do not fit in the
 *    strip's rows are counted in a "+N" chip that opens the strip;
 * 2. **label lanes**: points (a symbol at the span's centre) and bands (a bar
 *    over the whole span, never a point at its start) with their labels, placed
 *    by priority (selected, key, the framed chapter, normal, minor), spread
 *    across the window rather than first come, first served. A label that does
 *    not fit whole is shortened with an ellipsis or put on the other side; it
 *    never overlaps another and never crosses an edge;
 * 3. the **baseline**: marks that got no lane, counted into a cluster wherever
 *    they would collide, labelled where there is room.
 *
 * Every item passed in ends up as exactly one chip, mark or cluster member.
 */
import type { Importance } from '../story/schema';

export interface LayoutInput {
	id: string;
	/** Position in the story's order (the chronology's), for the period strip. */
	order: number;
	/** Drawn span in px (may lie outside [0, width]); x1 >= x0. */
	x0: number;
	x1: number;
	importance: Importance;
	label: string;
	selected?: boolean;
	/** Belongs to the chapter the reader framed: labelled before other events of its importance. */
	focus?: boolean;
}

/** Items already counted together (a crowd of thousands seen from afar) before the layout. */
export interface LayoutCrowd {
	ids: string[];
	/** Centre in px. */
	x: number;
}

export interface LayoutOptions {
	/** Width of the track in px; nothing is drawn outside [0, width]. */
	width: number;
	/** Rows shared by the period strip and the label lanes (the baseline is one more). */
	rows: number;
	/** Width of a label in px; key events' labels are bold. */
	measure: (text: string, bold: boolean) => number;
	/** Show every period chip, in as many rows as they need (the reader opened the strip). */
	expanded?: boolean;
	/** Rows the period strip may take while closed. */
	periodRows?: number;
	/** A span that runs past both edges and is at least this share of the width goes to the period strip. */
	periodShare?: number;
	/** A span at least this wide (px) is drawn as a band. */
	bandMinWidth?: number;
	/** Points are kept this far from the edges, so their symbols are never cut. */
	inset?: number;
	/**
	 * How near (px) to both edges a span must reach to go to the period strip (default `inset`): a row of
	 * the segmented scale, fitted to its events with a margin, lists the spans that fill it this way.
	 */
	periodInset?: number;
}

export interface Chip {
	id: string;
	row: number;
	x: number;
	width: number;
	/** The label as drawn (shortened with … when it did not fit). */
	label: string;
}

export interface PlacedMark {
	id: string;
	/** 0 … lanes - 1, or `lanes` for the baseline. */
	lane: number;
	band: boolean;
	/** The symbol (points) or the visible part of the bar (bands). */
	x: number;
	x0: number;
	x1: number;
	/** The label as drawn, or null. */
	label: string | null;
	labelX: number;
	labelAnchor: 'start' | 'end';
	/** A bar's label sits over the bar, or beside it, level with it (points: always beside). */
	place: 'over' | 'beside';
	/** Everything this mark takes in its row (symbol, bar, label). */
	extent: [number, number];
}

export interface PlacedCluster {
	ids: string[];
	/** Centre of the badge (baseline) or left of the chip (period strip). */
	x: number;
	width: number;
	/** 'baseline' or a row of the period strip. */
	row: 'baseline' | number;
}

export interface TrackLayout {
	/** Rows the period strip takes (0 when it is empty). */
	periodRows: number;
	lanes: number;
	chips: Chip[];
	marks: PlacedMark[];
	clusters: PlacedCluster[];
}

/** Half the width of the largest symbol (a key star), plus a pixel. */
export const SYMBOL_RADIUS = 9;
const GAP = 6;
/** Labels keep this far (px) from the track's edges: glyphs reach a little past their advance width. */
const EDGE = 2;
const CHIP_GAP = 6;
const CHIP_PAD = 26;
/** A label shorter than this many px is not worth drawing, unless it is key or selected. */
const MIN_LABEL = 72;
const MIN_KEY_LABEL = 56;

/**
 * Generous text width for a UI font, used where the page cannot measure
 * (prerender, tests); in the browser the track measures with canvas.
 */
export function estimateTextWidth(text: string, bold = false, fontSize = 12): number {
	return Math.ceil(text.length * fontSize * (bold ? 0.66 : 0.6));
}

/**
 * The longest prefix of `text` (ending in …) that fits `max` px, cut after a
 * whole word when it has one ("cites his…", not "cites his "od…"): a reader,
 * and a screen reader matching what is seen with the option's name, gets
 * words. '' when not even one character fits.
 */
export function fitText(text: string, max: number, measure: (text: string) => number): string {
	if (measure(text) <= max) return text;
	let lo = 0;
	let hi = text.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (measure(`${text.slice(0, mid).trimEnd()}…`) <= max) lo = mid;
		else hi = mid - 1;
	}
	if (lo === 0) return '';
	let cut = text.slice(0, lo);
	// Cut inside a word: back to the end of the last whole one, without the punctuation before the gap.
	if (/\S/.test(text[lo]) && /\S/.test(cut[cut.length - 1])) {
		const words = cut.replace(/\S+$/, '').replace(/[\s,;:–—-]+$/u, '');
		if (words) cut = words;
	}
	return `${cut.trimEnd()}…`;
}

/** Badge width of a cluster of `count`. */
export function badgeWidth(count: number): number {
	return 14 + String(count).length * 7;
}

const RANK: Record<Importance, number> = { key: 0, normal: 1, minor: 2 };
/** Selected first, then the framed chapter's events (key ones first), then key, normal and minor ones. */
const rankOf = (item: LayoutInput) => (item.selected ? 0 : item.focus ? 1 + RANK[item.importance] : 4 + RANK[item.importance]);
/** Ranks whose labels are kept even when short. */
const mustLabel = (item: LayoutInput) => item.selected || item.importance === 'key';

/**
 * Indices 0 … n - 1 in an order that spreads across the range: the middle
 * first, then the middles of each half, and so on, so that labels placed in
 * this order are spread over the window instead of packed from the left.
 */
export function spreadOrder(n: number): number[] {
	const out: number[] = [];
	const queue: [number, number][] = n > 0 ? [[0, n]] : [];
	for (let q = 0; q < queue.length; q++) {
		const [lo, hi] = queue[q];
		const mid = (lo + hi) >> 1;
		out.push(mid);
		if (lo < mid) queue.push([lo, mid]);
		if (mid + 1 < hi) queue.push([mid + 1, hi]);
	}
	return out;
}

export function layoutTrack(items: readonly LayoutInput[], crowds: readonly LayoutCrowd[], options: LayoutOptions): TrackLayout {
	const { width, rows, measure, expanded = false, periodShare = 0.75, bandMinWidth = 12, inset = SYMBOL_RADIUS, periodInset = inset } = options;
	// A span that runs past both edges (a day seen hour by hour) says nothing about where in the window it happened.
	const isPeriod = (item: LayoutInput) => item.x0 <= periodInset && item.x1 >= width - periodInset && item.x1 - item.x0 >= width * periodShare;
	const periodItems = items.filter(isPeriod).sort((a, b) => a.order - b.order);
	const periodIds = new Set(periodItems.map((item) => item.id));

	const strip = layoutPeriodStrip(periodItems, { width: width - 2, measure, maxRows: expanded ? Infinity : Math.max(1, options.periodRows ?? 2) });
	const lanes = Math.max(1, rows - Math.min(strip.rows, options.periodRows ?? 2));
	const laneRows: [number, number][][] = Array.from({ length: lanes + 1 }, () => []);
	const free = (lane: number, extent: [number, number]) => laneRows[lane].every(([a, b]) => extent[1] + GAP <= a || extent[0] >= b + GAP);

	// Lanes, by priority, spread within each rank.
	const rest = items.filter((item) => !periodIds.has(item.id));
	const byRank = new Map<number, LayoutInput[]>();
	for (const item of rest) {
		const rank = rankOf(item);
		if (!byRank.has(rank)) byRank.set(rank, []);
		byRank.get(rank)!.push(item);
	}
	const marks = new Map<string, PlacedMark>();
	const unplaced: LayoutInput[] = [];
	for (const rank of [...byRank.keys()].sort((a, b) => a - b)) {
		const group = byRank.get(rank)!.sort((a, b) => a.x0 + a.x1 - (b.x0 + b.x1) || a.order - b.order);
		for (const index of spreadOrder(group.length)) {
			const item = group[index];
			const mark = placeInLanes(item, lanes, { width, measure, bandMinWidth, inset, free, minLabel: mustLabel(item) ? MIN_KEY_LABEL : MIN_LABEL });
			if (mark) {
				laneRows[mark.lane].push(mark.extent);
				marks.set(item.id, mark);
			} else unplaced.push(item);
		}
	}

	// The baseline: what got no lane, clustered wherever marks (a band's whole bar) would collide.
	const baseline = lanes;
	const ownExtent = (item: LayoutInput): [number, number] => {
		const x = anchorOf(item, width, bandMinWidth, inset);
		return item.x1 - item.x0 >= bandMinWidth ? [Math.min(clamp(item.x0, 0, width), x - SYMBOL_RADIUS), Math.max(clamp(item.x1, 0, width), x + SYMBOL_RADIUS)] : [x - SYMBOL_RADIUS, x + SYMBOL_RADIUS];
	};
	// Members are kept as a list of parts and flattened once at the end: a crowd of thousands seen from afar
	// merges cell after cell, and copying the ids at every merge would cost O(n²).
	type Group = { parts: string[][]; count: number; sum: number; item?: LayoutInput; extent: [number, number] };
	const badge = (group: Group): [number, number] => {
		const w = badgeWidth(group.count);
		const centre = clamp(group.sum / group.count, w / 2, width - w / 2);
		return [centre - w / 2, centre + w / 2];
	};
	const elements: Group[] = [
		...unplaced.map((item) => {
			const x = anchorOf(item, width, bandMinWidth, inset);
			return { parts: [[item.id]], count: 1, sum: x, item, extent: ownExtent(item) };
		}),
		...crowds.map((crowd) => {
			const group: Group = { parts: [crowd.ids], count: crowd.ids.length, sum: clamp(crowd.x, inset, width - inset) * crowd.ids.length, extent: [0, 0] };
			group.extent = badge(group);
			return group;
		})
	].sort((a, b) => a.extent[0] - b.extent[0]);
	const groups: Group[] = [];
	for (let group of elements) {
		while (groups.length && groups[groups.length - 1].extent[1] + 2 > group.extent[0]) {
			const previous = groups.pop()!;
			for (const part of group.parts) previous.parts.push(part);
			previous.count += group.count;
			previous.sum += group.sum;
			previous.item = undefined;
			previous.extent = badge(previous);
			group = previous;
		}
		groups.push(group);
	}
	const clusters: PlacedCluster[] = [];
	const singles: LayoutInput[] = [];
	for (const group of groups) {
		if (group.count === 1 && group.item) singles.push(group.item);
		else clusters.push({ ids: group.parts.length === 1 ? group.parts[0] : group.parts.flat(), x: (group.extent[0] + group.extent[1]) / 2, width: group.extent[1] - group.extent[0], row: 'baseline' });
	}
	for (const cluster of clusters) laneRows[baseline].push([cluster.x - cluster.width / 2, cluster.x + cluster.width / 2]);
	for (const item of singles) laneRows[baseline].push(ownExtent(item));
	// Baseline labels where there is room, by priority; a key or selected event that still has none joins its nearest neighbour.
	const orphans: LayoutInput[] = [];
	for (const item of [...singles].sort((a, b) => rankOf(a) - rankOf(b) || a.order - b.order)) {
		const x = anchorOf(item, width, bandMinWidth, inset);
		const own = ownExtent(item);
		const others = laneRows[baseline].filter((e) => e[0] !== own[0] || e[1] !== own[1]);
		const label = placeLabel(item, x, own, others, { width, measure, minLabel: mustLabel(item) ? MIN_KEY_LABEL : MIN_LABEL });
		const band = item.x1 - item.x0 >= bandMinWidth;
		const [v0, v1] = [clamp(item.x0, 0, width), clamp(item.x1, 0, width)];
		if (label) {
			const index = laneRows[baseline].findIndex((e) => e[0] === own[0] && e[1] === own[1]);
			laneRows[baseline][index] = label.extent;
			marks.set(item.id, { id: item.id, lane: baseline, band, x, x0: band ? v0 : x, x1: band ? v1 : x, place: 'beside', ...label });
		} else if (mustLabel(item) && (singles.length > 1 || clusters.length > 0)) {
			orphans.push(item);
		} else {
			marks.set(item.id, { id: item.id, lane: baseline, band, x, x0: band ? v0 : x, x1: band ? v1 : x, label: null, labelX: x, labelAnchor: 'start', place: 'beside', extent: own });
		}
	}
	for (const orphan of orphans) joinNearest(orphan, anchorOf(orphan, width, bandMinWidth, inset), marks, clusters, baseline, width);

	return {
		periodRows: strip.rows,
		lanes,
		chips: strip.chips,
		marks: items.flatMap((item) => (marks.has(item.id) ? [marks.get(item.id)!] : [])),
		clusters: [...strip.clusters, ...clusters]
	};
}

/**
 * The same layout with only the lanes it uses (none when all is in the strip): a row of the
 * segmented scale with two events should not be as tall as a story's track.
 * The baseline moves up with them; nothing changes place within its lane.
 */
export function compactLanes(layout: TrackLayout): TrackLayout {
	const used = Math.max(0, ...layout.marks.filter((m) => m.lane < layout.lanes).map((m) => m.lane + 1));
	if (used >= layout.lanes) return layout;
	return { ...layout, lanes: used, marks: layout.marks.map((m) => (m.lane === layout.lanes ? { ...m, lane: used } : m)) };
}

function clamp(value: number, lo: number, hi: number): number {
	return Math.min(Math.max(value, lo), Math.max(lo, hi));
}

/** Where a mark's symbol goes: the centre of its (visible) span, kept clear of the edges. */
function anchorOf(item: LayoutInput, width: number, bandMinWidth: number, inset: number): number {
	const band = item.x1 - item.x0 >= bandMinWidth;
	const [a, b] = band ? [Math.max(item.x0, 0), Math.min(item.x1, width)] : [item.x0, item.x1];
	return clamp((a + b) / 2, inset, width - inset);
}

interface PlaceContext {
	width: number;
	measure: (text: string, bold: boolean) => number;
	bandMinWidth: number;
	inset: number;
	free: (lane: number, extent: [number, number]) => boolean;
	minLabel: number;
}

type Place = 'over' | 'beside';
type Candidate = { labelX: number; labelAnchor: 'start' | 'end'; extent: [number, number]; place: Place };
/** Ways to attach a label of `w` px to a mark (null where it would cross an edge). */
type CandidateKind = (w: number) => Candidate | null;

/**
 * The first lane where the item fits with its whole label; failing that, the
 * lane and side where the longest shortened label fits. A label always touches
 * its mark: beside a symbol; over a bar from its start (or inside it); or
 * beside a bar's end or start, level with the bar.
 */
function placeInLanes(item: LayoutInput, lanes: number, context: PlaceContext): PlacedMark | null {
	const { width, measure, bandMinWidth, inset, free } = context;
	const bold = item.importance === 'key';
	const full = measure(item.label, bold);
	const band = item.x1 - item.x0 >= bandMinWidth;
	const v0 = clamp(item.x0, 0, width);
	const v1 = clamp(item.x1, 0, width);
	const x = band ? (v0 + v1) / 2 : clamp((item.x0 + item.x1) / 2, inset, width - inset);
	const fitsWidth = (a: number, b: number) => a >= EDGE && b <= width - EDGE;
	const kinds: CandidateKind[] = band
		? (() => {
				const overStart: CandidateKind = (w) => (fitsWidth(v0 + 2, v0 + 2 + w) ? { labelX: v0 + 2, labelAnchor: 'start', extent: [v0, Math.max(v1, v0 + 2 + w)], place: 'over' } : null);
				const overInside: CandidateKind = (w) => (w <= v1 - v0 - 4 ? { labelX: v1 - 2, labelAnchor: 'end', extent: [v0, v1], place: 'over' } : null);
				const besideEnd: CandidateKind = (w) => (fitsWidth(v1 + 4, v1 + 4 + w) ? { labelX: v1 + 4, labelAnchor: 'start', extent: [v0, v1 + 4 + w], place: 'beside' } : null);
				const besideStart: CandidateKind = (w) => (fitsWidth(v0 - 4 - w, v0 - 4) ? { labelX: v0 - 4, labelAnchor: 'end', extent: [v0 - 4 - w, v1], place: 'beside' } : null);
				// A short bar reads like a wide symbol, labelled beside it; a long one carries its label.
				return v1 - v0 < 80 ? [besideEnd, besideStart, overStart, overInside] : [overStart, overInside, besideStart, besideEnd];
			})()
		: [
				(w) => (fitsWidth(x - SYMBOL_RADIUS, x + SYMBOL_RADIUS + w) ? { labelX: x + SYMBOL_RADIUS, labelAnchor: 'start', extent: [x - SYMBOL_RADIUS, x + SYMBOL_RADIUS + w], place: 'beside' } : null),
				(w) => (fitsWidth(x - SYMBOL_RADIUS - w, x + SYMBOL_RADIUS) ? { labelX: x - SYMBOL_RADIUS, labelAnchor: 'end', extent: [x - SYMBOL_RADIUS - w, x + SYMBOL_RADIUS], place: 'beside' } : null)
			];
	const make = (lane: number, label: string, candidate: Candidate): PlacedMark => ({
		id: item.id,
		lane,
		band,
		x,
		x0: band ? v0 : x,
		x1: band ? v1 : x,
		label,
		...candidate
	});
	for (let lane = 0; lane < lanes; lane++) {
		for (const kind of kinds) {
			const candidate = kind(full);
			if (candidate && free(lane, candidate.extent)) return make(lane, item.label, candidate);
		}
	}
	// No lane takes the whole label: the longest shortened one that fits anywhere, if it still says something.
	let best: { lane: number; kind: CandidateKind; room: number } | null = null;
	for (let lane = 0; lane < lanes; lane++) {
		for (const kind of kinds) {
			const room = widest(kind, (extent) => free(lane, extent), full);
			if (room >= context.minLabel && (!best || room > best.room)) best = { lane, kind, room };
		}
	}
	if (!best) return null;
	const label = fitText(item.label, best.room, (t) => measure(t, bold));
	const candidate = label ? best.kind(measure(label, bold)) : null;
	return candidate && free(best.lane, candidate.extent) ? make(best.lane, label, candidate) : null;
}

/** The widest label (px, up to `max`) that `kind` can attach where `free` allows. */
function widest(kind: CandidateKind, free: (extent: [number, number]) => boolean, max: number): number {
	const ok = (w: number) => {
		const candidate = kind(w);
		return candidate !== null && free(candidate.extent);
	};
	if (!ok(0)) return 0;
	let lo = 0;
	let hi = max;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (ok(mid)) lo = mid;
		else hi = mid;
	}
	return ok(hi) ? hi : lo;
}

/** A label for a baseline mark beside its symbol, clear of `others`; null when even a short one does not fit. */
function placeLabel(
	item: LayoutInput,
	x: number,
	own: [number, number],
	others: readonly [number, number][],
	context: { width: number; measure: (text: string, bold: boolean) => number; minLabel: number }
): { label: string; labelX: number; labelAnchor: 'start' | 'end'; extent: [number, number] } | null {
	const { width, measure, minLabel } = context;
	const bold = item.importance === 'key';
	const right = Math.min(width - EDGE, ...others.filter((e) => e[0] >= own[1]).map((e) => e[0] - GAP)) - own[1];
	const left = own[0] - Math.max(EDGE, ...others.filter((e) => e[1] <= own[0]).map((e) => e[1] + GAP));
	const room = Math.max(right, left) - 2;
	if (room < minLabel) return null;
	const label = fitText(item.label, room, (t) => measure(t, bold));
	if (!label) return null;
	const w = measure(label, bold);
	return right >= w ? { label, labelX: own[1] + 2, labelAnchor: 'start', extent: [own[0], own[1] + 2 + w] } : { label, labelX: own[0] - 2, labelAnchor: 'end', extent: [own[0] - 2 - w, own[1]] };
}

/** Puts an unlabelled key event into the nearest baseline cluster or mark, making a cluster of the two. */
function joinNearest(item: LayoutInput, x: number, marks: Map<string, PlacedMark>, clusters: PlacedCluster[], baseline: number, width: number) {
	let nearestCluster = -1;
	let nearestMark: PlacedMark | null = null;
	let best = Infinity;
	clusters.forEach((cluster, i) => {
		if (cluster.row === 'baseline' && Math.abs(cluster.x - x) < best) [best, nearestCluster, nearestMark] = [Math.abs(cluster.x - x), i, null];
	});
	for (const mark of marks.values()) {
		if (mark.lane === baseline && Math.abs(mark.x - x) < best) [best, nearestCluster, nearestMark] = [Math.abs(mark.x - x), -1, mark];
	}
	if (nearestMark) {
		const m: PlacedMark = nearestMark;
		marks.delete(m.id);
		const w = badgeWidth(2);
		const centre = clamp((m.x + x) / 2, w / 2, width - w / 2);
		clusters.push({ ids: [m.id, item.id], x: centre, width: w, row: 'baseline' });
	} else if (nearestCluster >= 0) {
		const cluster = clusters[nearestCluster];
		const w = badgeWidth(cluster.ids.length + 1);
		clusters[nearestCluster] = { ...cluster, ids: [...cluster.ids, item.id], width: w, x: clamp(cluster.x, w / 2, width - w / 2) };
	}
}

/**
 * The period strip: chips in the story's order, flowing into rows. When they
 * do not all fit in `maxRows`, the last chips give way to a "+N" chip that
 * counts the rest; selected and key events keep their chips first.
 */
export function layoutPeriodStrip(
	items: readonly LayoutInput[],
	options: { width: number; measure: (text: string, bold: boolean) => number; maxRows: number }
): { rows: number; chips: Chip[]; clusters: PlacedCluster[] } {
	const { width, measure, maxRows } = options;
	if (items.length === 0) return { rows: 0, chips: [], clusters: [] };
	const flow = (shown: readonly LayoutInput[], reserve: number) => {
		const chips: Chip[] = [];
		let row = 0;
		let x = 0;
		for (const item of shown) {
			const bold = item.importance === 'key';
			const last = row === maxRows - 1;
			const limit = width - (last ? reserve : 0);
			let w = CHIP_PAD + measure(item.label, bold);
			if (x + w > limit && x + CHIP_PAD + MIN_LABEL > limit) {
				if (last) return null;
				row++;
				x = 0;
			}
			const room = Math.min(w, (row === maxRows - 1 ? width - reserve : width) - x) - CHIP_PAD;
			const label = fitText(item.label, room, (t) => measure(t, bold));
			if (!label) return null;
			w = CHIP_PAD + measure(label, bold);
			chips.push({ id: item.id, row, x, width: w, label });
			x += w + CHIP_GAP;
		}
		return chips;
	};
	const all = flow(items, 0);
	if (all) return { rows: Math.max(...all.map((c) => c.row)) + 1, chips: all, clusters: [] };

	// Not all fit: keep as many as fit beside a "+N" chip, the important ones first, shown in story order.
	const byPriority = [...items].sort((a, b) => rankOf(a) - rankOf(b) || a.order - b.order);
	let count = items.length - 1;
	for (; count >= 0; count--) {
		const keep = new Set(byPriority.slice(0, count).map((item) => item.id));
		const shown = items.filter((item) => keep.has(item.id));
		const reserve = badgeWidth(items.length - count) + 14;
		const chips = flow(shown, reserve);
		if (!chips) continue;
		const hidden = items.filter((item) => !keep.has(item.id));
		const lastRow = chips.length ? chips[chips.length - 1].row : 0;
		const rowEnd = chips.filter((c) => c.row === lastRow).reduce((end, c) => Math.max(end, c.x + c.width + CHIP_GAP), 0);
		return {
			rows: lastRow + 1,
			chips,
			clusters: [{ ids: hidden.map((item) => item.id), x: Math.min(rowEnd, width - reserve), width: reserve, row: lastRow }]
		};
	}
	return { rows: 1, chips: [], clusters: [{ ids: items.map((item) => item.id), x: 0, width: badgeWidth(items.length) + 14, row: 0 }] };
}

/** Pairs of marks or chips whose extents overlap in the same row (should always be empty). */
export function findOverlaps(layout: TrackLayout): [string, string][] {
	const boxes: { id: string; row: string; a: number; b: number }[] = [
		...layout.marks.map((m) => ({ id: m.id, row: `lane${m.lane}`, a: m.extent[0], b: m.extent[1] })),
		...layout.chips.map((c) => ({ id: c.id, row: `chip${c.row}`, a: c.x, b: c.x + c.width })),
		...layout.clusters.map((c) =>
			c.row === 'baseline'
				? { id: `cluster:${c.ids[0]}`, row: `lane${layout.lanes}`, a: c.x - c.width / 2, b: c.x + c.width / 2 }
				: { id: `cluster:${c.ids[0]}`, row: `chip${c.row}`, a: c.x, b: c.x + c.width }
		)
	];
	const unique = boxes;
	const overlaps: [string, string][] = [];
	for (let i = 0; i < unique.length; i++) {
		for (let j = i + 1; j < unique.length; j++) {
			const [p, q] = [unique[i], unique[j]];
			if (p.row === q.row && p.a < q.b - 0.5 && q.a < p.b - 0.5) overlaps.push([p.id, q.id]);
		}
	}
	return overlaps;
}
