/**
 * The workbook as a folder of CSV files, one per sheet (`events.csv`,
 * `open-questions.csv`, …), UTF-8 with a byte-order mark so that Excel reads
 * it as UTF-8.
 *
 * CSV has no cell types, so text that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) is written with a
 * leading apostrophe, as OWASP advises, and text that already starts with
 * apostrophes before such a character gets one more; reading takes exactly
 * one off again, so every text reads back as it was.
 */
// The library's browser build: its Node entry needs Node's Buffer, which a browser has not.
import { parse } from 'csv-parse/browser/esm/sync';
import { decodeInput } from '../import/encoding';
import { guessDelimiter } from '../import/delimiter';
import type { RawSheet } from './raw';
import type { WorkbookTables } from './tables';

const BOM = '\uFEFF';
const FORMULA = /^'*[=+\-@\t\r]/;

export function csvCellText(text: string): string {
	const safe = FORMULA.test(text) ? `'${text}` : text;
	return /[",\n\r]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `Open questions` → `open-questions.csv`. */
export function csvFileName(sheet: string): string {
	return `${sheet.toLowerCase().replace(/\s+/g, '-')}.csv`;
}

/** The sheet a CSV file holds, by its name: `open-questions.csv`, `Open questions.csv` and `open_questions.CSV` are all Open questions. */
export function sheetNameOfFile(file: string): string {
	return (file.split(/[\\/]/).pop() ?? file).replace(/\.csv$/i, '').replace(/[-_]+/g, ' ');
}

/** One CSV file per sheet, by file name. */
export function writeCsvFiles(tables: WorkbookTables): Map<string, Uint8Array> {
	const encoder = new TextEncoder();
	return new Map(tables.sheets.map((sheet) => [csvFileName(sheet.name), encoder.encode(BOM + sheet.rows.map((row) => row.map(csvCellText).join(',')).join('\r\n') + '\r\n')]));
}

export interface CsvFileProblem {
	file: string;
	message: string;
}

/** CSV files as raw sheets; a file that cannot be read is reported and left out. Encoding warnings (UTF-16, Windows-1252) are passed on. */
export function readCsvSheets(files: ReadonlyMap<string, Uint8Array>): { sheets: RawSheet[]; errors: CsvFileProblem[]; warnings: CsvFileProblem[] } {
	const sheets: RawSheet[] = [];
	const errors: CsvFileProblem[] = [];
	const warnings: CsvFileProblem[] = [];
	for (const [file, bytes] of files) {
		const { text, warnings: decoding } = decodeInput(bytes);
		for (const warning of decoding) warnings.push({ file, message: warning.message });
		let records: string[][];
		try {
			records = parse(text, { bom: true, delimiter: guessDelimiter(text), relax_column_count: true, skip_empty_lines: false });
		} catch (error) {
			errors.push({ file, message: `is not readable as CSV: ${(error as Error).message}` });
			continue;
		}
		const rows = records.map((record) => record.map((cell) => (cell === '' ? undefined : { text: FORMULA.test(cell.slice(1)) && cell.startsWith("'") ? cell.slice(1) : cell, type: 'text' as const })));
		sheets.push({ name: sheetNameOfFile(file), rows, merges: [] });
	}
	return { sheets, errors, warnings };
}
