/** The sheets of a workbook as read, before they are understood: what every reader (xlsx, ods, CSV) gives the story builder. */

/** What a spreadsheet made of a cell: text, or a value the reader turned into text. */
export type RawCellType = 'text' | 'number' | 'date' | 'boolean' | 'error';

export interface RawCell {
	/** The cell as text: a number as written (`2016`), a date cell as a local date of the precision its format shows (`2019-12-10`). */
	text: string;
	type: RawCellType;
	/** For a date cell, what the spreadsheet showed (`10/12/2019`), to name it in the warning. */
	shown?: string;
	/** For a number cell, the date it is as a spreadsheet date, when it is too large to be a year: a date whose cell lost its date format. */
	asDate?: string;
}

/** A merged range, 0-based and inclusive. */
export interface RawMerge {
	first: { row: number; column: number };
	last: { row: number; column: number };
}

export interface RawSheet {
	name: string;
	/** Rows of cells, 0-based; a missing row or cell is empty. */
	rows: (readonly (RawCell | undefined)[] | undefined)[];
	merges: RawMerge[];
	/** The reader stopped at its row limit: rows after it were not read. */
	truncated?: boolean;
}
