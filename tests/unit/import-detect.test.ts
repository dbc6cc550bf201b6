import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectFormat, importStory, ImportError } from '../../src/lib/import';
import { validateStory } from '../../src/lib/story/validate';

const read = (name: string) => readFileSync(`tests/fixtures/import/${name}`, 'utf8');

describe('detectFormat', () => {
	it.each([
		['timeline.json', 'timelinejs'],
		['sheets.csv', 'sheets-csv'],
		['plain.csv', 'plain-csv']
	])('%s is %s', (file, format) => expect(detectFormat(read(file))).toBe(format));

	it('sees through a byte-order mark and leading whitespace', () => {
		expect(detectFormat('\uFEFF  {"events": []}')).toBe('timelinejs');
		expect(detectFormat('\uFEFFYear,Month,Day,Headline,Text\n2001,,,A,B')).toBe('sheets-csv');
	});

	it('refuses a file it cannot place and says what it expected', () => {
		expect(() => detectFormat('name,age\nAda,36')).toThrow(ImportError);
		expect(() => detectFormat('name,age\nAda,36')).toThrow(/--format timelinejs\|sheets-csv\|plain-csv/);
	});
});

describe('importStory', () => {
	it('detects the format and each fixture imports into a valid draft', () => {
		for (const [file, format] of [
			['timeline.json', 'timelinejs'],
			['sheets.csv', 'sheets-csv'],
			['plain.csv', 'plain-csv']
		] as const) {
			const result = importStory(read(file), { slug: 'fixture', timeZone: 'UTC', today: '2024-05-01' });
			expect(result.format).toBe(format);
			expect(validateStory(result.story, { fileSlug: 'fixture' }).ok).toBe(true);
		}
	});

	it('lets --format override the detection', () => {
		// A Sheets export read as a plain CSV has no "date" column: the override was obeyed.
		expect(() => importStory(read('sheets.csv'), { slug: 'x', format: 'plain-csv', timeZone: 'UTC' })).toThrow(/no date column/);
	});
});
