/** The page part's `SourceLinks` (literacy/source-links.ts) as component context: set by the static body's parts, read by every citation. */
import { getContext, setContext } from 'svelte';
import { sourceAnchor } from '../literacy/citations';
import type { SourceLinks } from '../literacy/source-links';

const KEY = Symbol('source-links');

export function setSourceLinks(links: SourceLinks) {
	setContext(KEY, links);
}

/** Outside any part that set them: every citation leads into this page's source list. */
export function getSourceLinks(): SourceLinks {
	return getContext<SourceLinks | undefined>(KEY) ?? { href: (id) => `#${sourceAnchor(id)}` };
}
