/**
 * What the page around a piece of static content offers, so links only point
 * at things that exist: whether the framing comparison is on this page (the
 * full story page has it; the embed does not), and where an event or a quote
 * card lives when the chronology is split into pages.
 */
import { getContext, setContext } from 'svelte';
import { quoteAnchor } from '../literacy/anchors';
import { framingId } from '../story/page-ids';

const KEY = Symbol('page-sections');

export interface PageSections {
	framings: boolean;
	/** Link to an event's article (`#id` when it is on this page). */
	eventHref: (eventId: string) => string;
	/** Link to a quote card (`#quote-id`, or `#q-…` as it is, when it is on this page; see literacy/anchors.ts). */
	quoteHref: (quoteId: string) => string;
	/** Link to a framing group (only meaningful when `framings`). */
	framingHref: (eventId: string) => string;
}

const ON_THIS_PAGE: PageSections = {
	framings: false,
	eventHref: (id) => `#${id}`,
	quoteHref: (id) => `#${quoteAnchor(id)}`,
	framingHref: (id) => `#${framingId(id)}`
};

export function setPageSections(sections: Partial<PageSections>) {
	setContext(KEY, { ...ON_THIS_PAGE, ...sections });
}

export function getPageSections(): PageSections {
	return getContext<PageSections | undefined>(KEY) ?? ON_THIS_PAGE;
}
