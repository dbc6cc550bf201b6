/**
 * Everything the track draws for a window, from the story's events: which
 * events meet the window, which of a large crowd are counted together before
 * layout, and where each mark, chip, label and cluster goes (layout.ts). One
 * pure function, so the unit tests check exactly what the page draws.
 */
import type { TimelineEvent } from './data';
import type { TimeScale } from './scale';
import { clusterForDisplay } from './cluster';
import { layoutTrack, type LayoutCrowd, type LayoutInput, type TrackLayout } from './layout';
import { spansTouching, type SpanIndex } from './visible';

export interface TrackInput {
	/** In story order. */
	events: readonly TimelineEvent[];
	/** `indexSpans` of the events' drawn spans. */
	index: SpanIndex;
	/** The window → the track's px. */
	scale: TimeScale;
	/** Track width in px. */
	width: number;
	/** Rows for the period strip and label lanes. */
	rows: number;
	measure: (text: string, bold: boolean) => number;
	selectedId?: string | null;
	/** Ids of the events of the chapter the reader framed. */
	focusIds?: ReadonlySet<string>;
	expanded?: boolean;
	/** Width of a cell when a crowd is counted before layout (see cluster.ts). */
	cellPx?: number;
	/** A fixed instant (the story's start) that cells are counted from, so clusters keep their members while panning. */
	origin?: number;
	/** See LayoutOptions `periodInset`. */
	periodInset?: number;
}

export interface TrackView {
	/** The events whose drawn span meets the window (every one is drawn or counted). */
	visible: TimelineEvent[];
	layout: TrackLayout;
}

export function trackView(input: TrackInput): TrackView {
	const { events, index, scale, width, rows, measure, selectedId = null, focusIds, expanded = false, cellPx = 36, origin = scale.domain[0], periodInset } = input;
	const [w0, w1] = scale.domain;
	const visible = spansTouching(index, w0, w1).map((i) => events[i]);
	const important = (item: TimelineEvent) => item.importance === 'key' || item.id === selectedId || (focusIds?.has(item.id) ?? false);
	// A crowd of thousands is counted by cells first (cheap); the layout then clusters whatever still collides.
	const displays = clusterForDisplay(
		visible.map((item, i) => ({ index: i, x0: scale(item.wallStart), x1: scale(item.wallEnd), key: important(item) })),
		{ width, originPx: scale(origin), cellPx }
	);
	const singles: LayoutInput[] = [];
	const crowds: LayoutCrowd[] = [];
	for (const display of displays) {
		if (display.type === 'cluster') crowds.push({ ids: display.indices.map((i) => visible[i].id), x: display.x });
		else {
			const item = visible[display.index];
			singles.push({
				id: item.id,
				order: item.order,
				x0: scale(item.wallStart),
				x1: scale(item.wallEnd),
				importance: item.importance,
				label: item.title,
				selected: item.id === selectedId,
				focus: focusIds?.has(item.id) ?? false
			});
		}
	}
	return { visible, layout: layoutTrack(singles, crowds, { width, rows, measure, expanded, periodInset }) };
}
