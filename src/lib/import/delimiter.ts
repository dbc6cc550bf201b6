/** Kept apart from csv.ts (and its csv-parse) for the workbook reader, which runs in browsers too. */

/** The header line's most frequent separator: spreadsheets in many locales export ";" or tabs. */
export function guessDelimiter(text: string): string {
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
	return counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
}
