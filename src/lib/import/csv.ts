/**
 * CSV as a journalist's spreadsheet: rows are numbered as the spreadsheet
 * shows them (the header is row 1), so a warning about `row 7` points at the
 * row they see. Cells may hold commas, quotes and line breaks.
 */
import { parse } from 'csv-parse/sync';
import { ImportError } from './common';
import { guessDelimiter } from './delimiter';

export interface CsvRow {
	/** Spreadsheet row number: the header is row 1, the first data row is row 2. */
	row: number;
	/** Trimmed cells by normalised column name (see `columnKey`). */
	cells: Record<string, string>;
}

export interface CsvTable {
	/** Column names as written in the header. */
	header: string[];
	rows: CsvRow[];
}

/** "Source_URL", "source-url" and " Source URL " all name the column "source url". */
export function columnKey(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[\s_-]+/g, ' ');
}

export function readCsv(text: string): CsvTable {
	let records: string[][];
	try {
		records = parse(text, { bom: true, delimiter: guessDelimiter(text), relax_column_count: true, skip_empty_lines: false });
	} catch (error) {
		throw new ImportError(`not readable as CSV: ${(error as Error).message}`);
	}
	const [header = [], ...body] = records;
	const keys = header.map(columnKey);
	const rows = body
		.map((record, i) => ({ row: i + 2, cells: Object.fromEntries(keys.map((key, column) => [key, (record[column] ?? '').trim()] as const).filter(([key]) => key !== '')) }))
		// Blank rows are spacing in a spreadsheet, not events.
		.filter(({ cells }) => Object.values(cells).some((cell) => cell !== ''));
	return { header: header.map((name) => name.trim()), rows };
}

/** Spreadsheet wording for a place in the file: `row 7 (Headline)`. */
export function rowWhere(row: number, columns?: string): string {
	return columns ? `row ${row} (${columns})` : `row ${row}`;
}
