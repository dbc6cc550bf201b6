/** Event counts per bin across the whole span, for the overview strip (cheap at any number of events). */
export function histogram(starts: readonly number[], domain: readonly [number, number], bins: number): number[] {
	const counts = new Array<number>(bins).fill(0);
	const span = domain[1] - domain[0];
	for (const t of starts) {
		const bin = Math.floor(((t - domain[0]) / span) * bins);
		if (bin >= 0 && bin < bins) counts[bin]++;
	}
	return counts;
}
