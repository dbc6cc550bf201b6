/**
 * Event counts per bin across the whole span, for the overview strip (cheap at any number of events):
 * equal-width bins, a value on a boundary counted in the bin it opens, values outside the domain not counted.
 * Own loop rather than d3-array's `bin`, which brought its ticks, extent and thresholds (about 1.5 KB gzipped) to the page for this.
 */
export function histogram(values: readonly number[], domain: readonly [number, number], bins: number): number[] {
	const [d0, d1] = domain;
	const counts = new Array<number>(bins).fill(0);
	for (const value of values) {
		if (!(value >= d0 && value < d1)) continue;
		counts[Math.min(bins - 1, Math.floor(((value - d0) / (d1 - d0)) * bins))]++;
	}
	return counts;
}
