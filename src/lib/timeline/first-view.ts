/**
 * The track's views the server computed, shipped beside the island's props so
 * that hydration does not lay the track out again (lib/server/islands.ts,
 * src/islands/mount.ts). A view is a pure function of its inputs
 * (track.ts), so a view saved under the key of its inputs is the view the
 * browser would compute from them; any other input (a width, a window, a
 * selection, measured label widths) has another key and is computed.
 */
import type { TimelineEvent } from './data';
import type { TrackLayout } from './layout';
import type { TrackView } from './track';

/** A view as JSON: its visible events by their place in the island's list of events. */
export interface SavedView {
	visible: number[];
	layout: TrackLayout;
}

export type SavedViews = Record<string, SavedView>;

/** What a track view was computed from, besides the events (the island's own props, the same on both sides). */
export interface ViewInputs {
	scale: string;
	/** The window, ms (or the sequential scale's units). */
	window: readonly [number, number];
	width: number;
	origin: number;
	rows: number;
	expanded: boolean;
	selectedId: string | null;
	focusIds: ReadonlySet<string>;
}

/** The key of a view's inputs. Numbers are written as JSON writes them, so a window read back from JSON has the same key. */
export function viewKey(inputs: ViewInputs): string {
	return JSON.stringify([inputs.scale, inputs.window[0], inputs.window[1], inputs.width, inputs.origin, inputs.rows, inputs.expanded, inputs.selectedId, [...inputs.focusIds].sort()]);
}

export function saveView(view: TrackView, events: readonly TimelineEvent[]): SavedView {
	const place = new Map(events.map((event, i) => [event, i]));
	return { visible: view.visible.map((event) => place.get(event) ?? -1), layout: view.layout };
}

/** The saved view over the island's events; undefined when it names an event they do not have. */
export function restoreView(saved: SavedView, events: readonly TimelineEvent[]): TrackView | undefined {
	const visible = saved.visible.map((i) => events[i]);
	return visible.every(Boolean) ? { visible, layout: saved.layout } : undefined;
}
