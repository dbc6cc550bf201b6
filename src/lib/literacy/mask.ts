/**
 * For the "hide the outlets" exercise: blanks out outlet names wherever they
 * appear in the text a class sees (an event called "Guido Fawkes publishes…"
 * would otherwise give the game away). Matches whole words, case-insensitive,
 * and also the short form of a name with a qualifier ("The Spectator (Steerpike)").
 */
export function outletNames(outlets: readonly string[]): string[] {
	const names = new Set<string>();
	for (const outlet of outlets) {
		names.add(outlet.trim());
		const short = outlet.replace(/\s*\(.*\)\s*$/, '').trim();
		if (short.length > 2) names.add(short);
	}
	// Longest first, so "The Spectator (Steerpike)" is masked before "The Spectator".
	return [...names].sort((a, b) => b.length - a.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function maskOutlets(text: string, names: readonly string[], mask = '▒▒▒'): string {
	if (!names.length) return text;
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	return text.replace(pattern, mask);
}
