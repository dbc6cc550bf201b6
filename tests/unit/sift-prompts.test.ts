/**
 * Which events get SIFT prompts in the classroom view, and which prompts
 * (src/lib/literacy/sift.ts): the key events and those with framings or open
 * questions; Stop always, Investigate and Find when the event cites sources,
 * Trace when it has a quote.
 */
import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { deservesPrompts, siftPrompts } from '../../src/lib/literacy/sift';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema } from '../../src/lib/story/schema';
import { messagesFor } from '../../src/lib/i18n/messages';
import { kindText } from '../../src/lib/story/source-kind';
import { minimalStory } from '../helpers/fixtures';

const view = buildStoryView(storySchema.parse(minimalStory()), enGB);
const messages = messagesFor('en');
const item = (id: string) => view.events.find((e) => e.event.id === id)!;

describe('deservesPrompts', () => {
	it('picks the key events, and those with framings or open questions', () => {
		// vote-held is key (and framed), proposal has an open question; vote-day and reaction have neither.
		expect(deservesPrompts(item('vote-held'), view)).toBe(true);
		expect(deservesPrompts(item('proposal'), view)).toBe(true);
		expect(deservesPrompts(item('vote-day'), view)).toBe(false);
		expect(deservesPrompts(item('reaction'), view)).toBe(false);
	});

	it('counts a framing alone, or an open question alone', () => {
		const normal = { ...item('reaction'), event: { ...item('reaction').event, importance: 'normal' as const } };
		expect(deservesPrompts(normal, { ...view, framingsByEvent: { ...view.framingsByEvent, reaction: view.framingsByEvent['vote-held'] } })).toBe(true);
		expect(deservesPrompts(normal, { ...view, unknownsByEvent: { ...view.unknownsByEvent, reaction: view.unknownsByEvent['proposal'] } })).toBe(true);
		expect(deservesPrompts(normal, { ...view, framingsByEvent: { ...view.framingsByEvent, reaction: [] } })).toBe(false);
	});
});

describe('siftPrompts', () => {
	it('always begins with Stop, and goes through the moves in order', () => {
		for (const e of view.events) {
			const moves = siftPrompts(e, view, messages).map((p) => p.move);
			expect(moves[0]).toBe('stop');
			const order = ['stop', 'investigate', 'find', 'trace'];
			expect(moves).toEqual(order.filter((m) => moves.includes(m as never)));
		}
	});

	it('investigates the source that published first, and counts the sources to compare', () => {
		const prompts = siftPrompts(item('vote-held'), view, messages);
		const roles = view.provenance.events['vote-held'].roles;
		const first = view.sources[(roles.find((r) => r.first) ?? roles[0]).id];
		expect(prompts.find((p) => p.move === 'investigate')!.text).toBe(messages.classroom.investigate(first.outlet, kindText(first, messages.sourceKinds)));
		expect(prompts.find((p) => p.move === 'find')!.text).toBe(messages.classroom.findBetter(roles.length));
		expect(prompts.map((p) => p.move)).toContain('trace');
	});

	it('has no Trace for an event without a quote, and only Stop for one without sources', () => {
		expect(siftPrompts(item('proposal'), view, messages).map((p) => p.move)).toEqual(['stop', 'investigate', 'find']);
		const bare = { ...view, provenance: { ...view.provenance, events: {} } };
		expect(siftPrompts(item('proposal'), bare, messages)).toEqual([{ move: 'stop', text: messages.classroom.stop }]);
	});

	it('speaks the story’s language', () => {
		const de = messagesFor('de');
		const prompts = siftPrompts(item('vote-held'), view, de);
		expect(prompts[0].text).toBe(de.classroom.stop);
		expect(prompts[0].text).not.toBe(messages.classroom.stop);
	});
});
