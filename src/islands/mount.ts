/**
 * Starts an island: hydrates the component the server rendered into
 * `#island`, with the props it wrote beside it as JSON (see
 * lib/server/islands.ts). Story pages run this way instead of under
 * SvelteKit's client: they need no router (selection is the URL hash), and
 * leaving it out saves a third of the JavaScript a reader downloads.
 */
import { hydrate, type Component } from 'svelte';
import { loadSegments } from '../lib/components/timeline/segments-loader';
import { FIRST_VIEWS, readFirstViews } from '../lib/state/first-views';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props are whatever the server wrote for this component
export function startIsland<Props extends Record<string, any>>(component: Component<Props>, prepare?: (props: Props) => Promise<unknown> | undefined) {
	const target = document.getElementById('island');
	const script = document.getElementById('island-props');
	if (!target || !script?.textContent) throw new Error('This page has no island to start (#island and #island-props are missing).');
	const props = JSON.parse(script.textContent) as Props;
	// The track views the server computed: the first render takes them rather than laying the track out again.
	const views = document.getElementById('island-views')?.textContent;
	const context = new Map([[FIRST_VIEWS, readFirstViews(views ? JSON.parse(views) : {})]]);
	// What the server rendered with and the island's script does not carry (a lazy part, see `prepare`) is loaded first.
	const waiting = prepare?.(props);
	if (waiting) void waiting.then(() => hydrate(component, { target, props, context }));
	else hydrate(component, { target, props, context });
}

/** For `startIsland`: a story that opens in the segmented scale needs that scale's code before it hydrates. */
export function segmentedFirst(props: { timeline: { scale: string } }): Promise<unknown> | undefined {
	return props.timeline.scale === 'segmented' ? loadSegments() : undefined;
}
