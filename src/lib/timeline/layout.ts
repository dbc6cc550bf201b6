/**
 * Where each event's mark and label go on the track, so that labels never
 * overlap. Key events are placed first, then normal, then minor; each takes
 * the first lane where its mark, span and label fit. What does not fit keeps
 * its mark on the baseline, unlabeled, and gets its label when zoomed in.
 */
import type { Importance } from '../story/schema';

export interface LayoutInput {
	id: string;
	/** Span start and end in px (may lie outside [0, width]). */
	x0: number;
	x1: number;
	importance: Importance;
	label: string;
}

export interface PlacedEvent {
	id: string;
	/**
	 * Lane index from the top; -1 for the unlabeled baseline row; -2 for the
	 * period row, which holds spans that cover most of the window (a day seen
	 * hour by hour) as a list of chips, like all-day events in a calendar.
	 */
	lane: number;
	/** x of the mark symbol. */
	x: number;
	/** Drawn as a span (band) rather than a point. */
	band: boolean;
	x0: number;
	x1: number;
	label: string | null;
	labelX: number;
	labelAnchor: 'start' | 'end';
	/** Horizontal extent the lane reserves for this event (mark, band and label). */
	extent: [number, number];
}

export interface LayoutOptions {
	width: number;
	lanes: number;
	/** Width of a label in px; key events' labels are bold. */
	measure: (text: string, bold: boolean) => number;
	/** A span narrower than this is drawn as a point. */
	bandMinWidth?: number;
	/** Gap between mark and label, and between neighbours in a lane. */
	gap?: number;
	/** A span at least this share of the width goes to the period row. */
	periodShare?: number;
}

export const PERIOD_LANE = -2;
export const BASELINE_LANE = -1;

const RANK: Record<Importance, number> = { key: 0, normal: 1, minor: 2 };

/**
 * Generous text width for a UI font, used where the page cannot measure
 * (prerender, tests); in the browser the track measures with canvas.
 */
export function estimateTextWidth(text: string, bold = false, fontSize = 12): number {
	return Math.ceil(text.length * fontSize * (bold ? 0.66 : 0.6));
}

export function layoutEvents(items: readonly LayoutInput[], options: LayoutOptions): PlacedEvent[] {
	const { width, lanes, measure, bandMinWidth = 10, gap = 8, periodShare = 0.75 } = options;
	const occupied: [number, number][][] = Array.from({ length: lanes }, () => []);
	const fits = (lane: number, extent: [number, number]) =>
		occupied[lane].every(([a, b]) => extent[1] + gap <= a || extent[0] >= b + gap);

	const order = items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => RANK[a.item.importance] - RANK[b.item.importance] || a.item.x0 - b.item.x0 || a.index - b.index);

	const placed = new Map<string, PlacedEvent>();
	let periodX = 0;
	for (const { item } of order) {
		if (item.x1 - item.x0 >= width * periodShare) {
			const labelWidth = measure(item.label, item.importance === 'key');
			const fits = periodX + 16 + labelWidth <= width;
			placed.set(item.id, {
				id: item.id,
				lane: PERIOD_LANE,
				x: periodX + 6,
				band: true,
				x0: item.x0,
				x1: item.x1,
				label: fits ? item.label : null,
				labelX: periodX + 16,
				labelAnchor: 'start',
				extent: [periodX, periodX + 16 + (fits ? labelWidth : 0)]
			});
			// A chip that does not fit shows its symbol only (the label comes back as you zoom).
			periodX += fits ? 16 + labelWidth + gap * 2 : 14;
			continue;
		}
		const band = item.x1 - item.x0 >= bandMinWidth;
		// A band's symbol sits at the start of its visible part, so a long span still shows its label on screen.
		const x = band ? Math.min(Math.max(item.x0, 0), Math.max(item.x1, 0), width) : (item.x0 + item.x1) / 2;
		const labelWidth = measure(item.label, item.importance === 'key');
		// A short band (a day seen week by week) keeps its label clear of the hatching; a long one carries it inside.
		const after = band && item.x1 - item.x0 < 60 ? Math.min(item.x1, width) : x;
		const toRight = after + gap + labelWidth <= width || x - gap - labelWidth < 0;
		const labelX = toRight ? after + gap : x - gap;
		const labelExtent: [number, number] = toRight ? [x - 6, labelX + labelWidth] : [labelX - labelWidth, x + 6];
		const extent: [number, number] = band
			? [Math.min(labelExtent[0], item.x0), Math.max(labelExtent[1], item.x1)]
			: labelExtent;
		const lane = occupied.findIndex((_, l) => fits(l, extent));
		if (lane >= 0) {
			occupied[lane].push(extent);
			placed.set(item.id, { id: item.id, lane, x, band, x0: item.x0, x1: item.x1, label: item.label, labelX, labelAnchor: toRight ? 'start' : 'end', extent });
		} else {
			placed.set(item.id, { id: item.id, lane: -1, x, band, x0: item.x0, x1: item.x1, label: null, labelX: x, labelAnchor: 'start', extent: [x - 6, x + 6] });
		}
	}
	return items.map((item) => placed.get(item.id)!);
}

/** Pairs of labelled events whose reserved extents overlap in the same lane (should always be empty). */
export function findLabelOverlaps(placed: readonly PlacedEvent[]): [string, string][] {
	const overlaps: [string, string][] = [];
	const labelled = placed.filter((p) => p.lane >= 0 || (p.lane === PERIOD_LANE && p.label));
	for (let i = 0; i < labelled.length; i++) {
		for (let j = i + 1; j < labelled.length; j++) {
			const a = labelled[i];
			const b = labelled[j];
			if (a.lane === b.lane && a.extent[0] < b.extent[1] && b.extent[0] < a.extent[1]) overlaps.push([a.id, b.id]);
		}
	}
	return overlaps;
}
