/**
 * Which event a URL hash selects: `#<event-id>`, or a quote card's anchor
 * (`#quote-<quote-id>`, or `#q-…` as it is: literacy/anchors.ts), which selects
 * the quote's event. Anything else selects nothing:
 * the hash comes from outside and is trusted only as a known id.
 */
import { quoteIdOfAnchor } from '../literacy/anchors';

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
	const quoteId = quoteIdOfAnchor(id, (candidate) => Object.hasOwn(lookup.quoteEvents, candidate));
	return quoteId !== null ? (lookup.ids[lookup.quoteEvents[quoteId]] ?? null) : null;
}
