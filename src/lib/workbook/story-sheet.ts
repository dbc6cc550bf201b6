/** The Story sheet: one row per field of `meta` (`title`, `focus.from`, `credits.1.name`, …) and the file's `$schema`. */
import { cellValue } from './cells';
import { FIELD_COLUMN, SCHEMA_FIELD, STORY_SHEET, VALUE_COLUMN, nameKey, workbookLayout } from './layout';
import type { RawSheet } from './raw';
import { Builder, dataRows, quoted, setAt, valueAt, type Item } from './sheet-reader';
import { cellAddress } from './xml';

export function readStorySheet(builder: Builder, sheet: RawSheet | undefined): { meta: Item; schema?: string } {
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
