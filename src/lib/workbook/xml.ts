/** What the xlsx and ods writers share: XML text, column letters and the zip. */
import { strToU8, zipSync, type Zippable } from 'fflate';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML character data or an attribute value. */
export function xmlText(text: string): string {
	return text.replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** A cell's A1 address; `row` is 0-based. */
export function cellAddress(column: number, row: number): string {
	return `${columnLetter(column)}${row + 1}`;
}

/** A fixed date for every entry, so the same story gives the same bytes. */
const MTIME = new Date(1980, 0, 1);

/**
 * The package's bytes: entries in the order given, each deflated except those
 * named in `stored` (an ODF file's `mimetype` must come first, uncompressed).
 */
export function zipPackage(entries: [name: string, text: string][], stored: readonly string[] = []): Uint8Array {
	const files: Zippable = {};
	for (const [name, text] of entries) files[name] = [strToU8(text), { level: stored.includes(name) ? 0 : 6, mtime: MTIME }];
	return zipSync(files);
}
