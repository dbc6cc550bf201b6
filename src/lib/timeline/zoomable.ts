/**
 * use:zoomable — d3-zoom on one element, driving a TimelineState.
 *
 * Usage: <svg use:zoomable={{ state, height }}>
 *
 * d3-zoom listens on the element and keeps its own transform; we translate
 * it to and from the state's window, so Svelte keeps owning every node.
 * A plain mouse wheel scrolls the page: only ctrl/⌘ + wheel (which is also
 * what a trackpad pinch sends) zooms. Drag pans; two-finger touch pinches.
 */
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { select } from 'd3-selection';
import type { TimelineState } from './timeline-state.svelte';
import { domainFor, transformFor } from './zoom';

interface Params {
	state: TimelineState;
	height: number;
}

export function zoomable(element: SVGSVGElement, params: Params) {
	let { state, height } = params;
	const selection = select(element);
	let syncing = false;

	const behavior = zoom<SVGSVGElement, unknown>()
		.filter((event: Event) => {
			if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
			if (event.type === 'dblclick') return false;
			return !(event as MouseEvent).button;
		})
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			if (syncing || !event.sourceEvent) return;
			state.setWindow(domainFor(event.transform, state.full, state.width));
		});

	function configure() {
		const width = state.width;
		const fullSpan = state.full[1] - state.full[0];
		behavior
			.extent([
				[0, 0],
				[width, height]
			])
			.translateExtent([
				[0, -Infinity],
				[width, Infinity]
			])
			.scaleExtent([1, Math.max(1, fullSpan / (30 * 60_000))]);
	}

	/** Puts d3-zoom's transform in line with the state's window without emitting a user zoom. */
	function sync() {
		const { k, x } = transformFor(state.window, state.full, state.width);
		const current = zoomTransform(element);
		if (Math.abs(current.k - k) < 1e-9 && Math.abs(current.x - x) < 0.5) return;
		syncing = true;
		behavior.transform(selection, zoomIdentity.translate(x, 0).scale(k));
		syncing = false;
	}

	configure();
	selection.call(behavior);
	sync();

	return {
		update(next: Params) {
			state = next.state;
			height = next.height;
			configure();
			sync();
		},
		destroy() {
			selection.on('.zoom', null);
		}
	};
}
