/**
 * Which importer reads a file, from its content alone (file names lie: a
 * Google Sheets export and a hand-made spreadsheet are both ".csv").
 */
import { IMPORT_FORMATS, ImportError, type ImportFormat } from './common';
import { columnKey, readCsv } from './csv';
import { PLAIN_CSV_COLUMNS } from './plain-csv';

export function detectFormat(text: string): ImportFormat {
	const content = text.replace(/^\uFEFF/, '').trimStart();
	if (content.startsWith('{')) return 'timelinejs';
	const header = new Set(readCsv(content.split(/\r?\n/, 1)[0] ?? '').header.map(columnKey));
	// "Year" and "Headline" together are the template's; a plain spreadsheet says "date".
	if (header.has('year') && header.has('headline')) return 'sheets-csv';
	const has = (names: string[]) => names.some((name) => header.has(name));
	if (has(PLAIN_CSV_COLUMNS.date) && has(PLAIN_CSV_COLUMNS.title)) return 'plain-csv';
	throw new ImportError(
		'cannot tell the format: expected TimelineJS3 JSON (an object with "events"), the TimelineJS3 Google Sheets template as CSV ' +
			'(columns Year, Month, Day, …, Headline, Text) or a CSV with date and title columns. Pass --format ' +
			IMPORT_FORMATS.join('|')
	);
}

export function isImportFormat(value: string): value is ImportFormat {
	return (IMPORT_FORMATS as readonly string[]).includes(value);
}
