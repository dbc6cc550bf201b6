/**
 * Where the links in static content point (src/lib/state/page-sections.ts),
 * seen in what svelte/server renders: on its own, a quote card or an event
 * links within the page and offers no framing comparison; inside a page of
 * the chronology, the page decides (the story page has the comparison, the
 * classroom's pages link to it on the story page, the embed has none).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { enGB } from 'date-fns/locale/en-GB';
import EventArticle from '../../../src/lib/components/EventArticle.svelte';
import QuoteBlock from '../../../src/lib/components/QuoteBlock.svelte';
import ChronologyPage from '../../../src/lib/components/static/ChronologyPage.svelte';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { quoteAnchor } from '../../../src/lib/literacy/anchors';
import { framingId } from '../../../src/lib/story/page-ids';
import { minimalStory } from '../../helpers/fixtures';

const view = buildStoryView(storySchema.parse(minimalStory()), enGB);
const messages = messagesFor('en');
const slug = view.story.meta.slug;
const item = (id: string) => view.events.find((e) => e.event.id === id)!;
/** The framed event, and a quote that links to another. */
const framed = view.story.framings[0].event;
const [from, to] = Object.entries(view.quoteLinks).flatMap(([quote, links]) => links.filter((l) => l.direction === 'outgoing').map((l) => [quote, l.quote]))[0];
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));

describe('on its own (no page around it)', () => {
	it('a quote card links a related quote on this page', () => {
		const html = render(QuoteBlock, { props: { quote: view.quotes[from], view, messages } }).body;
		expect(hrefs(html)).toContain(`#${quoteAnchor(to)}`);
	});

	it('an event offers no framing comparison', () => {
		const html = render(EventArticle, { props: { item: item(framed), view, messages } }).body;
		expect(html).toContain(`id="${framed}"`);
		expect(hrefs(html).some((href) => href.includes(framingId(framed)))).toBe(false);
	});
});

describe('inside a page of the chronology', () => {
	const page = (context: 'story' | 'embed' | 'pages') => hrefs(render(ChronologyPage, { props: { view, messages, page: 1, context } }).body);

	it('the story page links the framed event to its comparison on the page', () => {
		expect(page('story')).toContain(`#${framingId(framed)}`);
	});

	it('a page of its own links to the comparison on the story page', () => {
		expect(page('pages')).toContain(`/${slug}#${framingId(framed)}`);
	});

	it('the embed has no comparison to link to', () => {
		expect(page('embed').some((href) => href.includes(framingId(framed)))).toBe(false);
	});

	it('quotes on the same page link by anchor', () => {
		expect(page('story')).toContain(`#${quoteAnchor(to)}`);
	});
});
