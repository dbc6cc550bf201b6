/**
 * {@attach gestures(state)}: zoom and pan the timeline with the pointer.
 *
 * - drag (mouse, pen, one finger) pans;
 * - two fingers pinch to zoom around their midpoint;
 * - ctrl/⌘ + wheel (also what a trackpad pinch sends) zooms around the pointer;
 *   a plain wheel is left alone, so the page keeps scrolling.
 *
 * Hand-written on Pointer Events rather than d3-zoom: d3-zoom brings
 * d3-transition, d3-drag and d3-interpolate with it, 18 KB gzipped, more than a
 * third of the page's JavaScript budget, for what is here a few dozen lines
 * over the tested window math in zoom.ts.
 */
import type { Attachment } from 'svelte/attachments';
import type { TimelineState } from '../state/timeline-state.svelte';
import { panDomain, zoomDomain, type Domain } from '../timeline/zoom';
import type { TimeScale } from '../timeline/scale';

/** How far (px) a pointer may move before a press becomes a drag rather than a click. */
const CLICK_SLOP = 4;

export function wheelZoomFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
	// The same scale d3-zoom uses for ctrl+wheel, so trackpad pinches feel familiar.
	const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	return 2 ** (-event.deltaY * perUnit * 10);
}

export function gestures(state: TimelineState): Attachment<Element> {
	return (element) => {
		const pointers = new Map<number, number>();
		let start: { window: Domain; scale: TimeScale; pointers: Map<number, number> } | null = null;
		let moved = false;

		const localX = (event: PointerEvent | WheelEvent) => event.clientX - element.getBoundingClientRect().left;

		function begin() {
			start = { window: state.window, scale: state.scale, pointers: new Map(pointers) };
		}

		function pointerdown(event: PointerEvent) {
			if (event.pointerType === 'mouse' && event.button !== 0) return;
			pointers.set(event.pointerId, localX(event));
			if (pointers.size === 1) moved = false;
			begin();
		}

		function pointermove(event: PointerEvent) {
			if (!start || !pointers.has(event.pointerId)) return;
			pointers.set(event.pointerId, localX(event));
			const ids = [...pointers.keys()];
			if (ids.length >= 2 && start.pointers.size >= 2) {
				const [a, b] = ids;
				const startA = start.pointers.get(a) ?? pointers.get(a)!;
				const startB = start.pointers.get(b) ?? pointers.get(b)!;
				const nowA = pointers.get(a)!;
				const nowB = pointers.get(b)!;
				const factor = Math.abs(nowA - nowB) / Math.max(Math.abs(startA - startB), 1);
				const anchor = start.scale.invert((startA + startB) / 2);
				const zoomed = zoomDomain(start.window, factor, state.full, anchor);
				const shift = ((nowA + nowB) / 2 - (startA + startB) / 2) * ((zoomed[1] - zoomed[0]) / (start.window[1] - start.window[0])) / start.scale.k;
				state.setWindow(panDomain(zoomed, -shift, state.full));
				moved = true;
			} else {
				const from = start.pointers.get(event.pointerId) ?? localX(event);
				const dx = localX(event) - from;
				if (!moved && Math.abs(dx) < CLICK_SLOP) return;
				// Capture only once it is a drag: capturing on press would send the click to the track, not the mark.
				if (!moved && event.pointerType !== 'touch') element.setPointerCapture?.(event.pointerId);
				moved = true;
				state.setWindow(panDomain(start.window, -dx / start.scale.k, state.full));
			}
		}

		function pointerup(event: PointerEvent) {
			pointers.delete(event.pointerId);
			// The remaining finger of a pinch carries on panning from where things are now.
			if (pointers.size) begin();
			else start = null;
		}

		/** A drag ends with a click on whatever is under the pointer; that click is not a selection. */
		function click(event: Event) {
			if (!moved) return;
			moved = false;
			event.stopPropagation();
			event.preventDefault();
		}

		function wheel(event: WheelEvent) {
			if (!event.ctrlKey && !event.metaKey) return;
			event.preventDefault();
			state.setWindow(zoomDomain(state.window, wheelZoomFactor(event), state.full, state.scale.invert(localX(event))));
		}

		const options = { passive: false } as const;
		element.addEventListener('pointerdown', pointerdown as EventListener);
		element.addEventListener('pointermove', pointermove as EventListener);
		element.addEventListener('pointerup', pointerup as EventListener);
		element.addEventListener('pointercancel', pointerup as EventListener);
		element.addEventListener('click', click, true);
		element.addEventListener('wheel', wheel as EventListener, options);
		return () => {
			element.removeEventListener('pointerdown', pointerdown as EventListener);
			element.removeEventListener('pointermove', pointermove as EventListener);
			element.removeEventListener('pointerup', pointerup as EventListener);
			element.removeEventListener('pointercancel', pointerup as EventListener);
			element.removeEventListener('click', click, true);
			element.removeEventListener('wheel', wheel as EventListener);
		};
	};
}
