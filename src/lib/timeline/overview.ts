/**
 * Event counts per bin across the whole span, for the overview strip (cheap at any number of events).
 * d3-array's `bin` with equal-width thresholds; values outside the domain are not counted.
 */
import { bin } from 'd3-array';

export function histogram(values: readonly number[], domain: readonly [number, number], bins: number): number[] {
	const [d0, d1] = domain;
	const step = (d1 - d0) / bins;
	const thresholds = Array.from({ length: bins - 1 }, (_, i) => d0 + (i + 1) * step);
	return bin()
		.domain([d0, d1])
		.thresholds(thresholds)(values.filter((v) => v >= d0 && v < d1))
		.map((b) => b.length);
}
