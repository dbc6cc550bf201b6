/**
 * The track views the server computed (timeline/first-view.ts), as component
 * context: on the server `renderIsland` records every view the track computes
 * with the server's label widths; in the browser the island's start reads
 * them back, and the track uses one whose inputs are the same instead of
 * laying itself out again during hydration.
 */
import { getContext } from 'svelte';
import type { TimelineEvent } from '../timeline/data';
import type { TrackView } from '../timeline/track';
import { restoreView, saveView, type SavedViews } from '../timeline/first-view';

export const FIRST_VIEWS = Symbol('first-views');

export interface FirstViews {
	/** The view saved under `key`, if any. */
	get(key: string, events: readonly TimelineEvent[]): TrackView | undefined;
	/** Saves a view the track computed (the server's recorder keeps it; the browser's ignores it). */
	put(key: string, view: TrackView, events: readonly TimelineEvent[]): void;
}

/** The server's: records every view, for the island's JSON. */
export function recordFirstViews(): FirstViews & { saved: SavedViews } {
	const saved: SavedViews = {};
	return {
		saved,
		get: () => undefined,
		put: (key, view, events) => {
			saved[key] ??= saveView(view, events);
		}
	};
}

/** The browser's: the views the server saved. */
export function readFirstViews(saved: SavedViews): FirstViews {
	return {
		get: (key, events) => (Object.hasOwn(saved, key) ? restoreView(saved[key], events) : undefined),
		put: () => {}
	};
}

/** The views of the island this component is in (none outside one). */
export function getFirstViews(): FirstViews | undefined {
	return getContext<FirstViews | undefined>(FIRST_VIEWS);
}
