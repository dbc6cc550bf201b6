/**
 * Importing timelines into stories: `importStory` detects the format (unless
 * told) and runs its importer. Each importer is pure: text in, a draft story
 * and its warnings out.
 */
import type { ImportFormat, ImportOptions, ImportResult } from './common';
import { detectFormat } from './detect';
import { importPlainCsv } from './plain-csv';
import { importSheetsCsv } from './sheets-csv';
import { importTimelineJs } from './timelinejs';

export { ImportError, IMPORT_FORMATS, type ImportFormat, type ImportOptions, type ImportResult, type ImportWarning } from './common';
export { detectFormat, isImportFormat } from './detect';
export { importTimelineJs, importSheetsCsv, importPlainCsv };

const IMPORTERS: Record<ImportFormat, (text: string, options: ImportOptions) => ImportResult> = {
	timelinejs: importTimelineJs,
	'sheets-csv': importSheetsCsv,
	'plain-csv': importPlainCsv
};

export function importStory(text: string, options: ImportOptions & { format?: ImportFormat }): ImportResult & { format: ImportFormat } {
	const format = options.format ?? detectFormat(text);
	return { ...IMPORTERS[format](text, options), format };
}
