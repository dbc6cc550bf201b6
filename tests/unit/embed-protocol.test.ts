import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MESSAGE, heightMessages, messageObject, parseParentMessage, pymMessage, readyMessage, selectMessage, validHeight } from '../../src/lib/embed/protocol';

const known = new Set(['vote-held', 'proposal']);
const eventFor = (id: string) => (known.has(id) ? id : id === 'quote-q1' ? 'proposal' : null);
const context = { slug: 'minimal', frame: 'f1', pymId: null };

describe('messages the embed posts', () => {
	it('reports a height in our dialect and AMP’s, and pym’s when pym gave a child id', () => {
		expect(heightMessages(812.2, context)).toEqual([
			{ type: 'story-timeline:height', slug: 'minimal', height: 813, id: 'f1' },
			{ sentinel: 'amp', type: 'embed-size', height: 813 }
		]);
		expect(heightMessages(500, { ...context, pymId: 'pym-timeline' })[2]).toBe('pymxPYMxpym-timelinexPYMxheightxPYMx500');
	});

	it('builds pym messages that pym.js’s parent parses (its own regex and delimiter)', () => {
		const source = readFileSync(createRequire(import.meta.url).resolve('pym.js/dist/pym.v1.js'), 'utf8');
		expect(source).toContain("var MESSAGE_DELIMITER = 'xPYMx';");
		expect(source).toContain("var bits = ['pym', id, messageType, message];");
		const id = 'pym-timeline';
		const parentRegex = new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$');
		const match = pymMessage(id, 'height', '1234').match(parentRegex);
		expect(match?.slice(1)).toEqual(['height', '1234']);
	});

	it('posts no height that is not a positive, finite, sane number', () => {
		for (const bad of [0, -1, NaN, Infinity, 100_001, '500' as unknown as number]) expect(heightMessages(bad, context)).toEqual([]);
		expect(validHeight(1.01)).toBe(2);
	});

	it('names the selection and readiness with the slug and frame', () => {
		expect(selectMessage('proposal', context)).toEqual({ type: MESSAGE.select, slug: 'minimal', id: 'proposal', frame: 'f1' });
		expect(readyMessage(null, context)).toEqual({ type: MESSAGE.ready, slug: 'minimal', id: null, frame: 'f1' });
	});
});

describe('messages the embed accepts from its parent', () => {
	it('navigate to a known event (or a quote’s event); hello; pym width', () => {
		expect(parseParentMessage({ type: 'story-timeline:navigate', id: 'proposal' }, eventFor, null)).toEqual({ kind: 'navigate', id: 'proposal' });
		expect(parseParentMessage({ type: 'story-timeline:navigate', id: 'quote-q1' }, eventFor, null)).toEqual({ kind: 'navigate', id: 'proposal' });
		expect(parseParentMessage('{"type":"story-timeline:navigate","id":"vote-held"}', eventFor, null)).toEqual({ kind: 'navigate', id: 'vote-held' });
		expect(parseParentMessage({ type: 'story-timeline:hello' }, eventFor, null)).toEqual({ kind: 'hello' });
		expect(parseParentMessage('pymxPYMxpxPYMxwidthxPYMx640', eventFor, 'p')).toEqual({ kind: 'pym-width' });
	});

	it('ignores everything else without throwing', () => {
		const junk: unknown[] = [
			undefined,
			null,
			0,
			true,
			'',
			'garbage',
			'{broken',
			'[1,2]',
			'null',
			[],
			{},
			{ type: 'story-timeline:navigate' },
			{ type: 'story-timeline:navigate', id: 'nope' },
			{ type: 'story-timeline:navigate', id: 42 },
			{ type: 'story-timeline:navigate', id: { toString: () => 'proposal' } },
			{ type: 'story-timeline:navigate', id: 'proposal'.repeat(30) },
			{ type: 'story-timeline:height', height: 10 },
			{ type: 'STORY-TIMELINE:NAVIGATE', id: 'proposal' },
			{ sentinel: 'amp', type: 'embed-size', height: 1 },
			'pymxPYMxpxPYMxwidthxPYMx640',
			'pymxPYMxotherxPYMxwidthxPYMx640',
			'pymxPYMxpxPYMxnavigateToxPYMxjavascript:alert(1)',
			'pymxPYMxpxPYMxwidthxPYMx640x',
			`{"type":"story-timeline:hello","pad":"${'x'.repeat(20_000)}"}`,
			Object.create(null)
		];
		junk.forEach((data, index) => expect(parseParentMessage(data, eventFor, data === 'pymxPYMxpxPYMxwidthxPYMx640' ? null : 'p'), `junk[${index}]`).toBeNull());
	});

	it('reads object data as is and JSON strings parsed', () => {
		expect(messageObject({ a: 1 })).toEqual({ a: 1 });
		expect(messageObject('{"a":1}')).toEqual({ a: 1 });
		expect(messageObject('[1]')).toBeNull();
		expect(messageObject('"x"')).toBeNull();
	});
});
