/**
 * What the browser does to the static story body (src/lib/dom/static-body.ts)
 * in a happy-dom document, with `fetch` serving the chronology's fragments:
 * small hand-written ones with the attributes Chronology.svelte gives (quick
 * to parse), and, to show they are the same thing, the pages of a 60-event
 * story rendered by svelte/server from ChronologyPage.svelte, as the site's
 * prerendered fragments are (lib/server/story-body.ts).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { Window } from 'happy-dom';
import { enGB } from 'date-fns/locale/en-GB';
import ChronologyPage from '../../../src/lib/components/static/ChronologyPage.svelte';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { CHRONOLOGY_PAGE_SIZE, pageCount } from '../../../src/lib/story/pages';
import { minimalStory } from '../../helpers/fixtures';
import { deferBodyLayout, markSelected, showPage, shownPage, whenLoaded, whenParsed } from '../../../src/lib/dom/static-body';

const SLUG = 'long-one';
/** The small fixture story and 56 short events in the days after its vote: two pages of the chronology. */
function longStory() {
	const story = minimalStory();
	story.meta.slug = SLUG;
	for (let i = 0; i < 56; i++) {
		const day = String(6 + Math.floor(i / 8)).padStart(2, '0');
		const hour = String(9 + (i % 8)).padStart(2, '0');
		story.events.push({
			id: `later-${i}`,
			title: `Later event ${i}`,
			summary: 'A short note.',
			kind: 'context',
			when: `2024-03-${day}T${hour}:00`,
			chapter: 'vote',
			actors: [],
			importance: 'minor',
			sources: ['minutes']
		});
	}
	return story;
}
const view = buildStoryView(storySchema.parse(longStory()), enGB);
const PAGES = pageCount(view.events.length);
const itemsOfPage = (page: number) => view.events.slice((page - 1) * CHRONOLOGY_PAGE_SIZE, page * CHRONOLOGY_PAGE_SIZE);
const idsOfPage = (page: number) => itemsOfPage(page).map((e) => e.event.id);

/** A page of the chronology as Chronology.svelte marks it up, without the words. */
function sketch(page: number, context: 'story' | 'embed'): string {
	const items = itemsOfPage(page).map((item) => {
		const id = item.event.id;
		const cards = item.quoteIds.map((q) => `<figure class="quote-card" data-quote-card data-event-id="${id}"><blockquote data-quote-id="${q}" data-event-id="${id}"></blockquote></figure>`);
		return `<li><article id="${id}" data-event-id="${id}"><h3>${item.event.title}</h3>${cards.join('')}</article></li>`;
	});
	return `<section class="chronology" data-chronology data-page="${page}" data-page-count="${PAGES}" data-context="${context}"><ol>${items.join('')}</ol></section>`;
}
const rendered = (page: number, context: 'story' | 'embed') => render(ChronologyPage, { props: { view, messages: messagesFor('en'), page, context } }).body;
let fragments: (page: number, context: 'story' | 'embed') => string = sketch;
/** An event of page 1 with quote cards. */
const quoted = view.events.slice(0, CHRONOLOGY_PAGE_SIZE).find((e) => e.quoteIds.length > 0)!;

let window: Window;
let document: Window['document'];
let fetch: ReturnType<typeof vi.fn>;

/** Serves `/<slug>/chronology/<n>.html` and `/<slug>/embed/chronology/<n>.html`; anything else is a 404. */
function serve(href: string): Response {
	const match = /^\/[^/]+\/(embed\/)?chronology\/(\d+)\.html$/.exec(href);
	const page = Number(match?.[2]);
	if (!match || page < 1 || page > PAGES) return new Response('not found', { status: 404 });
	return new Response(fragments(page, match[1] ? 'embed' : 'story'), { headers: { 'content-type': 'text/html' } });
}

/** The story page's body: the timeline's marks (not the chronology's) and page 1. */
function showStoryPage() {
	document.body.innerHTML = `<div data-timeline><button data-event-id="${quoted.event.id}" aria-current="true">mark</button></div><main>${fragments(1, 'story')}</main>`;
}

beforeAll(() => {
	window = new Window({ url: `https://example.org/${SLUG}` });
	document = window.document;
});

afterAll(async () => {
	await window.happyDOM.close();
});

beforeEach(() => {
	Object.defineProperty(document, 'readyState', { value: 'complete', configurable: true });
	document.documentElement.removeAttribute('data-body-deferred');
	fragments = sketch;
	showStoryPage();
	fetch = vi.fn(async (href: string) => serve(href));
	vi.stubGlobal('document', document);
	vi.stubGlobal('DOMParser', window.DOMParser);
	vi.stubGlobal('fetch', fetch);
	vi.stubGlobal('addEventListener', window.addEventListener.bind(window));
	vi.stubGlobal('removeEventListener', window.removeEventListener.bind(window));
});

afterEach(() => {
	vi.unstubAllGlobals();
});

const body = () => document.body as unknown as ParentNode;
const current = () => [...document.querySelectorAll('[data-chronology] [aria-current="true"]')].map((e) => `${e.tagName.toLowerCase()} ${e.getAttribute('data-event-id')}`);
const articleIds = () => [...document.querySelectorAll('[data-chronology] article[data-event-id]')].map((e) => e.getAttribute('data-event-id'));
function setReadyState(state: DocumentReadyState) {
	Object.defineProperty(document, 'readyState', { value: state, configurable: true });
}

describe('shownPage', () => {
	it('is the page of the chronology in the document, 1 when there is none', () => {
		expect(shownPage(body())).toBe(1);
		document.querySelector('[data-chronology]')!.setAttribute('data-page', '2');
		expect(shownPage(body())).toBe(2);
		document.querySelector('main')!.remove();
		expect(shownPage(body())).toBe(1);
	});
});

describe('markSelected', () => {
	it('marks the selected event’s article and quote cards, and only those', () => {
		markSelected(body(), quoted.event.id);
		const cards = document.querySelectorAll(`[data-quote-card][data-event-id="${quoted.event.id}"]`).length;
		expect(cards).toBe(quoted.quoteIds.length);
		expect(current()).toEqual(expect.arrayContaining([`article ${quoted.event.id}`]));
		expect(current()).toHaveLength(1 + cards);
		expect(new Set(current().map((c) => c.split(' ')[1]))).toEqual(new Set([quoted.event.id]));
	});

	it('moves the mark to the next selection and clears it for none, leaving the timeline’s marks alone', () => {
		const other = view.events[7];
		markSelected(body(), quoted.event.id);
		markSelected(body(), other.event.id);
		expect(current()).toEqual([`article ${other.event.id}`, ...other.quoteIds.map(() => `figure ${other.event.id}`)]);
		markSelected(body(), null);
		expect(current()).toEqual([]);
		expect(document.querySelector('[data-timeline] [data-event-id]')!.getAttribute('aria-current')).toBe('true');
	});

	it('does nothing without a chronology', () => {
		document.querySelector('main')!.remove();
		markSelected(body(), quoted.event.id);
		expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
	});
});

describe('showPage', () => {
	it('swaps in another page of the chronology, fetched from its fragment', async () => {
		expect(articleIds()).toEqual(idsOfPage(1));
		expect(await showPage(body(), SLUG, 2, 'story')).toBe(true);
		expect(fetch).toHaveBeenCalledWith(`/${SLUG}/chronology/2.html`);
		expect(shownPage(body())).toBe(2);
		expect(articleIds()).toEqual(idsOfPage(2));
		expect(document.querySelectorAll('[data-chronology]')).toHaveLength(1);
		// Still inside the page's <main>, where the first page was.
		expect(document.querySelector('main > [data-chronology]')).not.toBeNull();
	});

	it('does not fetch the page already shown', async () => {
		expect(await showPage(body(), SLUG, 1, 'story')).toBe(true);
		expect(fetch).not.toHaveBeenCalled();
	});

	it('fetches each fragment once, and the embed’s own', async () => {
		const slug = 'cached';
		await showPage(body(), slug, 2, 'embed');
		await showPage(body(), slug, 1, 'embed');
		await showPage(body(), slug, 2, 'embed');
		expect(articleIds()).toEqual(idsOfPage(2));
		expect(document.querySelector('[data-chronology]')!.getAttribute('data-context')).toBe('embed');
		expect(fetch.mock.calls.map(([href]) => href)).toEqual([`/${slug}/embed/chronology/2.html`, `/${slug}/embed/chronology/1.html`]);
	});

	it('leaves the chronology as it is when a later request has superseded this one', async () => {
		expect(await showPage(body(), 'superseded', 2, 'story', () => false)).toBe(false);
		expect(shownPage(body())).toBe(1);
		expect(articleIds()).toEqual(idsOfPage(1));
	});

	it('says no when the fragment has no chronology, or the page none to replace', async () => {
		fetch.mockImplementationOnce(async () => new Response('<p>moved</p>'));
		expect(await showPage(body(), 'empty-fragment', 2, 'story')).toBe(false);
		expect(shownPage(body())).toBe(1);
		document.querySelector('main')!.remove();
		expect(await showPage(body(), 'no-chronology', 2, 'story')).toBe(false);
	});

	it('fails on an error status, and tries again next time', async () => {
		const slug = 'flaky';
		fetch.mockImplementationOnce(async () => new Response('busy', { status: 503 }));
		await expect(showPage(body(), slug, 2, 'story')).rejects.toThrow(`/${slug}/chronology/2.html: 503`);
		expect(shownPage(body())).toBe(1);
		expect(await showPage(body(), slug, 2, 'story')).toBe(true);
		expect(fetch).toHaveBeenCalledTimes(2);
		expect(shownPage(body())).toBe(2);
	});
});

describe('on the pages ChronologyPage.svelte renders', () => {
	it('marks the selection and swaps pages the same way', async () => {
		fragments = rendered;
		showStoryPage();
		expect(shownPage(body())).toBe(1);
		expect(articleIds()).toEqual(idsOfPage(1));
		markSelected(body(), quoted.event.id);
		expect(current()).toEqual([`article ${quoted.event.id}`, ...quoted.quoteIds.map(() => `figure ${quoted.event.id}`)]);
		expect(await showPage(body(), 'rendered', 2, 'story')).toBe(true);
		expect(shownPage(body())).toBe(2);
		expect(articleIds()).toEqual(idsOfPage(2));
		// The page swapped in carries no selection of its own, and the last one is gone with its page.
		expect(current()).toEqual([]);
		const later = itemsOfPage(2)[3].event.id;
		markSelected(body(), later);
		expect(current()).toEqual([`article ${later}`]);
	});
});

describe('whenParsed and whenLoaded', () => {
	it('run at once in a document that is done', () => {
		setReadyState('complete');
		const parsed = vi.fn();
		const loaded = vi.fn();
		whenParsed(parsed)();
		whenLoaded(loaded)();
		expect(parsed).toHaveBeenCalledTimes(1);
		expect(loaded).toHaveBeenCalledTimes(1);
	});

	it('wait for the end of parsing, and for the load, once each', () => {
		setReadyState('loading');
		const parsed = vi.fn();
		const loaded = vi.fn();
		whenParsed(parsed);
		whenLoaded(loaded);
		expect(parsed).not.toHaveBeenCalled();
		document.dispatchEvent(new window.Event('DOMContentLoaded'));
		document.dispatchEvent(new window.Event('DOMContentLoaded'));
		expect(parsed).toHaveBeenCalledTimes(1);
		expect(loaded).not.toHaveBeenCalled();
		window.dispatchEvent(new window.Event('load'));
		window.dispatchEvent(new window.Event('load'));
		expect(loaded).toHaveBeenCalledTimes(1);
	});

	it('whenLoaded waits while the document is interactive; a cleanup before then cancels', () => {
		setReadyState('interactive');
		const parsed = vi.fn();
		const loaded = vi.fn();
		whenParsed(parsed);
		expect(parsed).toHaveBeenCalledTimes(1);
		whenLoaded(loaded)();
		setReadyState('loading');
		whenParsed(parsed)();
		document.dispatchEvent(new window.Event('DOMContentLoaded'));
		window.dispatchEvent(new window.Event('load'));
		expect(parsed).toHaveBeenCalledTimes(1);
		expect(loaded).not.toHaveBeenCalled();
	});
});

describe('deferBodyLayout', () => {
	it('marks the root while the page loads, and lifts the mark once it has', () => {
		setReadyState('loading');
		const root = document.documentElement;
		deferBodyLayout();
		expect(root.hasAttribute('data-body-deferred')).toBe(true);
		window.dispatchEvent(new window.Event('load'));
		expect(root.hasAttribute('data-body-deferred')).toBe(false);
	});

	it('does nothing once the document is parsed (the body is laid out already)', () => {
		setReadyState('interactive');
		const root = document.createElement('div');
		deferBodyLayout(root as unknown as HTMLElement);
		expect(root.hasAttribute('data-body-deferred')).toBe(false);
	});
});
