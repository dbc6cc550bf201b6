import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventIdText, IdAllocator, slugify } from '../../src/lib/import/slug';
import { idSchema } from '../../src/lib/story/schema';

describe('slugify', () => {
	it.each([
		['Council vote', 'council-vote'],
		['Crème brûlée: the vote!', 'creme-brulee-the-vote'],
		["The mayor's reply", 'the-mayors-reply'],
		['Tom & Jerry', 'tom-and-jerry'],
		['  --Already-a-slug--  ', 'already-a-slug'],
		['Survey_1990', 'survey-1990'],
		['日本語', '']
	])('%s → %s', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	it('cuts long slugs at a word boundary and the result is still a slug', () => {
		const slug = slugify('A very long headline that goes on and on about the council meeting and what followed it');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug.endsWith('-')).toBe(false);
		expect(idSchema.safeParse(slug).success).toBe(true);
	});
});

describe('IdAllocator', () => {
	it('numbers repeats and says so', () => {
		const ids = new IdAllocator();
		expect(ids.allocate('Council vote', 'event')).toEqual({ id: 'council-vote', renumbered: false });
		expect(ids.allocate('Council vote!', 'event')).toEqual({ id: 'council-vote-2', renumbered: true });
		expect(ids.allocate('council-vote', 'event')).toEqual({ id: 'council-vote-3', renumbered: true });
	});

	it('falls back when the text has no letters or digits', () => {
		const ids = new IdAllocator();
		expect(ids.allocate('???', 'event').id).toBe('event');
		expect(ids.allocate('', 'event').id).toBe('event-2');
	});

	it('never hands out a reserved id', () => {
		expect(new IdAllocator(['sources-heading']).allocate('Sources heading', 'event').id).toBe('sources-heading-2');
	});
});

describe('eventIdText', () => {
	it('keeps event ids clear of the ids the story page gives chapters, sources, quotes and marks', () => {
		expect(eventIdText('Chapter 1')).toBe('event-chapter-1');
		expect(eventIdText('Source: the BBC')).toBe('event-source-the-bbc');
		expect(eventIdText('Council vote')).toBe('council-vote');
	});
});

describe('IdAllocator numbering', () => {
	/** The numbering as it always was: count up from 2 until an id is free. */
	function countingFrom2(reserved: string[], texts: string[]): string[] {
		const taken = new Set(reserved);
		return texts.map((text) => {
			const base = slugify(text) || 'event';
			let id = base;
			for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
			taken.add(id);
			return id;
		});
	}

	it('hands out the same ids as counting up from 2, whatever the order of repeats and numbered texts', () => {
		const text = fc.constantFrom('vote', 'Vote!', 'vote-2', 'vote-3', 'vote-2-2', 'vote 10', 'poll', '???', '');
		fc.assert(
			fc.property(fc.array(text, { maxLength: 40 }), fc.subarray(['vote', 'vote-2', 'vote-4', 'event']), (texts, reserved) => {
				const ids = new IdAllocator(reserved);
				expect(texts.map((t) => ids.allocate(t, 'event').id)).toEqual(countingFrom2(reserved, texts));
			})
		);
	});
});
