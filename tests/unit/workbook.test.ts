/**
 * Stories as workbooks (src/lib/workbook): every story in the repository
 * round-trips through xlsx, ods and CSV; the sheets and the Read me follow
 * the schema; and the files carry what the issue asks for, read from their
 * XML: frozen headers, drop-down lists, text cells only, text formats.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { loadStory } from '../../src/lib/story/load';
import { storyJsonSchema, type Story } from '../../src/lib/story/schema';
import { EVENT_KINDS, IMPORTANCE_LEVELS, QUOTE_SETTINGS, SOURCE_KINDS } from '../../src/lib/story/vocabulary';
import { readStoryCsv, readWorkbook, sheetNames, storyTables, workbookLayout, writeStoryCsv, writeWorkbook } from '../../src/lib/workbook';
import { READ_ME_HEADER } from '../../src/lib/workbook/read-me';
import { inKeyOrderOf, storyFileJson } from '../../src/lib/authoring/story-file';

const STORY_FILES = [
	...readdirSync('data/stories').map((f) => join('data/stories', f)),
	...readdirSync('tests/fixtures/stories').map((f) => join('tests/fixtures/stories', f)),
	'tests/fixtures/workbooks/tricky-text.json'
].filter((f) => f.endsWith('.json'));

function storyOf(file: string): Story {
	const result = loadStory(readFileSync(file));
	if (!result.ok) throw new Error(`${file} is not a valid story`);
	return result.story;
}

const minimal = () => storyOf('tests/fixtures/stories/minimal.json');
const ashworth = () => storyOf('data/stories/ashworth-leak-2019.json');

describe('every story in the repository, exported and read back', () => {
	it('covers the shipped story, the fixtures and the tricky text', () => {
		expect(STORY_FILES).toEqual(expect.arrayContaining(['data/stories/ashworth-leak-2019.json', 'tests/fixtures/stories/long-fixture.json', 'tests/fixtures/workbooks/tricky-text.json']));
		expect(STORY_FILES.length).toBeGreaterThanOrEqual(6);
	});

	for (const file of STORY_FILES) {
		it(`${file} is the same story from xlsx, ods and CSV`, () => {
			const story = storyOf(file);
			// The story file's own warnings (a draft's), no more: the workbook adds none of its own.
			const loaded = loadStory(readFileSync(file));
			const own = loaded.warnings.filter((w) => !w.message.includes('byte-order mark')).map((w) => `${w.path}: ${w.message}`);
			const forms = { xlsx: readWorkbook(writeWorkbook(story, 'xlsx')), ods: readWorkbook(writeWorkbook(story, 'ods')), csv: readStoryCsv(writeStoryCsv(story)) };
			for (const [form, result] of Object.entries(forms)) {
				expect(result.ok ? [] : result.errors, form).toEqual([]);
				expect(
					result.warnings.map((w) => `${w.path}: ${w.message}`),
					form
				).toEqual(own);
				if (result.ok) expect(result.story, form).toStrictEqual(story);
			}
		});
	}
});

/** Every leaf field of the schema's collections, as the workbook names it: `events.when.from`, `quotes.relations.type`. */
function schemaLeaves(node: Record<string, unknown>, prefix: string, out: string[]) {
	const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
	for (const [key, field] of Object.entries(properties ?? {})) {
		const name = prefix ? `${prefix}.${key}` : key;
		const anyOf = field.anyOf as Record<string, unknown>[] | undefined;
		const object = field.type === 'object' ? field : anyOf?.find((option) => option.type === 'object');
		const items = field.items as Record<string, unknown> | undefined;
		if (object) {
			if (anyOf) out.push(name);
			schemaLeaves(object, name, out);
		} else if (field.type === 'array' && items?.type === 'object') schemaLeaves(items, name, out);
		else out.push(name);
	}
}

describe('the layout follows the schema', () => {
	const layout = workbookLayout();

	it('has a column for every field of every collection, and a Story row for every field of meta', () => {
		const schema = storyJsonSchema() as Record<string, Record<string, Record<string, unknown>>>;
		const held = new Set<string>();
		for (const sheet of layout.sheets) {
			const prefix = sheet.parent ? [...sheet.collection.slice(0, -1), sheet.parent.field] : sheet.collection;
			for (const column of sheet.columns) if (column.path.length) held.add([...prefix, ...column.path].join('.'));
		}
		for (const { field, columns, list } of layout.storyFields) for (const column of columns) held.add(['meta', ...(list ? [field] : []), ...column.path].join('.'));
		const leaves: string[] = [];
		for (const key of ['meta', 'actors', 'sources', 'chapters', 'events', 'quotes', 'framings', 'unknowns', 'teaching']) {
			const node = schema.properties[key];
			const items = (node.items ?? node) as Record<string, unknown>;
			schemaLeaves(items, key, leaves);
		}
		expect(leaves.length).toBeGreaterThan(80);
		expect(leaves.filter((leaf) => !held.has(leaf))).toEqual([]);
	});

	it('names the sheets a newsroom would, in order', () => {
		expect(sheetNames()).toEqual([
			'Read me',
			'Story',
			'Actors',
			'Sources',
			'Chapters',
			'Events',
			'Quotes',
			'Quote relations',
			'Framings',
			'Open questions',
			'Positions',
			'Teaching notes',
			'Teaching questions',
			'Lists'
		]);
	});

	it('heads each column with the field’s name, objects dotted and a date or range both ways', () => {
		const events = layout.sheets.find((sheet) => sheet.name === 'Events')!;
		expect(events.columns.map((column) => column.name)).toEqual([
			'id',
			'title',
			'summary',
			'kind',
			'when',
			'when.from',
			'when.to',
			'when.label',
			'whenNote',
			'after',
			'before',
			'chapter',
			'actors',
			'importance',
			'sources',
			'unknown'
		]);
		expect(events.columns.find((column) => column.name === 'kind')?.allowed).toEqual(EVENT_KINDS);
		expect(events.columns.find((column) => column.name === 'after')?.shape).toBe('one-or-list');
		expect(layout.sheets.find((sheet) => sheet.name === 'Chapters')?.columns.map((column) => column.name)).toEqual(['id', 'title', 'span.from', 'span.to', 'span.label', 'summary']);
		expect(layout.sheets.find((sheet) => sheet.name === 'Positions')?.columns.map((column) => column.name)).toEqual(['open question', 'source', 'says']);
	});

	it('writes a Read me that lists every column with whether it is required and its allowed values, from the schema', () => {
		const [readMe] = storyTables(minimal()).sheets;
		expect(readMe.name).toBe('Read me');
		expect(readMe.rows[0]).toEqual([...READ_ME_HEADER]);
		const row = (sheet: string, column: string) => readMe.rows.find((r) => r[0] === sheet && r[1] === column);
		for (const sheet of layout.sheets) for (const column of sheet.columns) expect(row(sheet.name, column.name), `${sheet.name} ${column.name}`).toBeDefined();
		expect(row('Events', 'kind')?.[3]).toBe(EVENT_KINDS.join(', '));
		expect(row('Events', 'importance')?.slice(2, 4)).toEqual(['yes', IMPORTANCE_LEVELS.join(', ')]);
		expect(row('Quotes', 'setting')?.[3]).toBe(QUOTE_SETTINGS.join(', '));
		expect(row('Events', 'when')?.[2]).toBe('yes: when, or when.from and when.to');
		expect(row('Events', 'whenNote')?.[2]).toBe('');
		expect(row('Events', 'summary')?.[4]).toBe('What happened, in two or three sentences.');
		expect(row('Sources', 'kind')?.[4]).toContain('One, or several separated by ";"');
		expect(row('Story', 'credits.1.name')?.[2]).toBe('yes');
		expect(row('Story', 'title')?.[4]).toBe('Headline of the story.');
	});
});

const unzip = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('an exported xlsx file, read as XML', () => {
	const story = ashworth();
	const files = unzip(writeWorkbook(story, 'xlsx'));
	const workbook = files['xl/workbook.xml'];
	const sheetXml = (name: string) => {
		const index = [...workbook.matchAll(/<sheet name="([^"]+)"/g)].findIndex((match) => match[1] === name);
		return files[`xl/worksheets/sheet${index + 1}.xml`];
	};

	it('has every sheet with its header row frozen', () => {
		expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((match) => match[1])).toEqual(sheetNames());
		for (const name of sheetNames()) expect(sheetXml(name)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
	});

	it('offers each closed list as a drop-down over its whole column, from the Lists sheet', () => {
		const events = sheetXml('Events');
		const kind = /<dataValidation type="list"[^>]*sqref="D2:D1048576"><formula1>Lists!\$([A-Z]+)\$2:\$\1\$(\d+)<\/formula1>/.exec(events);
		expect(kind).not.toBeNull();
		// The Lists sheet's column holds the event kinds, in order.
		const lists = storyTables(story).sheets.at(-1)!;
		const column = kind![1].charCodeAt(0) - 65;
		expect(lists.rows.slice(1, Number(kind![2])).map((row) => row[column])).toEqual([...EVENT_KINDS]);
		expect(events).toMatch(/sqref="N2:N1048576"><formula1>Lists!/);
		// A source's kinds may be a list, so another value is a warning, not a refusal.
		expect(sheetXml('Sources')).toMatch(/<dataValidation type="list"[^>]*errorStyle="warning"[^>]*sqref="I2:I1048576">/);
		expect(sheetXml('Story')).toMatch(/<dataValidation type="list"[^>]*sqref="B\d+:B\d+">/);
	});

	it('has only shared-string cells, no formula, and the text format on every column', () => {
		for (const name of sheetNames()) {
			const xml = sheetXml(name);
			expect(xml).not.toMatch(/<f[ >]/);
			expect([...xml.matchAll(/<c [^>]*>/g)].every(([c]) => c.includes('t="s"'))).toBe(true);
			expect([...xml.matchAll(/<col [^>]*style="(\d)"/g)].length).toBeGreaterThan(0);
		}
		expect(files['xl/styles.xml']).toMatch(/<xf numFmtId="49"/);
		expect(files['xl/sharedStrings.xml']).toContain('2019-12-10T08:58');
	});
});

describe('an exported ods file, read as XML', () => {
	const bytes = writeWorkbook(ashworth(), 'ods');
	const files = unzip(bytes);
	const content = files['content.xml'];

	it('starts with its mimetype, stored', () => {
		expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
		expect(bytes[8]).toBe(0); // compression method 0: stored
		expect(files.mimetype).toBe('application/vnd.oasis.opendocument.spreadsheet');
	});

	it('freezes the header row of every sheet in its view settings', () => {
		const settings = files['settings.xml'];
		expect(settings).toContain('xmlns:ooo="http://openoffice.org/2004/office"');
		for (const name of sheetNames()) {
			const entry = new RegExp(`<config:config-item-map-entry config:name="${name}">(.*?)</config:config-item-map-entry>`).exec(settings)?.[1] ?? '';
			expect(entry, name).toContain('<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>');
			expect(entry, name).toContain('<config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item>');
		}
	});

	it('offers the closed lists as validations, cell by cell down to the last row', () => {
		expect(content).toMatch(/<table:content-validation table:name="(val[\d-]+)" table:condition="of:cell-content-is-in-list\(\[\$Lists\.\$[A-Z]+\$2:\.\$[A-Z]+\$\d+\]\)"/);
		const events = /<table:table table:name="Events".*?<\/table:table>/.exec(content)![0];
		expect(events).toMatch(/table:content-validation-name="val[\d-]+" office:value-type="string"><text:p>publication<\/text:p>/);
		expect(events).toMatch(/table:number-rows-repeated="\d+"/);
	});

	it('has only string cells and no formula', () => {
		expect(content).not.toContain('table:formula');
		expect([...content.matchAll(/office:value-type="(\w+)"/g)].every(([, type]) => type === 'string')).toBe(true);
		expect(content).toContain('<number:text-style style:name="N100"><number:text-content/></number:text-style>');
	});
});

describe('the CSV form', () => {
	it('is one UTF-8 file per sheet, named after it, with a byte-order mark for Excel', () => {
		const files = writeStoryCsv(minimal());
		expect([...files.keys()]).toEqual(sheetNames().map((name) => `${name.toLowerCase().replace(/ /g, '-')}.csv`));
		const events = files.get('events.csv')!;
		expect([...events.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(events)).toMatch(/^\uFEFFid,title,summary,kind,when,when\.from/);
	});

	it('reads files by sheet name in any case, with hyphens, underscores or spaces', () => {
		const files = new Map([...writeStoryCsv(minimal())].map(([name, bytes]) => [name.replace('open-questions', 'Open_Questions').replace('events', 'EVENTS'), bytes]));
		const result = readStoryCsv(files);
		expect(result.ok && result.story).toStrictEqual(minimal());
	});
});

it('lists the source kinds and quote settings the schema allows, and nothing else', () => {
	const lists = storyTables(minimal()).lists;
	expect(lists.find((list) => list.name === 'Sources: kind')?.values).toEqual(SOURCE_KINDS);
	expect(lists.find((list) => list.name === 'Quotes: setting')?.values).toEqual(QUOTE_SETTINGS);
	expect(lists.find((list) => list.name === 'true / false')?.values).toEqual(['true', 'false']);
});

describe('inKeyOrderOf', () => {
	it('gives a story read back from a workbook the key order of the file it replaces, items matched by id', () => {
		const previous = {
			meta: { title: 'T', slug: 's' },
			events: [
				{ when: '2024', id: 'b', title: 'B' },
				{ id: 'a', title: 'A', when: '2024' }
			]
		};
		const read = {
			meta: { slug: 's', title: 'T', dek: 'new' },
			events: [
				{ id: 'a', title: 'A2', when: '2024' },
				{ id: 'b', title: 'B', when: '2024' },
				{ id: 'c', when: '2025', title: 'C' }
			]
		};
		const ordered = inKeyOrderOf(read, previous);
		expect(JSON.stringify(ordered)).toBe(
			JSON.stringify({
				meta: { title: 'T', slug: 's', dek: 'new' },
				events: [
					{ id: 'a', title: 'A2', when: '2024' },
					{ when: '2024', id: 'b', title: 'B' },
					{ id: 'c', when: '2025', title: 'C' }
				]
			})
		);
		expect(ordered).toStrictEqual(read);
	});

	it('leaves the shipped story, read back from its workbook, byte for byte as its file', () => {
		const file = readFileSync('data/stories/ashworth-leak-2019.json', 'utf8');
		const result = readWorkbook(writeWorkbook(ashworth(), 'xlsx'));
		expect(result.ok && storyFileJson(inKeyOrderOf(result.story, JSON.parse(file)))).toBe(file);
	});
});
