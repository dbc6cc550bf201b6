/**
 * Where a citation mark leads (src/lib/state/source-links.ts), seen in what
 * svelte/server renders: on its own, into this page's source list; inside a
 * page of the chronology, wherever that page says (the one-page story page
 * has the list; the embed has none, so the mark leads to the source itself).
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { enGB } from 'date-fns/locale/en-GB';
import CitedText from '../../../src/lib/components/literacy/CitedText.svelte';
import ChronologyPage from '../../../src/lib/components/static/ChronologyPage.svelte';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { sourceAnchor } from '../../../src/lib/literacy/citations';
import { minimalStory } from '../../helpers/fixtures';

const story = minimalStory();
story.events[0].summary = 'The council votes yes (minutes).';
const view = buildStoryView(storySchema.parse(story), enGB);
const messages = messagesFor('en');
const citationHref = (html: string) => /<a class="citation[^"]*" href="([^"]*)"[^>]*data-citation="minutes"/.exec(html)?.[1];

describe('citation links', () => {
	it("on their own lead into this page's source list", () => {
		const html = render(CitedText, { props: { text: 'Says so (minutes).', view, messages } }).body;
		expect(citationHref(html)).toBe(`#${sourceAnchor('minutes')}`);
	});

	it("in the story page's one-page chronology lead into its source list", () => {
		const html = render(ChronologyPage, { props: { view, messages, page: 1, context: 'story' } }).body;
		expect(citationHref(html)).toBe(`#${sourceAnchor('minutes')}`);
	});

	it('in the embed, which lists no sources, lead to the source itself', () => {
		const html = render(ChronologyPage, { props: { view, messages, page: 1, context: 'embed' } }).body;
		expect(citationHref(html)).toBe(view.sources.minutes.url);
	});
});
