/**
 * The window math of the pointer gestures (dom/gestures.ts), as pure
 * functions: what a drag, a two-finger pinch and a ctrl/⌘ + wheel step do to
 * the visible window. Positions are px along the track, as the gestures
 * measure them; windows are clamped to `full` (zoom.ts).
 */
import { panDomain, zoomDomain, type Domain } from './zoom';
import type { TimeScale } from './scale';

/** How far (px) a pointer may move before a press becomes a drag rather than a click. */
export const CLICK_SLOP = 4;

/** Whether a pointer that has moved `dx` px since it was pressed is dragging (and no longer a click). */
export function isDrag(dx: number): boolean {
	return Math.abs(dx) >= CLICK_SLOP;
}

/**
 * The window after dragging by `dx` px from where the drag began, when the
 * window was `window` and its scale `scale`: the instant that was under the
 * pointer stays under it (until the window reaches an end of `full`).
 */
export function dragWindow(window: Domain, scale: Pick<TimeScale, 'k'>, dx: number, full: Domain): [number, number] {
	return panDomain(window, -dx / scale.k, full);
}

/**
 * The window while two fingers pinch: they were at `from` (px) when the pinch
 * began, with the window `window` drawn by `scale`, and are now at `to`. The
 * window zooms by the ratio of their distances and follows their midpoint, so
 * the instant that was under the midpoint stays under it (unless clamped).
 */
export function pinchWindow(window: Domain, scale: Pick<TimeScale, 'k' | 'invert'>, from: readonly [number, number], to: readonly [number, number], full: Domain): [number, number] {
	// Distances under 1 px count as 1: two fingers on the same spot would zoom by 0 (or ∞) and leave no window (NaN).
	const factor = Math.max(Math.abs(to[0] - to[1]), 1) / Math.max(Math.abs(from[0] - from[1]), 1);
	const startMiddle = (from[0] + from[1]) / 2;
	const zoomed = zoomDomain(window, factor, full, scale.invert(startMiddle));
	// The midpoint's move in px, as ms at the zoomed window's scale.
	const shift = (((to[0] + to[1]) / 2 - startMiddle) * ((zoomed[1] - zoomed[0]) / (window[1] - window[0]))) / scale.k;
	return panDomain(zoomed, -shift, full);
}

/** What a wheel step says: how far, and in which unit (0 px, 1 lines, 2 pages), as on a WheelEvent. */
export interface WheelStep {
	deltaY: number;
	deltaMode: number;
}

/** The zoom factor of one wheel event (> 1 zooms in): the scale d3-zoom uses for ctrl+wheel, so trackpad pinches feel familiar. */
export function wheelZoomFactor(event: WheelStep): number {
	const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	return 2 ** (-event.deltaY * perUnit * 10);
}

/** The window after one ctrl/⌘ + wheel step with the pointer at `x` px: zoomed around the instant under the pointer. */
export function wheelWindow(window: Domain, scale: Pick<TimeScale, 'invert'>, x: number, event: WheelStep, full: Domain): [number, number] {
	return zoomDomain(window, wheelZoomFactor(event), full, scale.invert(x));
}
