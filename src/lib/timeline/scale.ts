/**
 * The one mapping from wall-clock time to pixels, derived once in the timeline
 * state and passed down to the track, the axis, the overview and the gestures
 * (the LayerCake / svelteplot way: one scale object, many readers).
 *
 * Own code rather than d3-scale's `scaleUtc`: a linear map and its inverse are
 * a dozen lines here, while scaleUtc brings d3-interpolate, d3-format and
 * d3-time-format with it (13.0 KB gzipped, minified with esbuild) for tick
 * formatting the axis does with `Intl` and ticks it takes from d3-time.
 */
export type Domain = readonly [number, number];

/** Room (px) kept at each end of the track so marks at the window's edges are drawn whole. */
export const TRACK_INSET = 10;

export interface TimeScale {
	/** x in px of a wall-clock instant (linear, not clamped). */
	(t: number): number;
	/** The instant at x px. */
	invert(x: number): number;
	readonly domain: Domain;
	readonly range: readonly [number, number];
	/** Pixels per millisecond. */
	readonly k: number;
}

export function timeScale(domain: Domain, range: readonly [number, number]): TimeScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	// Written as a fraction of the domain so the ends map exactly onto the ends of the range.
	const scale = ((t: number) => (d1 === d0 ? r0 : r0 + ((t - d0) / (d1 - d0)) * (r1 - r0))) as TimeScale;
	return Object.assign(scale, {
		invert: (x: number) => (r1 === r0 ? d0 : d0 + ((x - r0) / (r1 - r0)) * (d1 - d0)),
		domain: [d0, d1] as const,
		range: [r0, r1] as const,
		k
	});
}
