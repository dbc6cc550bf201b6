/** Where the loader's problems are in the workbook: a JSON path of the story (`$.events[3].when.from`) as a cell (`Events!F5`). */
import type { StoryProblem } from '../story/validate';
import { SCHEMA_FIELD, STORY_SHEET, workbookLayout } from './layout';
import type { WorkbookProblem } from './problems';
import type { Builder } from './sheet-reader';
import { cellAddress } from './xml';

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

export function fromLoader(builder: Builder, problem: StoryProblem): WorkbookProblem & { missing?: boolean } {
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
