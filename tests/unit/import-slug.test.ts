import { describe, expect, it } from 'vitest';
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
