import { describe, expect, it } from 'vitest';
import { linkTarget, routeClick, type ClickFacts, type ClickStory, type LinkFacts } from '../../src/lib/story/click-route';

const ORIGIN = 'https://stories.example';
const here = { origin: ORIGIN, pathname: '/minimal' };
const events = new Set(['vote-held', 'proposal', 'odd id']);
/** As StoryExplorer's: an event's id, or a quote card's anchor selecting the quote's event. */
const story: ClickStory = {
	slug: 'minimal',
	here,
	eventFor: (anchor) => (events.has(anchor) ? anchor : anchor === 'quote-q1' ? 'proposal' : null),
	isEvent: (id) => events.has(id)
};

/** A link on this page, to `#hash` unless told otherwise. */
function link(facts: Partial<LinkFacts> = {}): LinkFacts {
	return { origin: ORIGIN, pathname: '/minimal', hash: '', target: '', download: false, ...facts };
}

/** A plain left click on the article of `vote-held`, with nothing selected. */
function click(facts: Partial<ClickFacts> = {}): ClickFacts {
	return { button: 0, modified: false, defaultPrevented: false, link: null, eventId: 'vote-held', onControl: false, selectionCollapsed: true, ...facts };
}

describe('linkTarget', () => {
	it('takes an anchor on this page, on the story page, or on one of its pages', () => {
		expect(linkTarget(link({ hash: '#vote-held' }), 'minimal', here)).toEqual({ kind: 'hash', id: 'vote-held' });
		expect(linkTarget(link({ pathname: '/minimal/page/3', hash: '#proposal' }), 'minimal', here)).toEqual({ kind: 'hash', id: 'proposal' });
		// The embed's own path is "this page" too.
		expect(linkTarget(link({ pathname: '/minimal/embed', hash: '#proposal' }), 'minimal', { origin: ORIGIN, pathname: '/minimal/embed' })).toEqual({ kind: 'hash', id: 'proposal' });
	});

	it('decodes the anchor, and leaves a malformed one to the browser', () => {
		expect(linkTarget(link({ hash: '#odd%20id' }), 'minimal', here)).toEqual({ kind: 'hash', id: 'odd id' });
		expect(linkTarget(link({ hash: '#%E0%A4%A' }), 'minimal', here)).toBeNull();
	});

	it('takes the pager’s links as pages, whatever their hash', () => {
		expect(linkTarget(link({ pathname: '/minimal/page/2', chronologyPage: '2' }), 'minimal', here)).toEqual({ kind: 'page', page: 2 });
		expect(linkTarget(link({ chronologyPage: '1', hash: '#vote-held' }), 'minimal', here)).toEqual({ kind: 'page', page: 1 });
	});

	it('leaves everything else to the browser', () => {
		expect(linkTarget(link(), 'minimal', here)).toBeNull();
		expect(linkTarget(link({ hash: '#' }), 'minimal', here)).toBeNull();
		expect(linkTarget(link({ origin: 'https://elsewhere.example', hash: '#vote-held' }), 'minimal', here)).toBeNull();
		expect(linkTarget(link({ pathname: '/other-story', hash: '#vote-held' }), 'minimal', here)).toBeNull();
		expect(linkTarget(link({ pathname: '/minimal-sequel', hash: '#vote-held' }), 'minimal', here)).toBeNull();
		expect(linkTarget(link({ pathname: '/minimal/classroom', hash: '#vote-held' }), 'minimal', here)).toBeNull();
		expect(linkTarget(link({ target: '_blank', hash: '#vote-held' }), 'minimal', here)).toBeNull();
		expect(linkTarget(link({ download: true, hash: '#vote-held' }), 'minimal', here)).toBeNull();
	});
});

describe('routeClick: links', () => {
	it('shows another page of the chronology in place', () => {
		expect(routeClick(click({ link: link({ pathname: '/minimal/page/2', chronologyPage: '2' }) }), story)).toEqual({ kind: 'page', page: 2 });
	});

	it('selects the event a link to an event or a quote card names, and keeps the link’s anchor', () => {
		expect(routeClick(click({ link: link({ hash: '#proposal' }) }), story)).toEqual({ kind: 'select', id: 'proposal', anchor: 'proposal', fromLink: true });
		expect(routeClick(click({ link: link({ hash: '#quote-q1' }) }), story)).toEqual({ kind: 'select', id: 'proposal', anchor: 'quote-q1', fromLink: true });
		expect(routeClick(click({ link: link({ pathname: '/minimal/page/4', hash: '#proposal' }) }), story)).toEqual({ kind: 'select', id: 'proposal', anchor: 'proposal', fromLink: true });
	});

	it('leaves a link to an anchor that is no event (a heading, a footnote) to the browser', () => {
		expect(routeClick(click({ link: link({ hash: '#chronology-heading' }) }), story)).toEqual({ kind: 'none' });
	});

	it('never falls back to selecting the article a link is in', () => {
		for (const other of [link({ origin: 'https://source.example', pathname: '/report' }), link({ hash: '#chronology-heading' }), link()]) {
			expect(routeClick(click({ link: other, eventId: 'vote-held' }), story)).toEqual({ kind: 'none' });
		}
	});

	it('follows a link even inside a control or with text selected (only article clicks care)', () => {
		expect(routeClick(click({ link: link({ hash: '#proposal' }), onControl: true, selectionCollapsed: false }), story)).toMatchObject({ kind: 'select', id: 'proposal' });
	});
});

describe('routeClick: articles and quote cards', () => {
	it('selects the event of the article or card clicked, without scrolling to it', () => {
		expect(routeClick(click(), story)).toEqual({ kind: 'select', id: 'vote-held', anchor: 'vote-held', fromLink: false });
		expect(routeClick(click({ eventId: 'proposal' }), story)).toEqual({ kind: 'select', id: 'proposal', anchor: 'proposal', fromLink: false });
	});

	it('ignores a click outside any event, or on an element naming an event the story does not have', () => {
		expect(routeClick(click({ eventId: null }), story)).toEqual({ kind: 'none' });
		expect(routeClick(click({ eventId: 'not-an-event' }), story)).toEqual({ kind: 'none' });
		expect(routeClick(click({ eventId: '' }), story)).toEqual({ kind: 'none' });
	});

	it('ignores a click on a control (a details summary, a button, a form field, a label)', () => {
		expect(routeClick(click({ onControl: true }), story)).toEqual({ kind: 'none' });
	});

	it('ignores a click that ends a text selection', () => {
		expect(routeClick(click({ selectionCollapsed: false }), story)).toEqual({ kind: 'none' });
	});
});

describe('routeClick: clicks that are not the timeline’s', () => {
	const routes = [click(), click({ link: link({ hash: '#proposal' }) }), click({ link: link({ chronologyPage: '2' }) })];

	it('ignores modified clicks (new tab, new window, download)', () => {
		for (const c of routes) expect(routeClick({ ...c, modified: true }, story)).toEqual({ kind: 'none' });
	});

	it('ignores other buttons than the main one', () => {
		for (const c of routes) for (const button of [1, 2]) expect(routeClick({ ...c, button }, story)).toEqual({ kind: 'none' });
	});

	it('ignores clicks someone else has handled', () => {
		for (const c of routes) expect(routeClick({ ...c, defaultPrevented: true }, story)).toEqual({ kind: 'none' });
	});

	it('asks the story nothing about a click it ignores', () => {
		const asked: string[] = [];
		const spy: ClickStory = { ...story, eventFor: (a) => (asked.push(a), story.eventFor(a)), isEvent: (id) => (asked.push(id), story.isEvent(id)) };
		routeClick(click({ modified: true, link: link({ hash: '#proposal' }) }), spy);
		routeClick(click({ onControl: true }), spy);
		expect(asked).toEqual([]);
	});
});
