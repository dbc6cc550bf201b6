/**
 * {@attach zoomable(state, () => height)}: d3-zoom on one element, driving a TimelineState.
 *
 * d3-zoom listens on the element and keeps its own transform; we translate
 * it to and from the state's window, so Svelte keeps owning every node.
 * A plain mouse wheel scrolls the page: only ctrl/⌘ + wheel (which is also
 * what a trackpad pinch sends) zooms. Drag pans; two-finger touch pinches.
 */
import type { Attachment } from 'svelte/attachments';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { select } from 'd3-selection';
import type { TimelineState } from './timeline-state.svelte';
import { domainFor, MIN_WINDOW, transformFor } from './zoom';

export function zoomable(state: TimelineState, height: () => number): Attachment<SVGSVGElement> {
	return (element) => {
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
		selection.call(behavior);

		// Whenever the window or the size changes (zoom buttons, fly-to, resize), d3-zoom's
		// own transform is brought in line, so the next drag starts from what is on screen.
		$effect(() => {
			const width = state.width;
			const fullSpan = state.full[1] - state.full[0];
			behavior
				.extent([
					[0, 0],
					[width, height()]
				])
				.translateExtent([
					[0, -Infinity],
					[width, Infinity]
				])
				.scaleExtent([1, Math.max(1, fullSpan / MIN_WINDOW)]);
			const { k, x } = transformFor(state.window, state.full, width);
			const current = zoomTransform(element);
			if (Math.abs(current.k / k - 1) < 1e-9 && Math.abs(current.x - x) < 0.5) return;
			syncing = true;
			behavior.transform(selection, zoomIdentity.translate(x, 0).scale(k));
			syncing = false;
		});

		return () => {
			selection.on('.zoom', null);
		};
	};
}
