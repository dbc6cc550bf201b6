import { describe, expect, it } from 'vitest';
import { EmbedHost, type EmbedWindow } from '../../../src/lib/dom/embed-host';
import { MESSAGE, pymMessage } from '../../../src/lib/embed/protocol';

const context = { slug: 'minimal', frame: 'f1', pymId: null };
const known = new Set(['vote-held', 'proposal']);

/** An embed in a frame (or not), with its host page's inbox, a content height to set and the selections it made. */
function setup({ framed = true } = {}) {
	const posted: unknown[] = [];
	const parent = { postMessage: (message: unknown, origin: string) => posted.push(origin === '*' ? message : { wrongOrigin: origin }) };
	const self: EmbedWindow = { postMessage: () => {}, parent };
	if (!framed) self.parent = self;
	const selected: string[] = [];
	const page = { height: 640 };
	const host = new EmbedHost({ measure: () => page.height, eventFor: (id) => (known.has(id) ? id : null), select: (id) => selected.push(id) });
	/** What was posted since the last call, in our dialect only (each height also goes out in AMP's). */
	const take = () => posted.splice(0).filter((m) => typeof m === 'object' && m !== null && 'type' in m && String(m.type).startsWith('story-timeline:'));
	return { host, self, parent, posted, take, selected, page };
}

const height = (h: number) => ({ type: MESSAGE.height, slug: 'minimal', height: h, id: 'f1' });
const ready = (id: string | null) => ({ type: MESSAGE.ready, slug: 'minimal', id, frame: 'f1' });
const select = (id: string | null) => ({ type: MESSAGE.select, slug: 'minimal', id, frame: 'f1' });

describe('EmbedHost outside a frame', () => {
	it('does not start, and posts nothing whatever happens', () => {
		const { host, self, posted, selected } = setup({ framed: false });
		expect(EmbedHost.framed(self)).toBe(false);
		expect(host.start(self, context)).toBe(false);
		expect(host.talking).toBe(false);
		host.reportHeight(true);
		host.selectionChanged('proposal');
		host.receive({ source: self, data: { type: MESSAGE.hello } });
		host.receive({ source: self.parent, data: { type: MESSAGE.navigate, id: 'proposal' } });
		expect(posted).toEqual([]);
		expect(selected).toEqual([]);
	});

	it('still selects the flags’ event quietly', () => {
		const { host, selected, posted } = setup({ framed: false });
		host.selectQuietly('vote-held');
		host.selectionChanged('vote-held');
		expect(selected).toEqual(['vote-held']);
		expect(posted).toEqual([]);
	});
});

describe('EmbedHost in a frame', () => {
	it('posts nothing until started, then says it is ready with the selection so far, and its height', () => {
		const { host, self, posted, take } = setup();
		expect(EmbedHost.framed(self)).toBe(true);
		host.selectionChanged('proposal');
		host.reportHeight(true);
		expect(posted).toEqual([]);
		expect(host.start(self, context)).toBe(true);
		expect(host.talking).toBe(true);
		expect(take()).toEqual([ready('proposal'), height(640)]);
	});

	it('posts to the parent with target origin *, in every dialect (AMP, and pym’s when it gave a child id)', () => {
		const { host, self, posted } = setup();
		host.start(self, { ...context, pymId: 'pym-1' });
		expect(posted).toEqual([ready(null), height(640), { sentinel: 'amp', type: 'embed-size', height: 640 }, pymMessage('pym-1', 'height', '640')]);
	});

	it('posts a height once per change, and again only when forced', () => {
		const { host, self, take, page } = setup();
		host.start(self, context);
		take();
		host.reportHeight();
		host.reportHeight();
		expect(take()).toEqual([]);
		page.height = 700;
		host.reportHeight();
		host.reportHeight();
		expect(take()).toEqual([height(700)]);
		host.reportHeight(true);
		expect(take()).toEqual([height(700)]);
		page.height = 640;
		host.reportHeight();
		expect(take()).toEqual([height(640)]);
	});

	it('posts no height that is not sane', () => {
		const { host, self, posted, page } = setup();
		page.height = 0;
		host.start(self, context);
		expect(posted).toEqual([ready(null)]);
	});

	it('tells the host of each selection, but not of the flags’ quiet one', () => {
		const { host, self, take, selected } = setup();
		host.start(self, context);
		take();
		host.selectQuietly('vote-held');
		expect(selected).toEqual(['vote-held']);
		host.selectionChanged('vote-held');
		expect(take()).toEqual([]);
		host.selectionChanged('proposal');
		host.selectionChanged(null);
		// Only the first change after the flags' selection is the quiet one.
		host.selectionChanged('vote-held');
		expect(take()).toEqual([select('proposal'), select(null), select('vote-held')]);
	});

	it('reports a selection other than the quiet one made before it arrived', () => {
		const { host, self, take } = setup();
		host.start(self, context);
		take();
		host.selectQuietly('vote-held');
		host.selectionChanged('proposal');
		expect(take()).toEqual([select('proposal')]);
	});

	it('stops posting once stopped', () => {
		const { host, self, posted, page } = setup();
		host.start(self, context);
		posted.length = 0;
		host.stop();
		expect(host.talking).toBe(false);
		page.height = 900;
		host.reportHeight(true);
		host.selectionChanged('proposal');
		host.receive({ source: self.parent, data: { type: MESSAGE.hello } });
		expect(posted).toEqual([]);
	});
});

describe('EmbedHost and the parent’s messages', () => {
	function started(pymId: string | null = null) {
		const s = setup();
		s.host.start(s.self, { ...context, pymId });
		s.take();
		return s;
	}

	it('selects the event the parent navigates to, and tells the host (it is not quiet)', () => {
		const { host, parent, selected, take } = started();
		host.receive({ source: parent, data: { type: MESSAGE.navigate, id: 'proposal' } });
		expect(selected).toEqual(['proposal']);
		host.selectionChanged('proposal');
		expect(take()).toEqual([select('proposal')]);
	});

	it('takes navigate messages as JSON strings too, and does not reselect the selected event', () => {
		const { host, parent, selected } = started();
		host.selectionChanged('vote-held');
		host.receive({ source: parent, data: JSON.stringify({ type: MESSAGE.navigate, id: 'vote-held' }) });
		host.receive({ source: parent, data: JSON.stringify({ type: MESSAGE.navigate, id: 'proposal' }) });
		expect(selected).toEqual(['proposal']);
	});

	it('answers hello with ready and the height, even unchanged', () => {
		const { host, parent, take } = started();
		host.selectionChanged('vote-held');
		take();
		host.receive({ source: parent, data: { type: MESSAGE.hello } });
		expect(take()).toEqual([ready('vote-held'), height(640)]);
	});

	it('reports its height again when pym’s parent says its width', () => {
		const { host, parent, posted } = started('pym-1');
		host.receive({ source: parent, data: pymMessage('pym-1', 'width', '600') });
		expect(posted).toEqual([height(640), { sentinel: 'amp', type: 'embed-size', height: 640 }, pymMessage('pym-1', 'height', '640')]);
	});

	it('acts only on messages from the parent', () => {
		const { host, self, posted, selected } = started();
		for (const source of [null, self, { postMessage: () => {} }]) {
			host.receive({ source, data: { type: MESSAGE.navigate, id: 'proposal' } });
			host.receive({ source, data: { type: MESSAGE.hello } });
		}
		expect(selected).toEqual([]);
		expect(posted).toEqual([]);
	});

	it('ignores bad messages without a word', () => {
		const { host, parent, posted, selected } = started();
		const bad = [
			null,
			undefined,
			42,
			'hello',
			'{not json',
			[MESSAGE.hello],
			{ type: 'story-timeline:unknown' },
			{ type: MESSAGE.navigate },
			{ type: MESSAGE.navigate, id: 'not-an-event' },
			{ type: MESSAGE.navigate, id: 7 },
			{ type: MESSAGE.navigate, id: 'x'.repeat(201) },
			// pym's width for another child, or without a pym id of ours.
			pymMessage('pym-2', 'width', '600'),
			pymMessage('pym-1', 'width', '600')
		];
		for (const data of bad) host.receive({ source: parent, data });
		expect(selected).toEqual([]);
		expect(posted).toEqual([]);
	});
});
