import { describe, expect, it } from 'vitest';
import { scaffoldStory, PLACEHOLDER_SOURCE_URL } from '../../src/lib/authoring/scaffold';
import { slugProblem, storyFileChunks, storyFileJson, todayAsLocalDate } from '../../src/lib/authoring/story-file';
import { readJson } from '../helpers/fixtures';
import type { Story } from '../../src/lib/story/schema';
import { validateStory } from '../../src/lib/story/validate';

describe('scaffoldStory', () => {
	const story = scaffoldStory({ slug: 'council-vote-2024', today: '2024-05-01' });

	it('is valid with no warnings and is not a draft, so story:check --strict passes on it', () => {
		const result = validateStory(story, { fileSlug: 'council-vote-2024' });
		expect(result.ok && result.warnings).toEqual([]);
		expect(story.meta.draft).toBeUndefined();
	});

	it('has one chapter, quote and source, the source an obvious placeholder, and two events', () => {
		expect([story.chapters.length, story.events.length, story.quotes.length, story.sources.length]).toEqual([1, 2, 1, 1]);
		expect(story.sources[0].url).toBe(PLACEHOLDER_SOURCE_URL);
		expect(story.events.map((e) => e.summary)).toEqual([expect.stringMatching(/^Replace with/), expect.stringMatching(/^Replace with/)]);
	});

	it('shows the forms a second event often needs: a part of a day and what it followed', () => {
		expect(story.events[1]).toMatchObject({ when: expect.stringMatching(/^\d{4}-\d{2}-\d{2} afternoon$/), after: story.events[0].id });
	});

	it('takes the title, zone and language it is given', () => {
		expect(scaffoldStory({ slug: 's', today: '2024-05-01', title: 'A title', timeZone: 'Europe/Berlin', language: 'de' }).meta).toMatchObject({
			title: 'A title',
			timeZone: 'Europe/Berlin',
			language: 'de'
		});
	});
});

describe('story files', () => {
	it('write "$schema" first', () => {
		const text = storyFileJson(scaffoldStory({ slug: 's', today: '2024-05-01' }));
		expect(text.startsWith('{\n\t"$schema": "../story.schema.json",\n\t"meta"')).toBe(true);
	});

	it('are written in pieces that make exactly the JSON text, whatever the size of a piece', () => {
		const stories = [scaffoldStory({ slug: 's', today: '2024-05-01' }), ...['minimal', 'long-fixture', 'fixture-de'].map((name) => readJson<Story>(`tests/fixtures/stories/${name}.json`))];
		stories.push({ ...stories[1], framings: [], unknowns: [], teaching: undefined, quotes: [] } as Story);
		for (const story of stories) {
			const { $schema: _, ...rest } = story as Story & { $schema?: string };
			const expected = `${JSON.stringify({ $schema: '../story.schema.json', ...rest }, null, '\t')}\n`;
			for (const size of [1, 100, 1 << 20]) {
				const chunks = [...storyFileChunks(rest as Story, size)];
				expect(chunks.join(''), `${rest.meta.slug} in pieces of ${size}`).toBe(expected);
				if (size === 100) expect(chunks.length).toBeGreaterThan(rest.events.length / 10);
			}
			expect(storyFileJson(rest as Story)).toBe(expected);
		}
	});

	it('accept only slugs as names', () => {
		expect(slugProblem('council-vote-2024')).toBeUndefined();
		expect(slugProblem('Council Vote')).toMatch(/not a valid slug/);
		expect(slugProblem('a--b')).toMatch(/not a valid slug/);
	});

	it('date today as YYYY-MM-DD', () => {
		expect(todayAsLocalDate(new Date(2024, 0, 5))).toBe('2024-01-05');
	});
});
