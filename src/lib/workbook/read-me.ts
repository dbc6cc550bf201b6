/**
 * The Read me sheet: what each sheet and column holds, which are required and
 * which values are allowed, written from the layout, and so from the schema's
 * own descriptions and vocabularies: it cannot disagree with the loader.
 */
import type { Story } from '../story/schema';
import { LIST_SEPARATOR } from './cells';
import { FIELD_COLUMN, LISTS_SHEET, SCHEMA_FIELD, STORY_SHEET, VALUE_COLUMN, workbookLayout, type ColumnSpec } from './layout';

export const READ_ME_HEADER = ['sheet', 'column', 'required', 'allowed values', 'what it holds'] as const;

const ALL_SHEETS = 'All sheets';

function generalRows(story: Story): string[][] {
	const note = (topic: string, text: string) => [ALL_SHEETS, topic, '', '', text];
	return [
		note(
			'this workbook',
			`The story "${story.meta.title}" (${story.meta.slug}). Edit it here, then read it back with npm run story:import -- <this file>: it is checked by the same rules as the story's JSON file, and each problem is named by its sheet, row and column (Events!C14).`
		),
		note(
			'text',
			'Every cell is text. Dates are written as the story format writes them, and only as precisely as the sources allow: 2019, 2019-12, 2019-12-10, 2019-12-10 morning, 2019-12-10T10 (an hour), 2019-12-10T10:57 (a minute). A date the spreadsheet turned into a date cell is read back as text, with a warning.'
		),
		note(
			'lists',
			`Several values in one cell are separated by "${LIST_SEPARATOR.trim()}" (s01${LIST_SEPARATOR}s03). Where a field takes one value or a list, one value followed by "${LIST_SEPARATOR.trim()}" is a list of one.`
		),
		note(
			'rows and columns',
			'One row per item, in the story’s order; empty rows are skipped. Columns are found by their header, in any order and any case, and so are sheets. A column or sheet the format does not have is ignored, with a warning. Cells merged down a column repeat their value; cells merged across columns are refused.'
		),
		note('drop-down lists', `Columns with a closed list of values offer it as a drop-down; the ${LISTS_SHEET} sheet holds the lists, and changing it changes nothing in the story.`)
	];
}

function requiredText(column: ColumnSpec, columns: readonly ColumnSpec[]): string {
	const alternatives = columns.filter((other) => other.alternativeTo === column.name);
	if (column.alternativeTo !== undefined) return column.required ? 'for a range' : '';
	if (alternatives.length && column.required) {
		return `yes: ${column.name}, or ${alternatives
			.filter((other) => other.required)
			.map((other) => other.name)
			.join(' and ')}`;
	}
	return column.required ? 'yes' : '';
}

function whatItHolds(column: ColumnSpec, columns: readonly ColumnSpec[]): string {
	const parts = [column.description];
	const alternatives = columns.filter((other) => other.alternativeTo === column.name);
	if (alternatives.length) parts.push(`Leave it empty to give ${alternatives.map((other) => other.name).join(', ')} instead.`);
	if (column.alternativeTo !== undefined) parts.push(`Instead of ${column.alternativeTo}.`);
	if (column.shape === 'list') parts.push(`Several: separated by "${LIST_SEPARATOR.trim()}".`);
	if (column.shape === 'one-or-list') parts.push(`One, or several separated by "${LIST_SEPARATOR.trim()}".`);
	return parts.filter(Boolean).join(' ');
}

const allowedText = (column: ColumnSpec) => column.allowed?.join(', ') ?? '';

/** The Read me sheet's rows, its header first. */
export function readMeRows(story: Story): string[][] {
	const { storyFields, sheets } = workbookLayout();
	const rows: string[][] = [[...READ_ME_HEADER], ...generalRows(story)];
	rows.push([STORY_SHEET, '', '', '', `The story itself: one row per field, its name in the ${FIELD_COLUMN} column and its value in the ${VALUE_COLUMN} column.`]);
	rows.push([STORY_SHEET, SCHEMA_FIELD, '', '', 'Where editors find the story format (the story file’s "$schema" line); keep it as it is.']);
	for (const { field, columns, list } of storyFields) {
		const all = columns;
		for (const column of columns) {
			const name = list ? `${field}.1.${column.name}` : column.name;
			const required = list ? (list.required && column.required ? 'yes' : '') : requiredText(column, all);
			const holds = list ? `${column.description} ${field}.2.${column.name}, … for more.`.trim() : whatItHolds(column, all);
			rows.push([STORY_SHEET, name, required, allowedText(column), holds]);
		}
	}
	for (const sheet of sheets) {
		rows.push([sheet.name, '', '', '', sheet.description]);
		for (const column of sheet.columns) rows.push([sheet.name, column.name, requiredText(column, sheet.columns), allowedText(column), whatItHolds(column, sheet.columns)]);
	}
	rows.push([LISTS_SHEET, '', '', '', 'The values the drop-down lists offer; not read back.']);
	return rows;
}
