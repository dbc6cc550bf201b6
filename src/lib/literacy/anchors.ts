/**
 * The fragment a quote card is reached by. Quote ids that already say what
 * they are ("q-benn-good-and-decent") are used as they are, instead of the
 * stuttering "quote-q-…"; every other id keeps its "quote-" prefix, so links
 * made to those cards before stay valid.
 */
export function quoteAnchor(id: string): string {
	return id.startsWith('q-') ? id : `quote-${id}`;
}

/**
 * The quote a fragment names, or null: "quote-<id>", or a "q-…" id as it is.
 * Also reads "quote-q-…", the form links had before `quoteAnchor`, so those
 * keep working. `isQuote` says which ids the story has (the fragment comes
 * from outside and is trusted only as a known id).
 */
export function quoteIdOfAnchor(anchor: string, isQuote: (id: string) => boolean): string | null {
	const fragment = anchor.replace(/^#/, '');
	if (fragment.startsWith('quote-') && isQuote(fragment.slice('quote-'.length))) return fragment.slice('quote-'.length);
	if (fragment.startsWith('q-') && isQuote(fragment)) return fragment;
	return null;
}
