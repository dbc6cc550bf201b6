/**
 * Workbooks other programs saved read the same (tests/fixtures/workbooks,
 * made by make.sh: our exports re-saved by LibreOffice and Gnumeric, and
 * copies edited and saved by LibreOffice). Each bad cell gets its one line.
 * No program is needed here: the files are committed.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory } from '../../src/lib/story/load';
import type { Story } from '../../src/lib/story/schema';
import { formatWorkbookProblems, readStoryCsv, readWorkbook, type WorkbookResult } from '../../src/lib/workbook';

const DIR = 'tests/fixtures/workbooks';

function storyOf(file: string): Story {
	const result = loadStory(readFileSync(file));
	if (!result.ok) throw new Error(`${file} is not valid`);
	return result.story;
}

const STORIES: Record<string, () => Story> = {
	'ashworth-leak-2019': () => storyOf('data/stories/ashworth-leak-2019.json'),
	'tricky-text': () => storyOf(join(DIR, 'tricky-text.json')),
	minimal: () => storyOf('tests/fixtures/stories/minimal.json')
};

const read = (file: string) => readWorkbook(readFileSync(join(DIR, file)));
const problemLines = (problems: Parameters<typeof formatWorkbookProblems>[1]) =>
	problems.length
		? formatWorkbookProblems('f', problems)
				.split('\n')
				.map((line) => line.replace(/^f: /, ''))
		: [];

function ok(result: WorkbookResult): Story {
	expect(result.ok ? [] : problemLines(result.errors)).toEqual([]);
	if (!result.ok) throw new Error('refused');
	return result.story;
}

/**
 * LibreOffice Calc holds no tab inside a cell: opening our xlsx or ods, it
 * drops them (the only thing it changes). Compared without them.
 */
function withoutTabs(story: Story): Story {
	return JSON.parse(JSON.stringify(story), (_, value: unknown) => (typeof value === 'string' ? value.replace(/\t/g, '') : value)) as Story;
}

describe('our exports, re-saved by other programs', () => {
	it('has the files make.sh makes', () => {
		expect(readdirSync(join(DIR, 'libreoffice')).sort()).toEqual(['ashworth-leak-2019.ods', 'ashworth-leak-2019.xlsx', 'tricky-text.ods', 'tricky-text.xlsx']);
		expect(readdirSync(join(DIR, 'gnumeric')).sort()).toEqual(['ashworth-leak-2019.ods', 'ashworth-leak-2019.xlsx', 'tricky-text-csv', 'tricky-text.ods', 'tricky-text.xlsx']);
	});

	for (const program of ['libreoffice', 'gnumeric']) {
		for (const story of ['ashworth-leak-2019', 'tricky-text']) {
			for (const form of ['xlsx', 'ods']) {
				it(`${program}/${story}.${form} reads back as the story`, () => {
					const result = read(`${program}/${story}.${form}`);
					expect(result.warnings).toEqual([]);
					const expected = STORIES[story]();
					expect(ok(result)).toStrictEqual(program === 'libreoffice' ? withoutTabs(expected) : expected);
				});
			}
		}
	}

	it('the tricky text does hold tabs, so the comparison above without them means something', () => {
		expect(JSON.stringify(STORIES['tricky-text']())).toContain('\\t');
	});

	it('gnumeric/tricky-text-csv, one CSV file per sheet named as the sheet, reads back as the story', () => {
		const folder = join(DIR, 'gnumeric/tricky-text-csv');
		const files = new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));
		expect(files.has('Open questions.csv')).toBe(true);
		expect(ok(readStoryCsv(files))).toStrictEqual(STORIES['tricky-text']());
	});
});

describe('cells as a journalist leaves them, saved by LibreOffice', () => {
	const minimal = STORIES.minimal;

	it.each(['number-in-text.xlsx', 'number-in-text.ods'])('%s: a number typed into a text column reads as typed', (file) => {
		const result = read(`cells/${file}`);
		const story = ok(result);
		expect(result.warnings).toEqual([]);
		expect(story.events[0].title).toBe('1984');
		expect(story.sources[1].published).toBe('2024');
		const expected = minimal();
		expected.events[0].title = '1984';
		expected.sources[1].published = '2024';
		expect(story).toStrictEqual(expected);
	});

	it.each(['date-cells.xlsx', 'date-cells.ods'])('%s: date cells read back as the local dates they show, each with a warning', (file) => {
		const result = read(`cells/${file}`);
		expect(ok(result)).toStrictEqual(minimal());
		const expected = 'expected dates typed into cells formatted as text, so the spreadsheet keeps them as written';
		expect(problemLines(result.warnings)).toEqual([
			`warning: Sources!F2: is a date cell (shown as "05/03/2024"), read as "2024-03-05" (${expected})`,
			`warning: Chapters!C3: is a date cell (shown as "March 2024"), read as "2024-03" (${expected})`,
			`warning: Events!E2: is a date cell (shown as "2024-03-05 18:04"), read as "2024-03-05T18:04" (${expected})`,
			`warning: Events!E4: is a date cell, read as "2024-03-05" (${expected})`,
			`warning: Events!E5: is a date cell (shown as "2024-03-05 19"), read as "2024-03-05T19" (${expected})`
		]);
	});

	it('date-lost-format.xlsx: a date that lost its format is refused, and the warning says which date it was', () => {
		const result = read('cells/date-lost-format.xlsx');
		expect(result.ok).toBe(false);
		expect(problemLines(result.ok ? [] : result.errors)).toEqual([
			'error: Events!E4 (vote-day): "45356" is not a local date (expected a local date such as "2019-12-10" or "2019-12-10T10:57", or {"from": …, "to": …, "label": …})'
		]);
		expect(problemLines(result.warnings)).toEqual([
			'warning: Events!E4: is the number 45356, which as a spreadsheet date is 2024-03-05: a date whose cell lost its date format? (expected a date typed as text, such as "2019-12-10")'
		]);
	});

	it.each([
		['trailing-spaces.xlsx', 'trailing spaces'],
		['empty-rows.ods', 'empty rows, above the header too'],
		['reordered.xlsx', 'columns and sheets in another order'],
		['header-case.ods', 'headers in another case'],
		['merged-down.xlsx', 'a cell merged down a column'],
		['merged-down.ods', 'a cell merged down a column']
	])('%s: %s read as the same story', (file) => {
		const result = read(`cells/${file}`);
		expect(ok(result)).toStrictEqual(minimal());
		expect(result.warnings).toEqual([]);
	});

	it('extra-column-and-sheet.ods: a column and a sheet of our own are left out, each with a warning', () => {
		const result = read('cells/extra-column-and-sheet.ods');
		expect(ok(result)).toStrictEqual(minimal());
		expect(problemLines(result.warnings)).toEqual([
			'warning: Research: is not a sheet of the story format, so it was not read',
			'warning: Events!Q1: the column "my notes" is not part of the story format, so its cells were not read (expected one of id, title, summary, kind, when, when.from, when.to, when.label, whenNote, after, before, chapter, actors, importance, sources, unknown)'
		]);
	});

	it.each([
		[
			'merged-across.xlsx',
			['error: Events!B3:C3: cells are merged across columns, so it is not clear which column the value belongs to (expected no merged cells (Format → Merge and Unmerge Cells → Unmerge))']
		],
		['error-cell.xlsx', ['error: Events!C2: holds the spreadsheet error #DIV/0! (expected a value)']],
		['error-cell.ods', ['error: Events!C2: holds the spreadsheet error #DIV/0! (expected a value)']],
		[
			'not-allowed.xlsx',
			[
				'error: Events!D2 (vote-held): is "meeting", which is not allowed (expected one of "remark", "recording", "publication", "broadcast", "statement", "reaction", "context", "outcome", "other")',
				'error: Quotes!C2 (mayor-pleased): refers to actor "nobody", which does not exist (expected the id of one of the story\'s actors)'
			]
		]
	])('%s is refused, one line per problem', (file, lines) => {
		const result = read(`cells/${file}`);
		expect(result.ok).toBe(false);
		expect(problemLines(result.ok ? [] : result.errors)).toEqual(lines);
	});
});
