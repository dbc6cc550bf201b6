import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enGB } from 'date-fns/locale/en-GB';
import { chronologyFragmentHref, chronologyPageHref, linksForPage, orderRangeOfPage, pageCount, pageOfOrder, pagerItems, sourcesOnPage } from '../../src/lib/story/pages';
import { timelineDataOf, timelineEvents } from '../../src/lib/timeline/data';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema } from '../../src/lib/story/schema';
import { generateStory } from '../../bench/generate';
import { minimalStory } from '../helpers/fixtures';

describe('chronology pages', () => {
	it('cover every event exactly once, in order, for any story length and page size', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 200 }), (events, size) => {
				const pages = pageCount(events, size);
				const seen: number[] = [];
				for (let page = 1; page <= pages; page++) {
					const [from, to] = orderRangeOfPage(page, events, size);
					for (let order = from; order < to; order++) {
						expect(pageOfOrder(order, size)).toBe(page);
						seen.push(order);
					}
				}
				expect(seen).toEqual(Array.from({ length: events }, (_, i) => i));
			})
		);
	});

	it('a story that fits one page has one page, and it is the story page itself', () => {
		expect(pageCount(46)).toBe(1);
		expect(pageCount(0)).toBe(1);
		expect(chronologyPageHref('leak', 1)).toBe('/leak');
		expect(chronologyPageHref('leak', 3)).toBe('/leak/page/3');
		expect(chronologyFragmentHref('leak', 3)).toBe('/leak/chronology/3.html');
		expect(chronologyFragmentHref('leak', 3, 'embed')).toBe('/leak/embed/chronology/3.html');
	});

	it('the pager shows the ends and the neighbours, with gaps marked', () => {
		expect(pagerItems(1, 1)).toEqual([1]);
		expect(pagerItems(1, 3)).toEqual([1, 2, 3]);
		expect(pagerItems(1, 200)).toEqual([1, 2, 3, null, 200]);
		expect(pagerItems(100, 200)).toEqual([1, null, 98, 99, 100, 101, 102, null, 200]);
		expect(pagerItems(200, 200)).toEqual([1, null, 198, 199, 200]);
		expect(pagerItems(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('links point at an anchor on the same page and at the other page otherwise', () => {
		const order = new Map([
			['a', 0],
			['b', 1],
			['c', 2]
		]);
		const story = { slug: 's', orderOf: (id: string) => order.get(id)!, eventOfQuote: (q: string) => q.replace('q-', ''), hasFramings: true };
		// Page size is CHRONOLOGY_PAGE_SIZE (50): three events are all on page 1.
		const links = linksForPage(story, 1, 'story');
		expect(links.eventHref('c')).toBe('#c');
		expect(links.quoteHref('q-b')).toBe('#q-b');
		expect(links.framingHref('a')).toBe('#framing-a');
		const bigOrder = (id: string) => Number(id.slice(1));
		const big = { slug: 's', orderOf: bigOrder, eventOfQuote: (q: string) => q.replace('q', 'e'), hasFramings: true };
		const page2 = linksForPage(big, 2, 'pages');
		expect(page2.eventHref('e10')).toBe('/s#e10');
		expect(page2.eventHref('e60')).toBe('#e60');
		expect(page2.eventHref('e120')).toBe('/s/page/3#e120');
		expect(page2.quoteHref('q120')).toBe('/s/page/3#quote-q120');
		expect(page2.framingHref('e60')).toBe('/s#framing-e60');
		expect(linksForPage(big, 1, 'embed').framings).toBe(false);
	});
});

describe('timeline data', () => {
	it('round-trips every event of a story in time order', () => {
		const view = buildStoryView(storySchema.parse(minimalStory()), enGB);
		const events = timelineEvents(timelineDataOf(view, 50));
		expect(events.map((e) => e.id)).toEqual(view.events.map((e) => e.event.id));
		events.forEach((e, i) => {
			const item = view.events[i];
			expect(e).toEqual({
				id: item.event.id,
				order: i,
				title: item.event.title,
				dateText: item.date.text,
				kind: item.event.kind,
				importance: item.event.importance,
				wallStart: item.drawStart,
				wallEnd: item.drawEnd,
				chapter: item.event.chapter,
				gapText: item.gapText
			});
		});
	});

	it('maps each quote to its event, and is far smaller than the story view it replaces', () => {
		const story = storySchema.parse(generateStory({ events: 1000, seed: 1 }));
		const view = buildStoryView(story, enGB);
		const data = timelineDataOf(view, 50);
		for (const quote of story.quotes) expect(data.columns.id[data.quoteEvents[quote.id]]).toBe(quote.event);
		const ratio = JSON.stringify(data).length / JSON.stringify(view).length;
		expect(ratio).toBeLessThan(0.25);
	});
});

describe('the sources a page of a long chronology lists', () => {
	const story = storySchema.parse(generateStory({ events: 300, seed: 5 }));
	const view = buildStoryView(story, enGB);
	const order = new Map(story.sources.map((s, i) => [s.id, i]));

	it("include every source its events and quotes cite, and what those are based on, in the story's order", () => {
		for (let page = 1; page <= pageCount(view.events.length); page++) {
			const items = view.events.slice(...orderRangeOfPage(page, view.events.length));
			const listed = sourcesOnPage(view, items, false);
			const set = new Set(listed);
			for (const item of items) {
				for (const id of item.event.sources) expect(set.has(id), id).toBe(true);
				for (const quoteId of item.quoteIds) for (const id of view.quotes[quoteId].sources) expect(set.has(id), id).toBe(true);
			}
			for (const id of listed) for (const earlier of view.sources[id].basedOn ?? []) expect(set.has(earlier), `${id} is based on ${earlier}`).toBe(true);
			expect(listed.map((id) => order.get(id)!)).toEqual([...listed.map((id) => order.get(id)!)].sort((a, b) => a - b));
			expect(listed.length).toBeLessThan(story.sources.length);
		}
	});

	it('on the story page, also those of the framing comparison and the open questions', () => {
		const items = view.events.slice(...orderRangeOfPage(1, view.events.length));
		const plain = new Set(sourcesOnPage(view, items, false));
		const storyLevel = new Set(sourcesOnPage(view, items, true));
		for (const id of plain) expect(storyLevel.has(id)).toBe(true);
		for (const framing of story.framings) if (framing.source) expect(storyLevel.has(framing.source)).toBe(true);
		for (const unknown of story.unknowns) for (const position of unknown.positions) expect(storyLevel.has(position.source)).toBe(true);
	});
});
