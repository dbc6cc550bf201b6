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
 * over the tested window math in timeline/gesture-math.ts and zoom.ts.
 */
import type { Attachment } from 'svelte/attachments';
import type { TimelineState } from '../state/timeline-state.svelte';
import type { Domain } from '../timeline/zoom';
import type { TimeScale } from '../timeline/scale';
import { dragWindow, isDrag, pinchWindow, wheelWindow } from '../timeline/gesture-math';

export { wheelZoomFactor } from '../timeline/gesture-math';

/** An element with pointer and wheel events (GlobalEventHandlers types them): the track's <svg>, or any HTML element. */
type GestureTarget = Element & GlobalEventHandlers;

export function gestures(state: TimelineState): Attachment<GestureTarget> {
	return (element: GestureTarget) => {
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
				const from = [start.pointers.get(a) ?? pointers.get(a)!, start.pointers.get(b) ?? pointers.get(b)!] as const;
				const to = [pointers.get(a)!, pointers.get(b)!] as const;
				state.setWindow(pinchWindow(start.window, start.scale, from, to, state.full));
				moved = true;
			} else {
				const dx = localX(event) - (start.pointers.get(event.pointerId) ?? localX(event));
				if (!moved && !isDrag(dx)) return;
				// Capture only once it is a drag: capturing on press would send the click to the track, not the mark.
				if (!moved && event.pointerType !== 'touch') element.setPointerCapture?.(event.pointerId);
				moved = true;
				state.setWindow(dragWindow(start.window, start.scale, dx, state.full));
			}
		}

		function pointerup(event: PointerEvent) {
			pointers.delete(event.pointerId);
			// The remaining finger of a pinch carries on panning from where things are now.
			if (pointers.size) begin();
			else start = null;
		}

		/** A drag ends with a click on whatever is under the pointer; that click is not a selection. */
		function click(event: MouseEvent) {
			if (!moved) return;
			moved = false;
			event.stopPropagation();
			event.preventDefault();
		}

		function wheel(event: WheelEvent) {
			if (!event.ctrlKey && !event.metaKey) return;
			event.preventDefault();
			state.setWindow(wheelWindow(state.window, state.scale, localX(event), event, state.full));
		}

		element.addEventListener('pointerdown', pointerdown);
		element.addEventListener('pointermove', pointermove);
		element.addEventListener('pointerup', pointerup);
		element.addEventListener('pointercancel', pointerup);
		element.addEventListener('click', click, true);
		element.addEventListener('wheel', wheel, { passive: false });
		return () => {
			element.removeEventListener('pointerdown', pointerdown);
			element.removeEventListener('pointermove', pointermove);
			element.removeEventListener('pointerup', pointerup);
			element.removeEventListener('pointercancel', pointerup);
			element.removeEventListener('click', click, true);
			element.removeEventListener('wheel', wheel);
		};
	};
}
