/**
 * Which event a URL hash selects: `#<event-id>`, or `#quote-<quote-id>` (a link
 * to a quote card selects the quote's event). Anything else selects nothing:
 * the hash comes from outside and is trusted only as a known id.
 */
export interface SelectionLookup {
	/** Event ids in time order. */
	ids: readonly string[];
	/** Position of each event id in `ids`. */
	indexOf: ReadonlyMap<string, number>;
	/** Quote id → index of its event. */
	quoteEvents: Readonly<Record<string, number>>;
}

export function selectionLookup(ids: readonly string[], quoteEvents: Readonly<Record<string, number>>): SelectionLookup {
	return { ids, indexOf: new Map(ids.map((id, i) => [id, i])), quoteEvents };
}

export function eventIdForHash(hash: string, lookup: SelectionLookup): string | null {
	let id: string;
	try {
		id = decodeURIComponent(hash.replace(/^#/, ''));
	} catch {
		return null;
	}
	if (!id) return null;
	if (lookup.indexOf.has(id)) return id;
	const quoteId = id.startsWith('quote-') ? id.slice('quote-'.length) : null;
	return quoteId !== null && Object.hasOwn(lookup.quoteEvents, quoteId) ? (lookup.ids[lookup.quoteEvents[quoteId]] ?? null) : null;
}
