/**
 * Raw sheets → a story, through the story's one loader (story/load.ts): the
 * cells become the story's JSON, which is read exactly as a story file is, and
 * every problem the loader finds is named by the sheet, row and column it came
 * from (`Events!C14`). What only a workbook can get wrong (a sheet or column
 * twice, cells merged across columns, an error cell, a row of a list whose
 * item does not exist) is refused here, in the same form.
 */
import { loadStory } from '../story/load';
import { printable } from '../story/text';
import type { Story } from '../story/schema';
import type { StoryProblem, ValidateOptions } from '../story/validate';
import { cellValue } from './cells';
import { FIELD_COLUMN, LISTS_SHEET, READ_ME_SHEET, SCHEMA_FIELD, STORY_SHEET, VALUE_COLUMN, nameKey, workbookLayout, type ColumnSpec, type SheetSpec } from './layout';
import type { RawCell, RawSheet } from './raw';
import { cellAddress, columnLetter } from './xml';

export interface WorkbookProblem {
	severity: 'error' | 'warning';
	/** Where in the workbook: `Events!C14`, `Events row 14` (no such column), `Events` (the sheet), or '' (the workbook). */
	where: string;
	message: string;
	expected?: string;
	/** The story's JSON path, for a problem the story's loader found. */
	path?: string;
	/** The id of the item the problem is in. */
	item?: string;
}

export type WorkbookResult = { ok: true; story: Story; warnings: WorkbookProblem[] } | { ok: false; errors: WorkbookProblem[]; warnings: WorkbookProblem[] };

type Item = Record<string, unknown>;

/** Where an item of the story came from: its sheet and row, and the columns the sheet has. */
interface Anchor {
	sheet: string;
	row: number;
	columns: Map<string, number>;
}

/** A sheet read as a table: its header row and the column of each field. */
interface Grid {
	sheet: RawSheet;
	header: number;
	columns: Map<string, number>;
	/** Cells below a merged cell, filled with its value: merged down a column, a value is meant for every row. */
	filled: Map<string, RawCell>;
}

const quoted = (text: string) => JSON.stringify(text);

class Builder {
	readonly errors: WorkbookProblem[] = [];
	readonly warnings: WorkbookProblem[] = [];
	/** By the JSON path of an item (`$.events[3]`, `$.quotes[2].relations[0]`). */
	readonly anchors = new Map<string, Anchor>();
	/** The Story sheet's rows by field (`title`, `credits.1.name`) and the column of its values. */
	readonly storyRows = new Map<string, number>();
	storyValueColumn = 1;
	/** Cells already refused here, so the loader's word on the same cell is not added. */
	readonly refused = new Set<string>();
	/** Required columns a sheet lacks (`Events\ntitle`), reported once. */
	readonly missing = new Set<string>();

	error(where: string, message: string, expected?: string) {
		this.errors.push({ severity: 'error', where, message, expected });
		this.refused.add(where);
	}

	warn(where: string, message: string, expected?: string) {
		this.warnings.push({ severity: 'warning', where, message, expected });
	}

	/** The sheets by name, as the reader compares names; unknown and repeated sheets reported. */
	sheetsByName(sheets: readonly RawSheet[]): Map<string, RawSheet> {
		const known = new Set([READ_ME_SHEET, STORY_SHEET, LISTS_SHEET, ...workbookLayout().sheets.map((sheet) => sheet.name)].map(nameKey));
		const found = new Map<string, RawSheet>();
		for (const sheet of sheets) {
			const key = nameKey(sheet.name);
			if (!known.has(key)) {
				if (sheet.rows.some((row) => row?.some(Boolean))) this.warn(sheet.name, 'is not a sheet of the story format, so it was not read');
				continue;
			}
			const first = found.get(key);
			if (first) this.error(sheet.name, `is a second sheet named like "${first.name}"`, 'each sheet once');
			else found.set(key, sheet);
		}
		return found;
	}

	/** The header row and columns of a sheet, its merges checked; undefined for a sheet without a header (it holds nothing). */
	grid(sheet: RawSheet, names: readonly string[]): Grid | undefined {
		if (sheet.truncated) this.error(sheet.name, 'has more rows than this tool reads', 'at most 100,000 rows');
		const header = sheet.rows.findIndex((row) => row?.some((cell) => cell && cell.text.trim() !== ''));
		if (header < 0) return undefined;
		const filled = new Map<string, RawCell>();
		for (const { first, last } of sheet.merges) {
			const range = `${sheet.name}!${cellAddress(first.column, first.row)}:${cellAddress(last.column, last.row)}`;
			if (last.row < header) continue;
			if (first.column !== last.column) {
				this.error(range, 'cells are merged across columns, so it is not clear which column the value belongs to', 'no merged cells (Format → Merge and Unmerge Cells → Unmerge)');
			} else if (first.row <= header) {
				this.error(range, 'the header is merged with the cells below it', 'a header cell of its own');
			} else {
				const value = sheet.rows[first.row]?.[first.column];
				if (value) for (let row = first.row + 1; row <= last.row; row++) filled.set(`${row}:${first.column}`, value);
			}
		}
		const known = new Map(names.map((name) => [nameKey(name), name] as const));
		const columns = new Map<string, number>();
		const headerRow = sheet.rows[header] ?? [];
		const width = sheet.rows.reduce((widest, row) => Math.max(widest, row?.length ?? 0), 0);
		for (let c = 0; c < width; c++) {
			const text = headerRow[c]?.text.trim() ?? '';
			const where = `${sheet.name}!${cellAddress(c, header)}`;
			if (text === '') {
				if (sheet.rows.some((row, r) => r > header && row?.[c] && row[c]!.text.trim() !== ''))
					this.warn(`${sheet.name}!${columnLetter(c)}`, 'has cells but no header, so it was not read', 'a header naming a field');
				continue;
			}
			const name = known.get(nameKey(text));
			if (name === undefined) {
				this.warn(where, `the column ${quoted(text)} is not part of the story format, so its cells were not read`, `one of ${names.join(', ')}`);
			} else if (columns.has(name)) {
				this.error(where, `is a second ${quoted(name)} column (the first is ${cellAddress(columns.get(name)!, header)})`, 'each column once');
			} else columns.set(name, c);
		}
		return { sheet, header, columns, filled };
	}

	/** A cell's text, trimmed; error cells refused, date cells read with a warning. `kind`: what the column holds. */
	text(grid: Grid, row: number, column: number | undefined, kind?: ColumnSpec['kind']): string {
		if (column === undefined) return '';
		const cell = grid.sheet.rows[row]?.[column] ?? grid.filled.get(`${row}:${column}`);
		if (!cell) return '';
		const where = `${grid.sheet.name}!${cellAddress(column, row)}`;
		if (cell.type === 'error') {
			this.error(where, `holds the spreadsheet error ${cell.text}`, 'a value');
			return '';
		}
		const text = cell.text.trim();
		if (cell.asDate && kind === 'date') {
			this.warn(where, `is the number ${text}, which as a spreadsheet date is ${cell.asDate}: a date whose cell lost its date format?`, 'a date typed as text, such as "2019-12-10"');
		}
		if (cell.type === 'date') {
			const shown = cell.shown && cell.shown !== text ? ` (shown as ${quoted(cell.shown)})` : '';
			this.warn(where, `is a date cell${shown}, read as ${quoted(text)}`, 'dates typed into cells formatted as text, so the spreadsheet keeps them as written');
		}
		return text;
	}

	/** One row's fields as an item, or undefined for an empty row. */
	item(grid: Grid, row: number, columns: readonly ColumnSpec[]): Item | undefined {
		const texts = columns.map((column) => this.text(grid, row, grid.columns.get(column.name), column.kind));
		if (texts.every((text) => text === '')) return undefined;
		const item: Item = {};
		const forms = new Map<string, Item>();
		columns.forEach((column, i) => {
			const value = cellValue(texts[i], column);
			if (value === undefined) return;
			if (column.alternativeTo === undefined) {
				setAt(item, column.path, value);
				return;
			}
			const form = forms.get(column.alternativeTo) ?? {};
			form[column.path[column.path.length - 1]] = value;
			forms.set(column.alternativeTo, form);
		});
		for (const [name, form] of forms) {
			const plain = columns.find((column) => column.name === name)!;
			if (valueAt(item, plain.path) !== undefined) {
				const where = `${grid.sheet.name}!${cellAddress(grid.columns.get(name)!, row)}`;
				const dotted = columns.filter((column) => column.alternativeTo === name).map((column) => column.name);
				this.error(where, `is filled, and so is ${dotted.join(' or ')}`, `either ${name} or ${dotted.join(', ')}`);
				continue;
			}
			setAt(item, plain.path, form);
		}
		return item;
	}

	/** Required columns the sheet lacks, reported once rather than on every row. */
	missingColumns(grid: Grid, columns: readonly ColumnSpec[]): Set<string> {
		const missing = new Set<string>();
		for (const column of columns) {
			if (!column.required || column.alternativeTo !== undefined || grid.columns.has(column.name)) continue;
			const forms = columns.filter((other) => other.alternativeTo === column.name);
			if (forms.length && forms.some((other) => grid.columns.has(other.name))) continue;
			missing.add(column.name);
			this.missing.add(`${grid.sheet.name}\n${column.name}`);
			const instead = forms.length ? ` (or ${forms.map((other) => other.name).join(', ')})` : '';
			this.error(grid.sheet.name, `has no ${quoted(column.name)} column${instead}, which is required`, `a header cell ${quoted(column.name)}`);
		}
		return missing;
	}

	anchor(path: string, grid: Grid, row: number) {
		this.anchors.set(path, { sheet: grid.sheet.name, row, columns: grid.columns });
	}
}

function valueAt(item: unknown, path: readonly string[]): unknown {
	let node = item;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Item)[key];
	}
	return node;
}

function setAt(item: Item, path: readonly string[], value: unknown) {
	let node = item;
	for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Item;
	node[path[path.length - 1]] = value;
}

const dataRows = (grid: Grid) => Array.from({ length: Math.max(0, grid.sheet.rows.length - grid.header - 1) }, (_, i) => grid.header + 1 + i);

function readStorySheet(builder: Builder, sheet: RawSheet | undefined): { meta: Item; schema?: string } {
	const meta: Item = {};
	if (!sheet) {
		builder.error(STORY_SHEET, 'is missing: the workbook has no sheet named Story', 'a Story sheet with the story’s title, dek, dates and credits');
		return { meta };
	}
	const grid = builder.grid(sheet, [FIELD_COLUMN, VALUE_COLUMN]);
	if (!grid) {
		builder.error(STORY_SHEET, 'is empty', `a header ${FIELD_COLUMN} | ${VALUE_COLUMN} and a row per field`);
		return { meta };
	}
	const fieldColumn = grid.columns.get(FIELD_COLUMN);
	const valueColumn = grid.columns.get(VALUE_COLUMN);
	if (fieldColumn === undefined || valueColumn === undefined) {
		builder.error(`${sheet.name}!${cellAddress(0, grid.header)}`, `the header does not name the ${FIELD_COLUMN} and ${VALUE_COLUMN} columns`, `${FIELD_COLUMN} and ${VALUE_COLUMN}`);
		return { meta };
	}
	builder.storyValueColumn = valueColumn;
	const { storyFields } = workbookLayout();
	const plain = new Map(storyFields.filter((f) => !f.list).flatMap((f) => f.columns.map((column) => [nameKey(column.name), column] as const)));
	const lists = new Map(storyFields.filter((f) => f.list).map((f) => [nameKey(f.field), f] as const));
	const seen = new Map<string, number>();
	const listItems = new Map<string, Map<number, Item>>();
	let schema: string | undefined;
	const forms = new Map<string, { item: Item; row: number }>();
	for (const row of dataRows(grid)) {
		const field = builder.text(grid, row, fieldColumn);
		const where = `${sheet.name}!${cellAddress(fieldColumn, row)}`;
		if (field === '') {
			if (builder.text(grid, row, valueColumn) !== '') builder.warn(where, 'names no field, so the value beside it was not read', 'a field name such as title');
			continue;
		}
		const key = nameKey(field);
		const first = seen.get(key);
		if (first !== undefined) {
			builder.error(where, `names the field ${quoted(field)} a second time (the first is row ${first + 1})`, 'each field once');
			continue;
		}
		seen.set(key, row);
		const numbered = /^(.+)\.(\d+)\.(.+)$/.exec(key);
		const list = numbered ? lists.get(numbered[1]) : undefined;
		const listColumn = list?.columns.find((c) => nameKey(c.name) === numbered![3]);
		const column = plain.get(key);
		const text = builder.text(grid, row, valueColumn, (column ?? listColumn)?.kind);
		if (key === nameKey(SCHEMA_FIELD)) {
			builder.storyRows.set(SCHEMA_FIELD, row);
			if (text !== '') schema = text;
			continue;
		}
		if (column) {
			builder.storyRows.set(column.name, row);
			const value = cellValue(text, column);
			if (value === undefined) continue;
			if (column.alternativeTo !== undefined) {
				const form = forms.get(column.alternativeTo) ?? { item: {}, row };
				form.item[column.path[column.path.length - 1]] = value;
				forms.set(column.alternativeTo, form);
			} else setAt(meta, column.path, value);
			continue;
		}
		if (!numbered || !list || !listColumn || Number(numbered[2]) < 1) {
			builder.warn(where, `${quoted(field)} is not a field of the story, so its value was not read`, 'a field listed in the Read me sheet');
			continue;
		}
		const n = Number(numbered[2]);
		builder.storyRows.set(`${list.field}.${n}.${listColumn.name}`, row);
		const items = listItems.get(list.field) ?? new Map<number, Item>();
		listItems.set(list.field, items);
		const value = cellValue(text, listColumn);
		if (value !== undefined) setAt((items.get(n) ?? items.set(n, {}).get(n))!, listColumn.path, value);
	}
	for (const [name, { item }] of forms) {
		if (valueAt(meta, [name]) !== undefined)
			builder.error(`${sheet.name}!${cellAddress(valueColumn, builder.storyRows.get(name)!)}`, `is filled, and so are the ${name}.… fields`, `either ${name} or its dotted fields`);
		else meta[name] = item;
	}
	// Numbered rows in their order; a number with every field empty is a blank left for a new credit. `credits[0]` is the first of them, whatever its number.
	for (const { field, list } of storyFields) {
		if (!list) continue;
		const entries = [...(listItems.get(field) ?? new Map<number, Item>())].filter(([, item]) => Object.keys(item).length).sort(([a], [b]) => a - b);
		meta[field] = entries.map(([, item]) => item);
		entries.forEach(([n], i) => {
			for (const [name, row] of [...builder.storyRows]) if (name.startsWith(`${field}.${n}.`)) builder.storyRows.set(`${field}[${i}]${name.slice(`${field}.${n}`.length)}`, row);
		});
	}
	const order = storyFields.map((f) => f.field);
	const sorted: Item = {};
	for (const key of order) if (meta[key] !== undefined) sorted[key] = meta[key];
	return { meta: sorted, schema };
}

function readCollection(builder: Builder, spec: SheetSpec, sheet: RawSheet | undefined, story: Item, parents: Map<string, Map<string, { item: Item; path: string }>>) {
	const items: Item[] = [];
	const byId = new Map<string, { item: Item; path: string }>();
	parents.set(spec.name, byId);
	const collectionPath = `$.${spec.collection.join('.')}`;
	if (sheet) {
		const grid = builder.grid(
			sheet,
			spec.columns.map((column) => column.name)
		);
		if (grid) {
			builder.missingColumns(grid, spec.columns);
			for (const row of dataRows(grid)) {
				if (spec.parent) {
					readChildRow(builder, spec, grid, row, parents.get(spec.parent.sheet)!);
					continue;
				}
				const item = builder.item(grid, row, spec.columns);
				if (!item) continue;
				const path = `${collectionPath}[${items.length}]`;
				builder.anchor(path, grid, row);
				items.push(item);
				if (typeof item.id === 'string' && !byId.has(item.id)) byId.set(item.id, { item, path });
			}
		}
	}
	if (spec.parent) return;
	// A list each item must have (an open question's positions) starts empty, so an item without rows is told it needs one.
	for (const child of workbookLayout().sheets) {
		if (child.parent?.sheet === spec.name && child.required) for (const item of items) item[child.parent.field] = [];
	}
	const [top, inner] = spec.collection;
	if (inner === undefined) story[top] = items;
	else if (items.length) ((story[top] ??= {}) as Item)[inner] = items;
}

function readChildRow(builder: Builder, spec: SheetSpec, grid: Grid, row: number, parents: Map<string, { item: Item; path: string }>) {
	const [parentColumn, ...columns] = spec.columns;
	const child = builder.item(grid, row, columns);
	const column = grid.columns.get(parentColumn.name);
	const parentId = builder.text(grid, row, column);
	if (!child && parentId === '') return;
	const where = column === undefined ? `${grid.sheet.name} row ${row + 1}` : `${grid.sheet.name}!${cellAddress(column, row)}`;
	const { sheet: parentSheet, field } = spec.parent!;
	if (parentId === '') {
		builder.error(where, `is empty, so this row belongs to no item of ${parentSheet}`, `the id of an item in the ${parentSheet} sheet`);
		return;
	}
	const parent = parents.get(parentId);
	if (!parent) {
		builder.error(where, `is ${quoted(parentId)}, which is not the id of an item in the ${parentSheet} sheet`, `the id of an item in the ${parentSheet} sheet`);
		return;
	}
	const list = (parent.item[field] ??= []) as Item[];
	builder.anchor(`${parent.path}.${field}[${list.length}]`, grid, row);
	list.push(child ?? {});
}

/** `$.events[3].when.from` → ['events', 3, 'when', 'from']. */
function pathSegments(path: string): (string | number)[] {
	const segments: (string | number)[] = [];
	for (const match of path.slice(1).matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
		segments.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]) as string)));
	}
	return segments;
}

const jsonPath = (segments: readonly (string | number)[]) => '$' + segments.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('');

/** Where in the workbook a JSON path of the story is; `missing` when it is a column the sheet does not have (already reported). */
function locate(builder: Builder, path: string): { where: string; missing?: boolean } {
	const segments = pathSegments(path);
	if (segments[0] === SCHEMA_FIELD) return { where: storyCell(builder, SCHEMA_FIELD) };
	if (segments[0] === 'meta') {
		const key = segments
			.slice(1)
			.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`))
			.join('');
		return { where: storyCell(builder, key) };
	}
	for (let k = segments.length; k > 0; k--) {
		const anchor = builder.anchors.get(jsonPath(segments.slice(0, k)));
		if (!anchor) continue;
		const field = segments
			.slice(k)
			.filter((s) => typeof s === 'string')
			.join('.');
		const names = [...anchor.columns.keys()];
		const name = names.find((n) => n === field) ?? names.find((n) => field.startsWith(`${n}.`)) ?? names.find((n) => n.startsWith(`${field}.`));
		if (name === undefined || field === '') return { where: `${anchor.sheet} row ${anchor.row + 1}`, missing: builder.missing.has(`${anchor.sheet}\n${field.split('.')[0]}`) };
		return { where: `${anchor.sheet}!${cellAddress(anchor.columns.get(name)!, anchor.row)}` };
	}
	const sheet = workbookLayout().sheets.find((spec) => spec.collection.every((key, i) => segments[i] === key) && !spec.parent);
	return { where: sheet?.name ?? '' };
}

/** The Story sheet's value cell of a field (`title`, `credits[0].name`), or of the first row within it (`focus` → focus.from). */
function storyCell(builder: Builder, field: string): string {
	const rows = [...builder.storyRows];
	const row = builder.storyRows.get(field) ?? rows.find(([name]) => name.startsWith(`${field}.`) || name.startsWith(`${field}[`))?.[1];
	if (row !== undefined) return `${STORY_SHEET}!${cellAddress(builder.storyValueColumn, row)}`;
	// No row for the field: the sheet, and the field as its row would name it (credits[0].name → credits.1.name).
	const named = field.replace(/\[(\d+)\]/g, (_, i: string) => `.${Number(i) + 1}`);
	return named ? `${STORY_SHEET}, ${named}` : STORY_SHEET;
}

/** "duplicates the id "x" of events[0]" → "… of Events row 2": the loader's words name items by their index, the workbook by their row. */
function rowsInMessage(builder: Builder, text: string | undefined): string | undefined {
	return text?.replace(/\b(actors|sources|chapters|events|quotes|framings|unknowns)\[(\d+)\]/g, (match, collection: string, index: string) => {
		const anchor = builder.anchors.get(`$.${collection}[${index}]`);
		return anchor ? `${anchor.sheet} row ${anchor.row + 1}` : match;
	});
}

function fromLoader(builder: Builder, problem: StoryProblem): WorkbookProblem & { missing?: boolean } {
	const { where, missing } = locate(builder, problem.path);
	return {
		severity: problem.severity,
		where,
		missing,
		message: rowsInMessage(builder, problem.message)!,
		expected: rowsInMessage(builder, problem.expected),
		path: problem.path,
		item: problem.item
	};
}

/** The story a workbook's sheets hold, read through the story's loader; `options.fileSlug` as for a story file. */
export function storyFromSheets(sheets: readonly RawSheet[], options: ValidateOptions = {}): WorkbookResult {
	const builder = new Builder();
	const byName = builder.sheetsByName(sheets);
	// A spreadsheet with none of the story's sheets is not a story workbook: one line says so, rather than one per missing sheet.
	const storySheets = [STORY_SHEET, ...workbookLayout().sheets.map((sheet) => sheet.name)];
	if (!storySheets.some((name) => byName.has(nameKey(name)))) {
		return {
			ok: false,
			errors: [
				{ severity: 'error', where: '', message: `has none of the story's sheets (${storySheets.slice(0, 6).join(', ')}, …)`, expected: 'a workbook written by npm run story:export, or its CSV files' }
			],
			warnings: []
		};
	}
	const { meta, schema } = readStorySheet(builder, byName.get(nameKey(STORY_SHEET)));
	const story: Item = {};
	if (schema !== undefined) story.$schema = schema;
	story.meta = meta;
	const parents = new Map<string, Map<string, { item: Item; path: string }>>();
	for (const spec of workbookLayout().sheets) readCollection(builder, spec, byName.get(nameKey(spec.name)), story, parents);
	const loaded = loadStory(new TextEncoder().encode(JSON.stringify(story)), options);
	const warnings = [...builder.warnings, ...loaded.warnings.map((p) => fromLoader(builder, p)).map(({ missing: _, ...p }) => p)];
	// A cell refused here, or a column reported missing, is not reported again in the loader's words.
	const loaderErrors = loaded.ok
		? []
		: loaded.errors
				.map((p) => fromLoader(builder, p))
				.filter((p) => !builder.refused.has(p.where) && !p.missing)
				.map(({ missing: _, ...p }) => p);
	const errors = [...builder.errors, ...loaderErrors];
	if (errors.length || !loaded.ok) return { ok: false, errors, warnings };
	return { ok: true, story: loaded.story, warnings };
}

/** Problems as lines: `file: error: Events!C14 (vote-held): what is wrong (expected …)`; a problem of the whole file has no place. */
export function formatWorkbookProblems(file: string, problems: readonly WorkbookProblem[]): string {
	return problems
		.map((p) => {
			const where = p.where ? `${p.where}${p.item ? ` (${p.item})` : ''}: ` : '';
			return printable(`${file}: ${p.severity}: ${where}${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`);
		})
		.join('\n');
}
