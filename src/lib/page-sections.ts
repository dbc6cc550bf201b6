/**
 * Which story-level sections the current page renders (the full story page
 * has the framing comparison; the embed does not), so events only link to
 * sections that exist on the page.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('page-sections');

export interface PageSections {
	framings: boolean;
}

export function setPageSections(sections: PageSections) {
	setContext(KEY, sections);
}

export function getPageSections(): PageSections {
	return getContext<PageSections | undefined>(KEY) ?? { framings: false };
}
