/**
 * Reading one sheet as a table, for build.ts: its header row and the
 * column of each field, its merged cells, each cell's text, each row as an
 * item; and the problems on the way, each placed by sheet, row and column.
 */
import { cellValue } from './cells';
import { LISTS_SHEET, READ_ME_SHEET, STORY_SHEET, nameKey, workbookLayout, type ColumnSpec } from './layout';
import type { WorkbookProblem } from './problems';
import type { RawCell, RawSheet } from './raw';
import { cellAddress, columnLetter } from './xml';

export type Item = Record<string, unknown>;

/** Where an item of the story came from: its sheet and row, and the columns the sheet has. */
export interface Anchor {
	sheet: string;
	row: number;
	columns: Map<string, number>;
}

/** A sheet read as a table: its header row and the column of each field. */
export interface Grid {
	sheet: RawSheet;
	header: number;
	columns: Map<string, number>;
	/** Cells below a merged cell, filled with its value: merged down a column, a value is meant for every row. */
	filled: Map<string, RawCell>;
}

export const quoted = (text: string) => JSON.stringify(text);
/** One read of a workbook: its problems so far, and where each item of the story came from, for placing the loader's problems. */
export class Builder {
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

export function valueAt(item: unknown, path: readonly string[]): unknown {
	let node = item;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Item)[key];
	}
	return node;
}

export function setAt(item: Item, path: readonly string[], value: unknown) {
	let node = item;
	for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Item;
	node[path[path.length - 1]] = value;
}

export const dataRows = (grid: Grid) => Array.from({ length: Math.max(0, grid.sheet.rows.length - grid.header - 1) }, (_, i) => grid.header + 1 + i);
