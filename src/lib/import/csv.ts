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

/** What to do with a CSV file's header and then with each of its rows. */
export interface CsvReader {
	header(names: string[]): void;
	row(row: CsvRow): void;
}

/**
 * Reads `text` row by row: `reader.header` gets the header (also of a file
 * without one: []), then `reader.row` each non-blank row as it is parsed.
 * Nothing keeps the rows, so a big spreadsheet is never a table in memory
 * beside the story made of it. An ImportError thrown by the reader stops the
 * reading and is thrown as it is.
 */
export function readCsvRows(text: string, reader: CsvReader): void {
	let keys: string[] | undefined;
	let row = 1;
	try {
		parse(text, {
			bom: true,
			delimiter: guessDelimiter(text),
			relax_column_count: true,
			skip_empty_lines: false,
			// Each record is handled here and dropped (null), so the parser collects nothing.
			on_record: (record: string[]) => {
				if (!keys) {
					keys = record.map(columnKey);
					reader.header(record.map((name) => name.trim()));
					return null;
				}
				row++;
				const cells = Object.fromEntries(keys.map((key, column) => [key, (record[column] ?? '').trim()] as const).filter(([key]) => key !== ''));
				// Blank rows are spacing in a spreadsheet, not events.
				if (Object.values(cells).some((cell) => cell !== '')) reader.row({ row, cells });
				return null;
			}
		});
	} catch (error) {
		if (error instanceof ImportError) throw error;
		throw new ImportError(`not readable as CSV: ${(error as Error).message}`);
	}
	if (!keys) reader.header([]);
}

/** The whole table, for small inputs (the header line format detection reads). */
export function readCsv(text: string): CsvTable {
	const table: CsvTable = { header: [], rows: [] };
	readCsvRows(text, { header: (names) => (table.header = names), row: (row) => table.rows.push(row) });
	return table;
}

/** Spreadsheet wording for a place in the file: `row 7 (Headline)`. */
export function rowWhere(row: number, columns?: string): string {
	return columns ? `row ${row} (${columns})` : `row ${row}`;
}
