/**
 * What a click in the static story body asks of the timeline, decided from
 * plain facts about the click (StoryExplorer gathers them from the DOM):
 * another page of the chronology is shown in place, a link to an event or a
 * quote card selects it and scrolls to it, and a click inside an event's
 * article or quote card selects the event where it is. Everything else is
 * left to the browser. Pure, so every case is unit-tested.
 */

/** What routing needs to know of a link (lib/dom/static-body.ts `linkFacts` reads it from an `<a href>`). */
export interface LinkFacts {
	origin: string;
	pathname: string;
	/** `#…`, or `` when the link has none. */
	hash: string;
	/** The `target` attribute (`` when absent). */
	target: string;
	/** The link has a `download` attribute. */
	download: boolean;
	/** Its `data-chronology-page` (the pager's links), if any. */
	chronologyPage?: string;
}

/** Where the page is: the parts of `location` a link is compared with. */
export interface Here {
	origin: string;
	pathname: string;
}

export type LinkTarget = { kind: 'hash'; id: string } | { kind: 'page'; page: number };

/**
 * Where a link inside the static body leads, when the timeline can take it
 * there without leaving the page: an anchor (`#id`, or `/<slug>/page/3#id`),
 * or a page of this story's chronology. Null for everything else, which the
 * browser follows as usual.
 */
export function linkTarget(link: LinkFacts, slug: string, here: Here): LinkTarget | null {
	if (link.origin !== here.origin || link.target || link.download) return null;
	const storyPath = link.pathname === `/${slug}` || link.pathname.startsWith(`/${slug}/page/`) || link.pathname === here.pathname;
	if (!storyPath) return null;
	if (link.chronologyPage) return { kind: 'page', page: Number(link.chronologyPage) };
	if (link.hash.length > 1) {
		try {
			return { kind: 'hash', id: decodeURIComponent(link.hash.slice(1)) };
		} catch {
			return null;
		}
	}
	return null;
}

/** A click, as plain data. */
export interface ClickFacts {
	/** The main button is 0. */
	button: number;
	/** Meta, ctrl, shift or alt was held (the reader wants a new tab or window, or a download). */
	modified: boolean;
	/** Someone else has already handled the click. */
	defaultPrevented: boolean;
	/** The closest link (`a[href]`) around the click's target, or null. */
	link: LinkFacts | null;
	/** The `data-event-id` of the closest element that has one (an article, a quote card), or null. */
	eventId: string | null;
	/** The click is on or inside a control: button, summary, input, select, textarea or label. */
	onControl: boolean;
	/** No text is selected (a click that ends a drag over text has selected some). */
	selectionCollapsed: boolean;
}

/** The story the click is routed in. */
export interface ClickStory {
	slug: string;
	here: Here;
	/** An anchor (an event's id, a quote card's `quote-…`) as the known event it selects, or null. */
	eventFor: (anchor: string) => string | null;
	/** `id` is one of the story's events. */
	isEvent: (id: string) => boolean;
}

export type ClickRoute =
	/** Show page `page` of the chronology in place (the click's default is prevented). */
	| { kind: 'page'; page: number }
	/**
	 * Select event `id` with `anchor` as the hash. `fromLink`: a link was followed in place (its default is
	 * prevented and the anchor scrolled to); otherwise an article was clicked, and nothing scrolls.
	 */
	| { kind: 'select'; id: string; anchor: string; fromLink: boolean }
	/** Not the timeline's: the browser does what it does. */
	| { kind: 'none' };

const NONE: ClickRoute = { kind: 'none' };

export function routeClick(click: ClickFacts, story: ClickStory): ClickRoute {
	if (click.defaultPrevented || click.button !== 0 || click.modified) return NONE;
	if (click.link) {
		// A link the timeline cannot follow in place is the browser's, even inside an article.
		const to = linkTarget(click.link, story.slug, story.here);
		if (to?.kind === 'page') return { kind: 'page', page: to.page };
		const id = to ? story.eventFor(to.id) : null;
		return id && to ? { kind: 'select', id, anchor: to.id, fromLink: true } : NONE;
	}
	// Clicking an article or a quote card selects its event (but not a click on a control, or one that selects text).
	if (click.onControl || !click.selectionCollapsed || !click.eventId || !story.isEvent(click.eventId)) return NONE;
	return { kind: 'select', id: click.eventId, anchor: click.eventId, fromLink: false };
}
