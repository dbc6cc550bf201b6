/**
 * The visible window of the timeline as a [start, end] domain in wall-clock
 * ms: zooming, panning, clamping and flying between windows. Pure functions:
 * the state object and the gestures call them, tests check them.
 */
export type Domain = readonly [number, number];

export const MINUTE = 60_000;

/** The narrowest window: half an hour, so minute-level events are legible. */
export const MIN_WINDOW = 30 * MINUTE;

/** Keeps a window inside the full span and no narrower than `minWindow`, preserving its centre where possible. */
export function clampDomain(domain: Domain, full: Domain, minWindow = MIN_WINDOW): [number, number] {
	const fullWidth = full[1] - full[0];
	const width = Math.min(Math.max(domain[1] - domain[0], Math.min(minWindow, fullWidth)), fullWidth);
	const centre = (domain[0] + domain[1]) / 2;
	let start = centre - width / 2;
	start = Math.min(Math.max(start, full[0]), full[1] - width);
	return [start, start + width];
}

/** Zooms by `factor` (>1 zooms in) around `anchor` (default: the centre). */
export function zoomDomain(domain: Domain, factor: number, full: Domain, anchor = (domain[0] + domain[1]) / 2): [number, number] {
	const start = anchor - (anchor - domain[0]) / factor;
	const end = anchor + (domain[1] - anchor) / factor;
	return clampDomain([start, end], full);
}

/** Shifts the window by `delta` ms, stopping at the ends. */
export function panDomain(domain: Domain, delta: number, full: Domain): [number, number] {
	return clampDomain([domain[0] + delta, domain[1] + delta], full);
}

/** A window that shows `span` with some room around it (a point gets a window of `pointWindow`). */
export function windowAround(span: { start: number; end: number }, full: Domain, pointWindow = 2 * 60 * MINUTE): [number, number] {
	const width = Math.max(span.end - span.start, 1);
	const padded = Math.max(width * 1.6, pointWindow);
	const centre = (span.start + span.end) / 2;
	return clampDomain([centre - padded / 2, centre + padded / 2], full);
}

/**
 * A window that frames `span` with a margin of `margin` of its width each side
 * (a chapter button: its events fill the track, none on the very edge).
 */
export function frameWindow(span: { start: number; end: number }, full: Domain, margin = 0.04, minWindow = 2 * 60 * MINUTE): [number, number] {
	const width = Math.max(span.end - span.start, 0);
	const padded = Math.max(width * (1 + 2 * margin), minWindow);
	const centre = (span.start + span.end) / 2;
	return clampDomain([centre - padded / 2, centre + padded / 2], full);
}

/**
 * Where clicking a cluster goes, given its members' drawn spans: always at
 * least twice as close as `current`.
 * - Spans that all share a stretch of time (bars that collided) open onto
 *   that stretch: each then runs past both edges and is listed, in order, in
 *   the period strip.
 * - Otherwise the members' centres with room around them, centred on them,
 *   so that the crowd splits as it spreads.
 */
export function clusterWindow(spans: readonly { start: number; end: number }[], current: Domain, full: Domain): [number, number] {
	const currentWidth = current[1] - current[0];
	const shared: [number, number] = [Math.max(...spans.map((s) => s.start)), Math.min(...spans.map((s) => s.end))];
	const sharedWidth = shared[1] - shared[0];
	if (spans.length > 1 && sharedWidth >= MIN_WINDOW / 0.96 && sharedWidth <= currentWidth / 2) {
		const inset = sharedWidth * 0.02;
		return clampDomain([shared[0] + inset, shared[1] - inset], full);
	}
	const centres = spans.map((s) => (s.start + s.end) / 2);
	const spread = Math.max(...centres) - Math.min(...centres);
	const width = Math.min(currentWidth / 2, Math.max(spread * 1.6, 2 * 60 * MINUTE));
	const centre = centres.reduce((sum, c) => sum + c, 0) / centres.length;
	return clampDomain([centre - width / 2, centre + width / 2], full);
}

/** The full domain of a story: first start to last end, padded by 3 % each side. */
export function fullDomainOf(spans: readonly { start: number; end: number }[]): [number, number] {
	const start = Math.min(...spans.map((s) => s.start));
	const end = Math.max(...spans.map((s) => s.end));
	const pad = Math.max((end - start) * 0.03, 60 * MINUTE);
	return [start - pad, end + pad];
}

/**
 * The window to show after selecting an event: the current one if the event
 * is comfortably inside; else the same zoom level centred on it; else a
 * window wide enough for its whole span.
 */
export function windowShowing(span: { start: number; end: number }, current: Domain, full: Domain): [number, number] {
	const width = current[1] - current[0];
	const inset = width * 0.05;
	if (span.start >= current[0] + inset && span.end <= current[1] - inset) return [current[0], current[1]];
	if (span.end - span.start <= width * 0.6) {
		const centre = (span.start + span.end) / 2;
		return clampDomain([centre - width / 2, centre + width / 2], full);
	}
	return windowAround(span, full);
}

/**
 * A flight between two windows: the width changes geometrically (each frame
 * zooms by the same factor, which reads as steady motion from years down to
 * minutes) while the centre moves in step. Duration grows with the distance,
 * measured in zoom levels and window widths, from 250 to 900 ms.
 */
export function flightPath(from: Domain, to: Domain): { at: (t: number) => [number, number]; duration: number } {
	const [c0, w0] = [(from[0] + from[1]) / 2, from[1] - from[0]];
	const [c1, w1] = [(to[0] + to[1]) / 2, to[1] - to[0]];
	const levels = Math.abs(Math.log2(w1 / w0));
	const travel = Math.abs(c1 - c0) / Math.max(w0, w1);
	return {
		duration: Math.min(900, 250 + 120 * (levels + Math.min(travel, 3))),
		at: (t) => {
			const width = w0 * (w1 / w0) ** t;
			// Move the centre in proportion to how far the width has gone, so zoom-outs travel while wide.
			const progress = w0 === w1 ? t : (width - w0) / (w1 - w0);
			const centre = c0 + (c1 - c0) * (Number.isFinite(progress) ? progress : t);
			return [centre - width / 2, centre + width / 2];
		}
	};
}
