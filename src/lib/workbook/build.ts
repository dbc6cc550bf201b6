/**
 * Raw sheets → a story, through the story's one loader (story/load.ts): the
 * cells become the story's JSON, which is read exactly as a story file is, and
 * every problem the loader finds is named by the sheet, row and column it came
 * from (`Events!C14`). What only a workbook can get wrong (a sheet or column
 * twice, cells merged across columns, an error cell, a row of a list whose
 * item does not exist) is refused here, in the same form.
 */
import { loadStory } from '../story/load';
import type { ValidateOptions } from '../story/validate';
import { STORY_SHEET, nameKey, workbookLayout, type SheetSpec } from './layout';
import { fromLoader } from './locate';
import type { WorkbookResult } from './problems';
import type { RawSheet } from './raw';
import { Builder, dataRows, quoted, type Grid, type Item } from './sheet-reader';
import { readStorySheet } from './story-sheet';
import { cellAddress } from './xml';

export { formatWorkbookProblems, type WorkbookProblem, type WorkbookResult } from './problems';

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
