/**
 * A workbook's bytes (xlsx, ods, and what else SheetJS reads: xls, xlsb,
 * fods) as raw sheets. SheetJS (the community edition 0.20.3, from npm as
 * @e965/xlsx) does the file formats; this module only turns its cells into
 * text: numbers as written, booleans as true or false, and date cells, which
 * a spreadsheet makes of a typed "2019-12-10", back into a local date as
 * precise as the cell's format showed it.
 */
import { read, SSF, type CellObject, type WorkBook } from '@e965/xlsx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { RawCell, RawMerge, RawSheet } from './raw';

/** Far more rows than a story needs (the bench's largest has 10,000 events); a hostile file's millions are not read. */
export const MAX_ROWS = 100_000;

export class UnreadableWorkbook extends Error {}

/** Numbers from here on cannot be a year (9999), so in a date column they are dates that lost their format: 10000 is 1927-05-18. */
const FIRST_SERIAL_AFTER_YEARS = 10_000;
/** 9999-12-31, the last date a spreadsheet has. */
const LAST_SERIAL = 2_958_466;

/**
 * SheetJS reports some oddities on the console (an ODS number format it
 * cannot express, …); they say nothing about the story's cells, so they are
 * kept off the reader's terminal while it parses.
 */
function quietly<T>(body: () => T): T {
	const { error, warn, log } = console;
	console.error = console.warn = console.log = () => {};
	try {
		return body();
	} finally {
		Object.assign(console, { error, warn, log });
	}
}

/** The parts of a number format that show a date: year, month, day, hour, minute (quoted text, escapes and [sections] aside). */
export function dateParts(format: string): { year: boolean; month: boolean; day: boolean; hour: boolean; minute: boolean } {
	const tokens =
		format
			.split(';')[0]
			.replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, '')
			.toLowerCase()
			.match(/am\/pm|a\/p|y+|e+|m+|d+|h+|s+/g) ?? [];
	const parts = { year: false, month: false, day: false, hour: false, minute: false };
	tokens.forEach((token, i) => {
		if (token[0] === 'y' || token[0] === 'e') parts.year = true;
		else if (token[0] === 'd') parts.day = true;
		else if (token[0] === 'h') parts.hour = true;
		// "m" is the minute after an hour or before seconds, else the month.
		else if (token[0] === 'm' && !token.includes('/')) {
			if (tokens[i - 1]?.[0] === 'h' || tokens[i + 1]?.[0] === 's') parts.minute = true;
			else parts.month = true;
		}
	});
	return parts;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date cell's serial number as a local date written as precisely as its format shows it. */
export function dateCellText(serial: number, format: string, date1904: boolean): string {
	const parsed = SSF.parse_date_code(serial, { date1904 });
	const parts = dateParts(format);
	const date = !parts.year && !parts.month && !parts.day ? '' : parts.day || !parts.month ? `${pad(parsed.y, 4)}-${pad(parsed.m)}-${pad(parsed.d)}` : `${pad(parsed.y, 4)}-${pad(parsed.m)}`;
	if (!parts.hour) return date || `${pad(parsed.y, 4)}-${pad(parsed.m)}-${pad(parsed.d)}`;
	const time = parts.minute ? `${pad(parsed.H)}:${pad(parsed.M)}` : pad(parsed.H);
	return date ? `${date}T${time}` : time;
}

function cellOf(cell: CellObject | undefined, date1904: boolean): RawCell | undefined {
	if (!cell || cell.t === 'z' || cell.v === undefined || cell.v === null) return undefined;
	switch (cell.t) {
		case 's':
			return cell.v === '' ? undefined : { text: String(cell.v), type: 'text' };
		case 'b':
			return { text: cell.v ? 'true' : 'false', type: 'boolean' };
		case 'e':
			return { text: cell.w ?? '#ERROR', type: 'error' };
		case 'd': {
			const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
			const serial = (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
			return { text: dateCellText(serial, cell.z === undefined ? 'yyyy-mm-dd' : String(cell.z), false), type: 'date', shown: cell.w };
		}
		case 'n': {
			const format = cell.z === undefined ? 'General' : String(cell.z);
			if (typeof cell.v === 'number' && SSF.is_date(format)) return { text: dateCellText(cell.v, format, date1904), type: 'date', shown: cell.w };
			const asDate =
				typeof cell.v === 'number' && cell.v >= FIRST_SERIAL_AFTER_YEARS && cell.v < LAST_SERIAL
					? dateCellText(cell.v, Number.isInteger(cell.v) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm', date1904)
					: undefined;
			return { text: String(cell.v), type: 'number', asDate };
		}
		default:
			return { text: String(cell.v), type: 'text' };
	}
}

const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;
/** White space JavaScript's trim() removes but ODF keeps: SheetJS trims each paragraph of a cell with trim(). */
const TRIMMED_NOT_COLLAPSED = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const NEEDS_GUARD = /_x[0-9A-Fa-f]{4}_|[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Two things SheetJS reads wrongly in OpenDocument text, put right before it
 * reads it: it decodes `_x0041_` as "A" in every XML it reads, though only
 * OOXML escapes characters that way (so each such sequence's underscore is
 * written `_x005F_`, the escape of "_"), and it trims each paragraph with
 * trim(), which also takes no-break spaces (so those are written as
 * character references, which it decodes after trimming).
 */
function guardOdfXml(xml: string): string {
	return xml.replace(ESCAPE_LIKE, '_x005F_$1').replace(TRIMMED_NOT_COLLAPSED, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

function guardOdfText(bytes: Uint8Array): Uint8Array {
	const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (!zipped) {
		const head = strFromU8(bytes.subarray(0, 2048));
		if (!head.includes('urn:oasis:names:tc:opendocument:xmlns:office')) return bytes;
		return strToU8(guardOdfXml(strFromU8(bytes)));
	}
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, { filter: (file) => file.name === 'mimetype' || file.name === 'content.xml' });
	} catch {
		return bytes;
	}
	if (!entries.mimetype || strFromU8(entries.mimetype).trim() !== ODS_MIME || !entries['content.xml']) return bytes;
	const content = strFromU8(entries['content.xml']);
	if (!NEEDS_GUARD.test(content)) return bytes;
	const files: Zippable = {};
	for (const [name, data] of Object.entries(unzipSync(bytes))) files[name] = [name === 'content.xml' ? strToU8(guardOdfXml(content)) : data, { level: 0 }];
	return zipSync(files);
}

/** What a workbook file starts with: a zip (xlsx, ods), an OLE compound file (xls), or XML (flat ods). SheetJS would read anything else as text. */
function looksLikeWorkbook(bytes: Uint8Array): boolean {
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
	const xml = /^(\uFEFF)?\s*<\?xml/.test(strFromU8(bytes.subarray(0, 64), true));
	return zip || ole || xml;
}

function parse(bytes: Uint8Array): WorkBook {
	if (!looksLikeWorkbook(bytes)) throw new UnreadableWorkbook('is not a workbook: an .xlsx or .ods file is a zip archive, and this file is not one');
	try {
		return quietly(() => read(guardOdfText(bytes), { type: 'array', dense: true, cellNF: true, cellDates: false, cellHTML: false, cellFormula: false, cellStyles: false, sheetRows: MAX_ROWS + 1 }));
	} catch (error) {
		throw new UnreadableWorkbook(`is not a workbook this tool can read (${(error as Error).message})`);
	}
}

/** The sheets of an xlsx, ods or other workbook file. Throws UnreadableWorkbook for bytes that are none. */
export function readWorkbookSheets(bytes: Uint8Array): RawSheet[] {
	const workbook = parse(bytes);
	const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
	return workbook.SheetNames.map((name) => {
		const sheet = workbook.Sheets[name];
		const data = (sheet?.['!data'] ?? []) as (CellObject[] | undefined)[];
		// Array.from, not map: SheetJS leaves holes for empty rows and cells, and a hole is not undefined to every array method.
		const rows = Array.from(data.slice(0, MAX_ROWS), (row) => (row ? Array.from(row, (cell) => cellOf(cell, date1904)) : undefined));
		const merges: RawMerge[] = (sheet?.['!merges'] ?? []).map((range) => ({ first: { row: range.s.r, column: range.s.c }, last: { row: range.e.r, column: range.e.c } }));
		return { name, rows, merges, truncated: data.length > MAX_ROWS };
	});
}
