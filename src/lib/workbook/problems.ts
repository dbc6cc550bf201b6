/** What reading a workbook gives: the story, or its problems, each placed in the workbook. */
import type { Story } from '../story/schema';
import { printable } from '../story/text';

export interface WorkbookProblem {
	severity: 'error' | 'warning';
	/** Where in the workbook: `Events!C14`, `Events row 14` (no such column), `Events` (the sheet), or '' (the workbook). */
	where: string;
	message: string;
	expected?: string;
	/** The story's JSON path, for a problem the story's loader found. */
	path?: string;
	/** The id of the item the problem is in. */
	item?: string;
}

export type WorkbookResult = { ok: true; story: Story; warnings: WorkbookProblem[] } | { ok: false; errors: WorkbookProblem[]; warnings: WorkbookProblem[] };

/** Problems as lines: `file: error: Events!C14 (vote-held): what is wrong (expected …)`; a problem of the whole file has no place. */
export function formatWorkbookProblems(file: string, problems: readonly WorkbookProblem[]): string {
	return problems
		.map((p) => {
			const where = p.where ? `${p.where}${p.item ? ` (${p.item})` : ''}: ` : '';
			return printable(`${file}: ${p.severity}: ${where}${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`);
		})
		.join('\n');
}
