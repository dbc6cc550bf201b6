/**
 * What the browser does to the static story body (server-rendered, never
 * hydrated; see lib/server/story-body.ts): mark the selected event's article
 * and quote cards, swap in another page of a long chronology, and read the
 * links that story/click-route.ts routes. Svelte does not own this DOM, so
 * nothing here fights it.
 */
import { chronologyFragmentHref } from '../story/pages';
import type { LinkFacts } from '../story/click-route';

const CHRONOLOGY = '[data-chronology]';

/** The page of the chronology now in the document (1 when the story has one page). */
export function shownPage(root: ParentNode): number {
	return Number(root.querySelector<HTMLElement>(CHRONOLOGY)?.dataset.page ?? 1);
}

/**
 * Sets aria-current on the selected event's article and its quote cards, and
 * clears it from the previous ones. Only elements of the chronology are
 * touched; the timeline marks are Svelte's.
 */
export function markSelected(root: ParentNode, eventId: string | null) {
	const chronology = root.querySelector(CHRONOLOGY);
	if (!chronology) return;
	for (const element of chronology.querySelectorAll('[data-event-id][aria-current]')) {
		if (element.getAttribute('data-event-id') !== eventId) element.removeAttribute('aria-current');
	}
	if (!eventId) return;
	for (const element of chronology.querySelectorAll(`article[data-event-id], [data-quote-card]`)) {
		if (element.getAttribute('data-event-id') === eventId) element.setAttribute('aria-current', 'true');
	}
}

const fragments = new Map<string, Promise<string>>();

/** Fetches a page of the chronology once (same origin, prerendered). */
function fragment(href: string): Promise<string> {
	let pending = fragments.get(href);
	if (!pending) {
		pending = fetch(href).then((response) => {
			if (!response.ok) throw new Error(`${href}: ${response.status}`);
			return response.text();
		});
		pending.catch(() => fragments.delete(href));
		fragments.set(href, pending);
	}
	return pending;
}

/**
 * Replaces the chronology with page `page` of the story, fetched from the
 * site's own prerendered fragments. The fragment is Svelte's server output of
 * the same component the page was built with, so story text in it is escaped
 * exactly as in the page; it is parsed inert (DOMParser runs no scripts) and
 * only its chronology section is taken.
 */
export async function showPage(
	root: ParentNode,
	slug: string,
	page: number,
	context: 'story' | 'embed',
	/** False once a later request has superseded this one (quick steps across pages). */
	stillWanted: () => boolean = () => true
): Promise<boolean> {
	if (shownPage(root) === page) return true;
	const html = await fragment(chronologyFragmentHref(slug, page, context));
	const next = new DOMParser().parseFromString(html, 'text/html').querySelector(CHRONOLOGY);
	const current = root.querySelector(CHRONOLOGY);
	if (!next || !current || !stillWanted()) return false;
	current.replaceWith(document.adoptNode(next));
	return true;
}

/** What routing a click needs to know of a link in the static body (story/click-route.ts decides where it leads). */
export function linkFacts(anchor: HTMLAnchorElement): LinkFacts {
	return { origin: anchor.origin, pathname: anchor.pathname, hash: anchor.hash, target: anchor.target, download: anchor.hasAttribute('download'), chronologyPage: anchor.dataset.chronologyPage };
}

/**
 * Runs `run` once the document is parsed (at once if it is). The islands may
 * start while the static body is still arriving; what measures it, or moves
 * the URL's fragment (the browser jumps to the fragment when parsing ends),
 * waits for this. Returns the cleanup.
 */
export function whenParsed(run: () => void): () => void {
	if (document.readyState !== 'loading') {
		run();
		return () => {};
	}
	document.addEventListener('DOMContentLoaded', run, { once: true });
	return () => document.removeEventListener('DOMContentLoaded', run);
}

/**
 * Runs `run` once the page has loaded (at once if it has). A hash set before
 * then is one the browser scrolls to when loading ends, as if it had been in
 * the address; a selection that must not move the page waits for this.
 */
export function whenLoaded(run: () => void): () => void {
	if (document.readyState === 'complete') {
		run();
		return () => {};
	}
	addEventListener('load', run, { once: true });
	return () => removeEventListener('load', run);
}

/**
 * Keeps the static body out of the page's first layout: while the root has
 * `data-body-deferred`, story-layout.css lays each event and each later part
 * out only when it comes near the screen (content-visibility: auto). The story
 * page's island sets it before the parser reaches the body (a page without
 * JavaScript never has it), and it is lifted once the page has loaded: from
 * then on the body is laid out in full, as it always was, so innerText,
 * scroll restoration and every measurement see all of it.
 */
export function deferBodyLayout(root: HTMLElement = document.documentElement): void {
	if (document.readyState !== 'loading') return;
	root.setAttribute('data-body-deferred', '');
	whenLoaded(() => root.removeAttribute('data-body-deferred'));
}
