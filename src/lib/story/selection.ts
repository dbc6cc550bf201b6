/**
 * Which event a URL hash selects: `#<event-id>`, or `#quote-<quote-id>` (a link
 * to a quote card selects the quote's event). Anything else selects nothing:
 * the hash comes from outside and is trusted only as a known id.
 */
export function eventIdForHash(
	hash: string,
	view: { events: readonly { event: { id: string } }[]; quotes: Record<string, { event: string }> }
): string | null {
	let id: string;
	try {
		id = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
	if (!id) return null;
	if (view.events.some((e) => e.event.id === id)) return id;
	const quote = id.startsWith('quote-') ? view.quotes[id.slice('quote-'.length)] : undefined;
	return quote && Object.hasOwn(view.quotes, id.slice('quote-'.length)) ? quote.event : null;
}
