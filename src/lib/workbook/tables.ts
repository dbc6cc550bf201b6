/**
 * A story as the workbook's tables: plain text cells, row by row, with what
 * the writers need to present them (widths, wrapping, drop-downs). The xlsx,
 * ods and CSV writers all start from these, so the three forms hold the same
 * cells.
 */
import type { Story } from '../story/schema';
import { cellText } from './cells';
import { FIELD_COLUMN, LISTS_SHEET, READ_ME_SHEET, SCHEMA_FIELD, STORY_SHEET, VALUE_COLUMN, workbookLayout, type ColumnSpec, type SheetSpec } from './layout';
import { readMeRows } from './read-me';

export interface DropDown {
	/** Column index (0-based). */
	column: number;
	/** First and last data row (0-based, the header is row 0); `last` undefined: to the end of the sheet. */
	first: number;
	last?: number;
	/** Index into `WorkbookTables.lists`. */
	list: number;
	/** Whether another value is refused (a single value) or only warned about (a list, such as a source's kinds). */
	strict: boolean;
}

export interface SheetTable {
	name: string;
	/** Row 0 is the header. Every cell is text. */
	rows: string[][];
	/** Column widths in characters. */
	widths: number[];
	/** Columns of prose, shown wrapped. */
	wrap: boolean[];
	/** Each row's height in lines, its tallest wrapped cell's estimated (programs size rows to their text on load only for ods). */
	lines: number[];
	dropDowns: DropDown[];
}

export interface WorkbookTables {
	sheets: SheetTable[];
	/** The closed lists the drop-downs offer, each a column of the Lists sheet. */
	lists: { name: string; values: readonly string[] }[];
}

/** The Read me's columns: sheet, column, required, allowed values, what it holds. */
const READ_ME_WIDTHS = [14, 18, 12, 28, 72];
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** A text column whose cells run longer than this is wrapped at its width. */
const WRAP_AFTER = 40;

type Item = Record<string, unknown>;

function valueAt(item: unknown, path: readonly string[]): unknown {
	let node = item;
	for (const key of path) {
		if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
		node = (node as Item)[key];
	}
	return node;
}

/** The text of a column's cell for one item; a field that is a string or an object fills only the columns of its form. */
export function itemCell(item: unknown, column: ColumnSpec): string {
	const value = valueAt(item, column.path);
	if (column.alternativeTo !== undefined) {
		const whole = valueAt(item, column.path.slice(0, -1));
		return whole !== null && typeof whole === 'object' ? cellText(value, column) : '';
	}
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? '' : cellText(value, column);
}

/** A list's header in the Lists sheet: where it is used first, or what it is (true / false). */
const listName = (sheet: string, name: string, column: ColumnSpec) => (column.kind === 'boolean' ? 'true / false' : `${sheet}: ${name}`);

class Lists {
	readonly lists: WorkbookTables['lists'] = [];

	/** The index of the list with these values, added under `name` the first time. */
	indexOf(name: string, values: readonly string[]): number {
		const key = values.join('\n');
		const found = this.lists.findIndex((list) => list.values.join('\n') === key);
		if (found >= 0) return found;
		this.lists.push({ name, values });
		return this.lists.length - 1;
	}
}

/** Characters of prose per line of a column `width` characters wide: prose runs narrower than the digit a width counts, less what wrapping at spaces wastes. */
const PROSE_PER_WIDTH = 1.2;

/** How many lines a wrapped cell of this width takes. */
export function wrappedLines(text: string, width: number): number {
	const perLine = Math.max(1, Math.floor(width * PROSE_PER_WIDTH));
	return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil([...paragraph].length / perLine)), 0);
}

function sized(name: string, rows: string[][], wrapText: (column: number) => boolean, dropDowns: DropDown[], fixedWidths?: readonly number[]): SheetTable {
	const columns = rows[0]?.length ?? 0;
	const widths: number[] = [];
	const wrap: boolean[] = [];
	for (let c = 0; c < columns; c++) {
		let longest = 0;
		for (const row of rows) for (const line of (row[c] ?? '').split('\n')) longest = Math.max(longest, [...line].length);
		widths.push(fixedWidths?.[c] ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)));
		wrap.push(wrapText(c) && longest > (fixedWidths?.[c] ?? WRAP_AFTER));
	}
	const lines = rows.map((row) => Math.max(1, ...row.map((text, c) => (wrap[c] ? wrappedLines(text, widths[c]) : text.split('\n').length))));
	return { name, rows, widths, wrap, lines, dropDowns };
}

function storySheet(story: Story, lists: Lists): SheetTable {
	const rows: string[][] = [[FIELD_COLUMN, VALUE_COLUMN]];
	const dropDowns: DropDown[] = [];
	if (story.$schema !== undefined) rows.push([SCHEMA_FIELD, story.$schema]);
	const add = (name: string, value: string, column: ColumnSpec) => {
		rows.push([name, value]);
		if (column.allowed)
			dropDowns.push({ column: 1, first: rows.length - 1, last: rows.length - 1, list: lists.indexOf(listName(STORY_SHEET, name, column), column.allowed), strict: column.shape === 'one' });
	};
	for (const { field, columns, list } of workbookLayout().storyFields) {
		if (!list) {
			for (const column of columns) add(column.name, itemCell(story.meta, column), column);
			continue;
		}
		const items = (story.meta as Item)[field] as Item[] | undefined;
		const count = Math.max(1, items?.length ?? 0);
		for (let i = 0; i < count; i++) for (const column of columns) add(`${field}.${i + 1}.${column.name}`, itemCell(items?.[i], column), column);
	}
	return sized(STORY_SHEET, rows, (c) => c === 1, dropDowns);
}

function itemsOf(story: Story, collection: readonly string[]): Item[] {
	const items = valueAt(story, collection);
	return Array.isArray(items) ? (items as Item[]) : [];
}

function collectionSheet(story: Story, sheet: SheetSpec, lists: Lists): SheetTable {
	const rows: string[][] = [sheet.columns.map((column) => column.name)];
	if (sheet.parent) {
		const { field } = sheet.parent;
		for (const parent of itemsOf(story, sheet.collection.slice(0, -1))) {
			for (const child of (parent[field] as Item[] | undefined) ?? []) rows.push([String(parent.id), ...sheet.columns.slice(1).map((column) => itemCell(child, column))]);
		}
	} else {
		for (const item of itemsOf(story, sheet.collection)) rows.push(sheet.columns.map((column) => itemCell(item, column)));
	}
	const dropDowns = sheet.columns.flatMap((column, c): DropDown[] =>
		column.allowed ? [{ column: c, first: 1, list: lists.indexOf(listName(sheet.name, column.name, column), column.allowed), strict: column.shape === 'one' }] : []
	);
	return sized(sheet.name, rows, (c) => sheet.columns[c].kind === 'text', dropDowns);
}

function listsSheet(lists: WorkbookTables['lists']): SheetTable {
	const height = Math.max(0, ...lists.map((list) => list.values.length));
	const rows = [lists.map((list) => list.name), ...Array.from({ length: height }, (_, r) => lists.map((list) => list.values[r] ?? ''))];
	return sized(LISTS_SHEET, rows, () => false, []);
}

/** The story's tables: Read me, Story, a sheet per collection, and the Lists the drop-downs offer. */
export function storyTables(story: Story): WorkbookTables {
	const lists = new Lists();
	const data = [storySheet(story, lists), ...workbookLayout().sheets.map((sheet) => collectionSheet(story, sheet, lists))];
	const readMe = sized(READ_ME_SHEET, readMeRows(story), (c) => c >= 2, [], READ_ME_WIDTHS);
	return { sheets: [readMe, ...data, listsSheet(lists.lists)], lists: lists.lists };
}
