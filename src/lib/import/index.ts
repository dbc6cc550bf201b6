/**
 * Importing timelines into stories: `importStory` decodes the file's bytes
 * (see encoding.ts), detects the format (unless told) and runs its importer.
 * Each importer is pure: text in, a draft story and its warnings out.
 */
import { ImportError, type ImportFormat, type ImportOptions, type ImportResult } from './common';
import { detectFormat } from './detect';
import { decodeInput } from './encoding';
import { importPlainCsv } from './plain-csv';
import { importSheetsCsv } from './sheets-csv';
import { importTimelineJs } from './timelinejs';

export { ImportError, IMPORT_FORMATS, type ImportFormat, type ImportOptions, type ImportResult, type ImportWarning } from './common';
export { detectFormat, isImportFormat } from './detect';
export { decodeInput, type DecodedInput } from './encoding';
export { importTimelineJs, importSheetsCsv, importPlainCsv };

const IMPORTERS: Record<ImportFormat, (text: string, options: ImportOptions) => ImportResult> = {
	timelinejs: importTimelineJs,
	'sheets-csv': importSheetsCsv,
	'plain-csv': importPlainCsv
};

/**
 * A file's bytes (or text already decoded) → a draft story. Warnings about
 * the encoding come first, also on an ImportError: "cannot tell the format"
 * is easier to understand next to "read as UTF-16 LE".
 */
export function importStory(input: string | Uint8Array, options: ImportOptions & { format?: ImportFormat }): ImportResult & { format: ImportFormat; encoding: string } {
	const { text, encoding, warnings } = typeof input === 'string' ? { text: input, encoding: 'utf-8', warnings: [] } : decodeInput(input);
	try {
		const format = options.format ?? detectFormat(text);
		const result = IMPORTERS[format](text, options);
		return { ...result, warnings: [...warnings, ...result.warnings], format, encoding };
	} catch (error) {
		throw error instanceof ImportError && warnings.length ? new ImportError(error.message, [...warnings, ...error.warnings]) : error;
	}
}
