import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { validateStory, formatProblems } from '../../src/lib/story/validate';
import { storyJsonSchema } from '../../src/lib/story/schema';
import { readJson, storyFiles } from '../helpers/fixtures';

describe('every story in data/stories', () => {
	const files = storyFiles();

	it('there is at least one', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	for (const file of files) {
		it(`${file} validates`, () => {
			const result = validateStory(readJson(file), { fileSlug: basename(file, '.json') });
			expect(result.ok, result.ok ? '' : formatProblems(file, result.errors)).toBe(true);
		});
	}

	it('the default story in data/site.json exists', () => {
		const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
		expect(files.map((f) => basename(f, '.json'))).toContain(defaultStory);
	});
});

describe('the JSON Schema for editors', () => {
	it('data/story.schema.json is up to date with src/lib/story/schema.ts (npm run schema:write)', () => {
		expect(JSON.parse(readFileSync('data/story.schema.json', 'utf8'))).toEqual(storyJsonSchema());
	});

	it('describes the fields and the enums', () => {
		const schema = storyJsonSchema() as any;
		expect(schema.required).toEqual(expect.arrayContaining(['meta', 'actors', 'sources', 'chapters', 'events']));
		// One kind, or a list of them.
		const [one, list] = schema.properties.sources.items.properties.kind.anyOf;
		expect(one.enum).toContain('aggregator-copy');
		expect(list.items.enum).toContain('transcript');
		expect(schema.properties.sources.items.properties.url.pattern).toBe('^https?:\\/\\/');
	});
});
