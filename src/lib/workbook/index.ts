/**
 * A story as a workbook and back: xlsx, ods, or a folder of CSV files, one
 * sheet per collection (Read me, Story, Actors, Sources, Chapters, Events,
 * Quotes, Quote relations, Framings, Open questions, Positions, Teaching
 * notes, Teaching questions, Lists).
 *
 * Pure: bytes in, bytes out, no Node API, so the editor in the browser and
 * `npm run story:export` / `story:import` use the same code. Reading goes
 * through the story's one loader (story/load.ts).
 */
import type { Story } from '../story/schema';
import type { ValidateOptions } from '../story/validate';
import { storyFromSheets, type WorkbookProblem, type WorkbookResult } from './build';
import { readCsvSheets, writeCsvFiles } from './csv';
import { UnreadableWorkbook, readWorkbookSheets } from './read-sheets';
import { storyTables } from './tables';
import { writeOds } from './ods-write';
import { writeXlsx } from './xlsx-write';

export { formatWorkbookProblems, type WorkbookProblem, type WorkbookResult } from './build';
export { csvFileName } from './csv';
export { storyTables, type WorkbookTables, type SheetTable } from './tables';
export { workbookLayout, sheetNames } from './layout';

export const WORKBOOK_FORMATS = ['xlsx', 'ods'] as const;
export type WorkbookFormat = (typeof WORKBOOK_FORMATS)[number];

/** The story as an .xlsx or .ods file's bytes. */
export function writeWorkbook(story: Story, format: WorkbookFormat): Uint8Array {
	const tables = storyTables(story);
	return format === 'xlsx' ? writeXlsx(tables, story.meta.title) : writeOds(tables, story.meta.title);
}

/** The story as CSV files, one per sheet, by file name (`events.csv`). */
export function writeStoryCsv(story: Story): Map<string, Uint8Array> {
	return writeCsvFiles(storyTables(story));
}

/**
 * A workbook's bytes (.xlsx or .ods, from any program; also .xls, .xlsb and
 * flat .fods, which SheetJS reads) → the story, or every problem at once,
 * each naming its sheet, row and column. Never throws.
 */
export function readWorkbook(bytes: Uint8Array, options: ValidateOptions = {}): WorkbookResult {
	let sheets;
	try {
		sheets = readWorkbookSheets(bytes);
	} catch (error) {
		if (!(error instanceof UnreadableWorkbook)) throw error;
		return refused(error.message);
	}
	return storyFromSheets(sheets, options);
}

/** CSV files by name (`events.csv`, …; a folder written by writeStoryCsv, or edited and re-saved) → the story. Never throws. */
export function readStoryCsv(files: ReadonlyMap<string, Uint8Array>, options: ValidateOptions = {}): WorkbookResult {
	const { sheets, errors, warnings } = readCsvSheets(files);
	const fileProblems = (list: typeof errors, severity: WorkbookProblem['severity']): WorkbookProblem[] => list.map(({ file, message }) => ({ severity, where: file, message }));
	const result = storyFromSheets(sheets, options);
	const allWarnings = [...fileProblems(warnings, 'warning'), ...result.warnings];
	if (!errors.length && result.ok) return { ...result, warnings: allWarnings };
	return { ok: false, errors: [...fileProblems(errors, 'error'), ...(result.ok ? [] : result.errors)], warnings: allWarnings };
}

function refused(message: string): WorkbookResult {
	return { ok: false, errors: [{ severity: 'error', where: '', message }], warnings: [] };
}
