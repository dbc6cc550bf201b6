/**
 * The segmented scale's component is loaded when it is first shown, not with
 * the page: most readers never open it, and it would take the island past its
 * byte budget. The island's script waits for it before hydrating only when a
 * story opens in it (src/islands, `meta.scale`), and the server loads it
 * before rendering, so the page and the island always agree.
 */
import type { Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- its props are TimelineSegments'; typing them here would import it
type Segments = Component<any>;
let loaded: Segments | null = null;
let loading: Promise<Segments> | null = null;

/** The component, when it has been loaded. */
export function segmentsComponent(): Segments | null {
	return loaded;
}

/** Loads it (once). */
export function loadSegments(): Promise<Segments> {
	loading ??= import('./TimelineSegments.svelte').then((module) => (loaded = module.default));
	return loading;
}
