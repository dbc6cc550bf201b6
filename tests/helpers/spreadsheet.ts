/**
 * A big plain CSV for the importer's scale tests: every row cites a different
 * page on one host and quotes one of 300 speakers (the shape that once made id
 * numbering quadratic), and every tenth summary is HTML. About 124 bytes a
 * row: 100,000 rows are 12 MB.
 */
export function spreadsheet(rows: number): string {
	const lines = ['date,title,summary,quote,speaker,source url'];
	for (let i = 0; i < rows; i++) {
		const date = `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
		const summary = i % 10 ? `"Summary ${i}, with a comma"` : `"<p>Summary ${i} &amp; <b>bold</b></p>"`;
		lines.push(`${date},Council vote ${i % 50},${summary},Quote ${i}.,Speaker ${i % 300},https://www.localnews.example/story/${i}`);
	}
	return lines.join('\n');
}
