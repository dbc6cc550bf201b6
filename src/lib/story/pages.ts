/**
 * The static chronology comes in pages of a fixed number of events, so a story
 * of 10,000 events is still a page a phone can open. A story that fits one page
 * (most do) is shown whole. Page numbers count from 1, as in the URLs.
 */
import type { EventView, StoryView } from './view';
import { quoteAnchor } from '../literacy/anchors';

export const CHRONOLOGY_PAGE_SIZE = 50;

export function pageCount(eventCount: number, pageSize = CHRONOLOGY_PAGE_SIZE): number {
	return Math.max(1, Math.ceil(eventCount / pageSize));
}

/** The page that holds the event at `order` (its position in time order, from 0). */
export function pageOfOrder(order: number, pageSize = CHRONOLOGY_PAGE_SIZE): number {
	return Math.floor(order / pageSize) + 1;
}

/** Positions [from, to) of the events on `page`. */
export function orderRangeOfPage(page: number, eventCount: number, pageSize = CHRONOLOGY_PAGE_SIZE): [number, number] {
	const from = (page - 1) * pageSize;
	return [from, Math.min(from + pageSize, eventCount)];
}

/** Where page `page` of a story's chronology lives: page 1 is the story page itself. */
export function chronologyPageHref(slug: string, page: number): string {
	return page === 1 ? `/${slug}` : `/${slug}/page/${page}`;
}

/** The fragment the enhanced page fetches to show another page in place (the embed's links differ a little, so it has its own). */
export function chronologyFragmentHref(slug: string, page: number, context: 'story' | 'embed' = 'story'): string {
	return context === 'embed' ? `/${slug}/embed/chronology/${page}.html` : `/${slug}/chronology/${page}.html`;
}

/**
 * Page links to show around the current one: first, last, and a window of
 * neighbours, with null where numbers are skipped (shown as an ellipsis).
 */
export function pagerItems(current: number, total: number, neighbours = 2): (number | null)[] {
	const pages = new Set([1, total]);
	for (let p = current - neighbours; p <= current + neighbours; p++) if (p >= 1 && p <= total) pages.add(p);
	const sorted = [...pages].sort((a, b) => a - b);
	return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? [null, p] : [p]));
}

export type BodyContext = 'story' | 'embed' | 'pages';

/**
 * Where the links inside one page of the chronology point: an event or quote
 * on the same page by its anchor, one on another page by that page's URL.
 * The framing comparison is on the story page only, and not in the embed.
 */
export function linksForPage(
	story: { slug: string; orderOf: (eventId: string) => number; eventOfQuote: (quoteId: string) => string; hasFramings: boolean },
	page: number,
	context: BodyContext,
	pageSize = CHRONOLOGY_PAGE_SIZE
) {
	const eventHref = (id: string) => {
		const target = pageOfOrder(story.orderOf(id), pageSize);
		return target === page ? `#${id}` : `${chronologyPageHref(story.slug, target)}#${id}`;
	};
	const quoteHref = (id: string) => {
		const target = pageOfOrder(story.orderOf(story.eventOfQuote(id)), pageSize);
		return target === page ? `#${quoteAnchor(id)}` : `${chronologyPageHref(story.slug, target)}#${quoteAnchor(id)}`;
	};
	return {
		framings: context !== 'embed' && story.hasFramings,
		eventHref,
		quoteHref,
		framingHref: (id: string) => (context === 'story' ? `#framing-${id}` : `/${story.slug}#framing-${id}`)
	};
}

/** `linksForPage` for a story view (both static components that set the page's links use this). */
export function linksForView(view: Pick<StoryView, 'story' | 'events' | 'quotes'>, page: number, context: BodyContext, pageSize = CHRONOLOGY_PAGE_SIZE) {
	const order = new Map(view.events.map((e) => [e.event.id, e.order]));
	return linksForPage(
		{ slug: view.story.meta.slug, orderOf: (id) => order.get(id) ?? 0, eventOfQuote: (id) => view.quotes[id]?.event ?? '', hasFramings: view.story.framings.length > 0 },
		page,
		context,
		pageSize
	);
}

/**
 * The sources one page of a long chronology cites, in the story's order: those
 * of its events and their quotes, the open questions on them, how each reached
 * the public (re-reports), and everything those are based on; on the story
 * page, also those of the framing comparison and of all open questions. The
 * page's footer lists these (with their numbers in the whole list, which the
 * printed footnotes use) rather than every source of a story of thousands.
 */
export function sourcesOnPage(view: Pick<StoryView, 'story' | 'chains' | 'sources'>, items: readonly Pick<EventView, 'event' | 'quoteIds'>[], storyLevel: boolean): string[] {
	const { story } = view;
	const onPage = new Set(items.map((item) => item.event.id));
	const quotes = new Map(story.quotes.map((q) => [q.id, q]));
	const cited = new Set<string>();
	const cite = (id: string | undefined) => {
		if (!id || cited.has(id) || !view.sources[id]) return;
		cited.add(id);
		for (const earlier of view.sources[id].basedOn ?? []) cite(earlier);
	};
	for (const item of items) {
		item.event.sources.forEach(cite);
		for (const quoteId of item.quoteIds) quotes.get(quoteId)?.sources.forEach(cite);
		const chain = view.chains[item.event.id];
		chain?.firstPublished.forEach(cite);
		chain?.reReports.forEach((r) => cite(r.id));
	}
	for (const unknown of story.unknowns) {
		if (storyLevel || unknown.events.some((id) => onPage.has(id))) unknown.positions.forEach((p) => cite(p.source));
	}
	if (storyLevel) for (const framing of story.framings) cite(framing.source);
	return story.sources.filter((s) => cited.has(s.id)).map((s) => s.id);
}
