/**
 * Reading a workbook (src/lib/workbook): cells as field values, date cells
 * back to local dates, and every problem as one line naming the sheet, row
 * and column. The sheets here are the minimal story's tables, changed one
 * cell at a time as a careless edit would; the files other programs saved
 * are in workbook-fixtures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadStory } from '../../src/lib/story/load';
import type { Story } from '../../src/lib/story/schema';
import { formatWorkbookProblems, readStoryCsv, readWorkbook, storyTables, writeStoryCsv } from '../../src/lib/workbook';
import { storyFromSheets } from '../../src/lib/workbook/build';
import { cellText, cellValue } from '../../src/lib/workbook/cells';
import { csvCellText } from '../../src/lib/workbook/csv';
import { dateCellText, dateParts } from '../../src/lib/workbook/read-sheets';
import type { RawCell, RawSheet } from '../../src/lib/workbook/raw';

function minimal(): Story {
	const result = loadStory(readFileSync('tests/fixtures/stories/minimal.json'));
	if (!result.ok) throw new Error('minimal.json is not valid');
	return result.story;
}

/** The minimal story's sheets as a reader gives them: every cell text. */
function sheets(story = minimal()): RawSheet[] {
	return storyTables(story).sheets.map((sheet) => ({
		name: sheet.name,
		rows: sheet.rows.map((row) => row.map((text): RawCell | undefined => (text === '' ? undefined : { text, type: 'text' }))),
		merges: []
	}));
}

function edit(raw: RawSheet[], sheet: string, address: string, cell: RawCell | undefined): RawSheet[] {
	const [, letter, row] = /^([A-Z])(\d+)$/.exec(address)!;
	const target = raw.find((s) => s.name === sheet)!;
	const rows = target.rows.map((r) => [...(r ?? [])]);
	rows[Number(row) - 1] ??= [];
	rows[Number(row) - 1][letter.charCodeAt(0) - 65] = cell;
	return raw.map((s) => (s === target ? { ...s, rows } : s));
}

const text = (value: string): RawCell => ({ text: value, type: 'text' });

/** The problem lines of a read, without the file name. */
function lines(raw: RawSheet[]): { errors: string[]; warnings: string[]; story?: Story } {
	const result = storyFromSheets(raw);
	const strip = (problems: Parameters<typeof formatWorkbookProblems>[1]) =>
		problems.length
			? formatWorkbookProblems('f', problems)
					.split('\n')
					.map((line) => line.replace(/^f: \w+: /, ''))
			: [];
	return { errors: result.ok ? [] : strip(result.errors), warnings: strip(result.warnings), story: result.ok ? result.story : undefined };
}

describe('cell text and field values', () => {
	const list = { shape: 'list', kind: 'id', required: true } as const;
	const optionalList = { shape: 'list', kind: 'id', required: false } as const;
	const oneOrList = { shape: 'one-or-list', kind: 'id', required: false } as const;
	const urls = { shape: 'list', kind: 'url', required: false } as const;
	const flag = { shape: 'one', kind: 'boolean', required: false } as const;
	const one = { shape: 'one', kind: 'text', required: true } as const;

	it.each([
		['a list', ['s01', 's03'], list, 's01; s03'],
		['an empty required list', [], list, ''],
		['one id of one-or-list', 's01', oneOrList, 's01'],
		['a list of one of one-or-list', ['s01'], oneOrList, 's01;'],
		['a list of two of one-or-list', ['s01', 's02'], oneOrList, 's01; s02'],
		['addresses with ; and ,', ['https://a.example/x;y,z', 'https://b.example/'], urls, 'https://a.example/x;y,z; https://b.example/'],
		['true', true, flag, 'true'],
		['false', false, flag, 'false'],
		['text as it is', '=1+1; "a"', one, '=1+1; "a"']
	] as const)('%s: written as its cell and read back', (_, value, column, cell) => {
		expect(cellText(value, column)).toBe(cell);
		expect(cellValue(cell, column)).toEqual(value);
	});

	it.each([
		['ids as people type them', 's01, s03 s04;s05', list, ['s01', 's03', 's04', 's05']],
		['an empty optional list is no field', '', optionalList, undefined],
		['booleans in any case', 'TRUE', flag, true],
		['a word that is no boolean, for the loader to refuse', 'yes', flag, 'yes'],
		['an empty cell is no field', '', one, undefined]
	] as const)('reads %s', (_, cell, column, value) => {
		expect(cellValue(cell, column)).toEqual(value);
	});

	it.each([
		['=1+1', "'=1+1"],
		['+44 20', "'+44 20"],
		['-5', "'-5"],
		['@desk', "'@desk"],
		["'=x", "''=x"],
		["'plain", "'plain"],
		['a, "b"', '"a, ""b"""'],
		['two\nlines', '"two\nlines"']
	])('a CSV cell holding %j is written %j and read back', (value, written) => {
		expect(csvCellText(value)).toBe(written);
		const story = minimal();
		story.events[0].summary = value;
		const result = readStoryCsv(writeStoryCsv(story));
		expect(result.ok && result.story.events[0].summary).toBe(value);
	});
});

describe('date cells back to local dates', () => {
	it.each([
		['yyyy-mm-dd', { year: true, month: true, day: true, hour: false, minute: false }],
		['m/d/yy', { year: true, month: true, day: true, hour: false, minute: false }],
		['mmm-yy', { year: true, month: true, day: false, hour: false, minute: false }],
		['MMMM YYYY', { year: true, month: true, day: false, hour: false, minute: false }],
		['yyyy-mm-dd hh:mm:ss', { year: true, month: true, day: true, hour: true, minute: true }],
		['h:mm AM/PM', { year: false, month: false, day: false, hour: true, minute: true }],
		['[$-809]dd/mm/yyyy "at" hh', { year: true, month: true, day: true, hour: true, minute: false }]
	])('%s shows %o', (format, parts) => {
		expect(dateParts(format)).toEqual(parts);
	});

	// 43809 is 2019-12-10 in the 1900 date system; 43809.75 is 18:00 that day.
	it.each([
		[43809, 'yyyy-mm-dd', false, '2019-12-10'],
		[43809, 'dd/mm/yyyy', false, '2019-12-10'],
		[43809, 'mmm-yy', false, '2019-12'],
		[43809.75, 'yyyy-mm-dd hh:mm', false, '2019-12-10T18:00'],
		[43809.75, 'dd/mm/yyyy hh', false, '2019-12-10T18'],
		[43809.7479, 'yyyy-mm-dd hh:mm:ss', false, '2019-12-10T17:56'],
		[42347, 'yyyy-mm-dd', true, '2019-12-10']
	])('%d shown as %s (1904 dates: %s) is %s', (serial, format, date1904, expected) => {
		expect(dateCellText(serial, format, date1904)).toBe(expected);
	});

	it('reads a date cell as the date it shows, with a warning naming the cell', () => {
		const { story, warnings } = lines(edit(sheets(), 'Events', 'E4', { text: '2024-03-05', type: 'date', shown: '05/03/2024' }));
		expect(story?.events[2].when).toBe('2024-03-05');
		expect(warnings).toEqual(['Events!E4: is a date cell (shown as "05/03/2024"), read as "2024-03-05" (expected dates typed into cells formatted as text, so the spreadsheet keeps them as written)']);
	});
});

describe('a workbook as a spreadsheet leaves it', () => {
	it('reads numbers typed into text columns as they were typed', () => {
		const raw = edit(edit(sheets(), 'Events', 'B2', { text: '1984', type: 'number' }), 'Sources', 'F3', { text: '2024', type: 'number' });
		const { story, errors, warnings } = lines(raw);
		expect([errors, warnings]).toEqual([[], []]);
		expect(story?.events[0].title).toBe('1984');
		expect(story?.sources[1].published).toBe('2024');
	});

	it('trims cells and skips empty rows', () => {
		let raw = edit(sheets(), 'Events', 'A2', text('  vote-held '));
		raw = raw.map((sheet) => (sheet.name === 'Events' ? { ...sheet, rows: [sheet.rows[0], [], sheet.rows[1], [undefined, text('  ')], ...sheet.rows.slice(2)] } : sheet));
		expect(lines(raw).story).toStrictEqual(minimal());
	});

	it('finds columns and sheets in any order and case', () => {
		const raw = sheets()
			.reverse()
			.map((sheet) => (sheet.name === 'Events' ? { ...sheet, name: ' EVENTS ', rows: sheet.rows.map((row) => [...(row ?? [])].reverse()) } : sheet))
			.map((sheet) => (sheet.name === ' EVENTS ' ? { ...sheet, rows: [sheet.rows[0]!.map((cell) => cell && text(cell.text.toUpperCase())), ...sheet.rows.slice(1)] } : sheet));
		expect(lines(raw).story).toStrictEqual(minimal());
	});

	it('repeats a cell merged down a column, and refuses one merged across columns or with its header', () => {
		const events = (raw: RawSheet[], merges: RawSheet['merges']) => raw.map((sheet) => (sheet.name === 'Events' ? { ...sheet, merges } : sheet));
		const down = events(edit(sheets(), 'Events', 'L5', undefined), [{ first: { row: 3, column: 11 }, last: { row: 4, column: 11 } }]);
		expect(lines(down).story).toStrictEqual(minimal());
		expect(lines(events(sheets(), [{ first: { row: 2, column: 1 }, last: { row: 2, column: 2 } }])).errors).toEqual([
			'Events!B3:C3: cells are merged across columns, so it is not clear which column the value belongs to (expected no merged cells (Format → Merge and Unmerge Cells → Unmerge))'
		]);
		expect(lines(events(sheets(), [{ first: { row: 0, column: 3 }, last: { row: 1, column: 3 } }])).errors).toEqual([
			'Events!D1:D2: the header is merged with the cells below it (expected a header cell of its own)'
		]);
	});

	it('refuses an error cell', () => {
		expect(lines(edit(sheets(), 'Events', 'C2', { text: '#N/A', type: 'error' })).errors).toEqual(['Events!C2: holds the spreadsheet error #N/A (expected a value)']);
	});

	it('warns about a number in a date column that is a date without its format', () => {
		const { errors, warnings } = lines(edit(sheets(), 'Events', 'E4', { text: '45356', type: 'number', asDate: '2024-03-05' }));
		expect(errors).toEqual(['Events!E4 (vote-day): "45356" is not a local date (expected a local date such as "2019-12-10" or "2019-12-10T10:57", or {"from": …, "to": …, "label": …})']);
		expect(warnings).toEqual([
			'Events!E4: is the number 45356, which as a spreadsheet date is 2024-03-05: a date whose cell lost its date format? (expected a date typed as text, such as "2019-12-10")'
		]);
	});
});

describe('each problem is one line naming its sheet, row and column', () => {
	it.each([
		[
			'a bad value',
			'Events',
			'D2',
			text('meeting'),
			'Events!D2 (vote-held): is "meeting", which is not allowed (expected one of "remark", "recording", "publication", "broadcast", "statement", "reaction", "context", "outcome", "other")'
		],
		['an unknown reference', 'Quotes', 'C2', text('nobody'), 'Quotes!C2 (mayor-pleased): refers to actor "nobody", which does not exist (expected the id of one of the story\'s actors)'],
		[
			'a bad date',
			'Events',
			'E2',
			text('10/12/2019'),
			'Events!E2 (vote-held): "10/12/2019" is not in year-month-day order (expected a local date such as "2019-12-10" or "2019-12-10T10:57", or {"from": …, "to": …, "label": …})'
		],
		['a repeated id, with the row of the first', 'Actors', 'A3', text('mayor'), 'Actors!A3 (mayor): duplicates the id "mayor" of Actors row 2 (expected an id unique within actors)'],
		['an empty required cell', 'Events', 'B3', undefined, 'Events!B3 (proposal): is missing (expected string)'],
		['a field of the Story sheet', 'Story', 'B4', text(' '), 'Story!B4: is missing (expected string)'],
		['a bad slug in the Story sheet', 'Story', 'B3', text('A Vote'), 'Story!B3: must be a slug: lower-case letters, digits and single hyphens (e.g. "guido-publishes-recording")'],
		[
			'a list of one sheet inside another',
			'Quote relations',
			'B2',
			text('agrees'),
			'Quote relations!B2 (mayor-private): is "agrees", which is not allowed (expected one of "responds-to", "contradicts", "revises", "repeats", "transcription-of")'
		],
		['a position', 'Positions', 'C2', undefined, 'Positions!C2 (when-proposed): is missing (expected string)'],
		['a range', 'Events', 'G3', text('2023-01-01'), 'Events!G3 (proposal): "2023-01-01" is before "2024-01-08" (expected an end on or after the start)']
	])('%s', (_, sheet, address, cell, line) => {
		expect(lines(edit(sheets(), sheet, address, cell)).errors).toEqual([line]);
	});

	it('a date given both ways', () => {
		expect(lines(edit(sheets(), 'Events', 'F2', text('2024-03-05'))).errors).toEqual([
			'Events!E2: is filled, and so is when.from or when.to or when.label (expected either when or when.from, when.to, when.label)'
		]);
	});

	it('a row of a list that belongs to no item', () => {
		expect(lines(edit(sheets(), 'Positions', 'A2', text('why'))).errors).toEqual([
			'Positions!A2: is "why", which is not the id of an item in the Open questions sheet (expected the id of an item in the Open questions sheet)',
			'Open questions row 2 (when-proposed): must give at least one position (expected at least 1)'
		]);
		expect(lines(edit(sheets(), 'Positions', 'A2', undefined)).errors[0]).toBe(
			'Positions!A2: is empty, so this row belongs to no item of Open questions (expected the id of an item in the Open questions sheet)'
		);
	});

	it('a missing column once, not once per row', () => {
		const raw = sheets().map((sheet) => (sheet.name === 'Events' ? { ...sheet, rows: sheet.rows.map((row) => (row ?? []).filter((_, c) => c !== 1)) } : sheet));
		expect(lines(raw).errors).toEqual(['Events: has no "title" column, which is required (expected a header cell "title")']);
	});

	it('a column twice, a sheet twice, a field twice', () => {
		expect(lines(edit(sheets(), 'Events', 'Q1', text('Title'))).errors).toEqual(['Events!Q1: is a second "title" column (the first is B1) (expected each column once)']);
		const twice = [...sheets(), { ...sheets().find((sheet) => sheet.name === 'Actors')!, name: 'actors' }];
		expect(lines(twice).errors).toEqual(['actors: is a second sheet named like "Actors" (expected each sheet once)']);
		expect(lines(edit(sheets(), 'Story', 'A5', text('Title'))).errors).toEqual([
			'Story!A5: names the field "Title" a second time (the first is row 4) (expected each field once)',
			'Story, dek: is missing (expected string)'
		]);
	});

	it('no Story sheet, and no events', () => {
		const raw = sheets().filter((sheet) => sheet.name !== 'Story' && sheet.name !== 'Events');
		expect(lines(raw).errors).toEqual(
			expect.arrayContaining([
				'Story: is missing: the workbook has no sheet named Story (expected a Story sheet with the story’s title, dek, dates and credits)',
				'Events: must have at least one event (expected at least 1)'
			])
		);
	});

	it('warns about columns, sheets and fields it does not read', () => {
		let raw = edit(edit(sheets(), 'Events', 'Q1', text('my notes')), 'Events', 'Q2', text('call back'));
		raw = edit(raw, 'Events', 'R3', text('stray'));
		raw = edit(raw, 'Story', 'A20', text('editor'));
		raw = edit(raw, 'Story', 'B20', text('Sam'));
		raw = [...raw, { name: 'Research', rows: [[text('Leads')]], merges: [] }];
		const { story, warnings } = lines(raw);
		expect(story).toStrictEqual(minimal());
		expect(warnings).toEqual([
			'Research: is not a sheet of the story format, so it was not read',
			'Story!A20: "editor" is not a field of the story, so its value was not read (expected a field listed in the Read me sheet)',
			'Events!Q1: the column "my notes" is not part of the story format, so its cells were not read (expected one of id, title, summary, kind, when, when.from, when.to, when.label, whenNote, after, before, chapter, actors, importance, sources, unknown)',
			'Events!R: has cells but no header, so it was not read (expected a header naming a field)'
		]);
	});

	it('takes credits in their numbers’ order, skipping blank ones', () => {
		let raw = edit(sheets(), 'Story', 'A20', text('credits.3.name'));
		raw = edit(raw, 'Story', 'B20', text('Second desk'));
		raw = edit(raw, 'Story', 'A21', text('credits.3.role'));
		raw = edit(raw, 'Story', 'B21', text('Editing'));
		raw = edit(raw, 'Story', 'A22', text('credits.2.name'));
		expect(lines(raw).story?.meta.credits).toEqual([
			{ name: 'Test desk', role: 'Fixture' },
			{ name: 'Second desk', role: 'Editing' }
		]);
		expect(lines(edit(raw, 'Story', 'B21', undefined)).errors).toEqual(['Story!B21: is missing (expected string)']);
	});
});

it('a spreadsheet with none of the story’s sheets is refused in one line', () => {
	const result = storyFromSheets([{ name: 'Sheet1', rows: [[text('date'), text('title')]], merges: [] }]);
	expect(result.ok ? [] : formatWorkbookProblems('f.xlsx', result.errors).split('\n')).toEqual([
		"f.xlsx: error: has none of the story's sheets (Story, Actors, Sources, Chapters, Events, Quotes, …) (expected a workbook written by npm run story:export, or its CSV files)"
	]);
});

describe('bytes that are no workbook', () => {
	it.each([
		['empty', new Uint8Array()],
		['a zip of something else', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
		['random bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)]
	])('%s: refused in one line, never thrown', (_, bytes) => {
		const result = readWorkbook(bytes);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.length).toBeGreaterThan(0);
			expect(formatWorkbookProblems('x.xlsx', result.errors).split('\n')).toEqual([expect.stringMatching(/^x\.xlsx: error: is not a workbook/)]);
		}
	});
});
