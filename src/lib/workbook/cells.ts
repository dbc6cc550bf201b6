/**
 * A field's value as the text of its cell, and back.
 *
 * Lists are one cell, the items separated by "; " (`s01; s03`). Ids and
 * vocabulary words hold no space, comma or semicolon, so a list of them is
 * split on any of those, as people type them. Addresses may hold "," and ";",
 * never a space, so a list of them is split on spaces (a ";" before one goes).
 * A field that is one item or a list (`after`, a source's `kind`) keeps a list
 * of one as the item followed by ";".
 */
import type { ColumnSpec } from './layout';

export const LIST_SEPARATOR = '; ';

/** The cell's text for a value at a column's path; objects (the other form of `when`) have their own columns. */
export function cellText(value: unknown, column: Pick<ColumnSpec, 'shape'>): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'boolean') return String(value);
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) {
		const text = value.map(String).join(LIST_SEPARATOR);
		return column.shape === 'one-or-list' && value.length === 1 ? `${text};` : text;
	}
	return '';
}

/**
 * A cell's text (already trimmed) as the field's value, or undefined for an
 * empty cell. Values that are not what the field takes are passed on as they
 * are, for the story's loader to refuse with its own words.
 */
export function cellValue(text: string, column: Pick<ColumnSpec, 'shape' | 'kind' | 'required'>): unknown {
	if (text === '') return column.shape === 'list' && column.required ? [] : undefined;
	if (column.kind === 'boolean' && column.shape === 'one') {
		const word = text.toLowerCase();
		return word === 'true' ? true : word === 'false' ? false : text;
	}
	if (column.shape === 'one') return text;
	const items = splitList(text, column.kind);
	if (column.shape === 'list') return items;
	return items.length === 1 && !/;\s*$/.test(text) ? items[0] : items;
}

function splitList(text: string, kind: ColumnSpec['kind']): string[] {
	if (kind === 'url' || kind === 'text') return text.split(/;?\s+/).filter((item) => item !== '');
	return text.split(/[\s;,]+/).filter((item) => item !== '');
}
