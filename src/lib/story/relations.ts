/**
 * Quote relations in both directions: a quote that `responds-to` another is
 * listed on both cards ("responds to …" / "responded to by …"), so a reader can
 * walk the chain either way.
 */
import type { Quote, QuoteRelation } from './schema';

export interface QuoteLink {
	type: QuoteRelation['type'];
	/** `outgoing`: this quote relates to `quote`; `incoming`: `quote` relates to this one. */
	direction: 'outgoing' | 'incoming';
	quote: string;
	note?: string;
}

export function quoteLinks(quotes: readonly Quote[]): Record<string, QuoteLink[]> {
	const links: Record<string, QuoteLink[]> = Object.fromEntries(quotes.map((q) => [q.id, []]));
	for (const quote of quotes) {
		for (const relation of quote.relations ?? []) {
			if (!links[relation.quote]) continue;
			links[quote.id].push({ type: relation.type, direction: 'outgoing', quote: relation.quote, note: relation.note });
			links[relation.quote].push({ type: relation.type, direction: 'incoming', quote: quote.id, note: relation.note });
		}
	}
	return links;
}
