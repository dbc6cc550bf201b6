/**
 * Where a citation mark ("[12]") leads: to the source's entry in the page's
 * source list when the page has that entry, otherwise to the source itself
 * (nowhere, for a source without an address on a page without the list).
 * The static body sets this per part of the page (a long story's pages list
 * only the sources they cite; the embed lists none) through the component
 * context in state/source-links.ts.
 */
import { sourceAnchor } from './citations';

export interface SourceLinks {
	href: (sourceId: string) => string | null;
}

/**
 * `listed`: the ids in the page's source list (every id when `'all'`);
 * `prefix`: the path of the page that has the list ('' for this page).
 */
export function sourceLinks(urls: Readonly<Record<string, { url?: string }>>, listed: 'all' | ReadonlySet<string>, prefix = ''): SourceLinks {
	return {
		href: (id) => (listed === 'all' || listed.has(id) ? `${prefix}#${sourceAnchor(id)}` : (urls[id]?.url ?? null))
	};
}
