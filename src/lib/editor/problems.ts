/**
 * The loader's problems, placed where the author can fix them: each goes to
 * the editor's control for its path (`$.events[3].when` → `events[3].when`),
 * or, when no control holds exactly that path, to the nearest one that
 * contains it (an unknown field of an event goes to the event).
 */
import type { StoryProblem } from '../story/validate';
import { fieldOfProblemPath, isWithin } from './path';
import { locate, type SectionName } from './collections';

export interface PlacedProblem extends StoryProblem {
	/** The control's name it belongs to: `events[3].when`, `events[3]`, `` (the story as a whole). */
	field: string;
	section: SectionName;
	index?: number;
}

export function placeProblems(problems: readonly StoryProblem[]): PlacedProblem[] {
	return problems.map((problem) => {
		let field: string;
		try {
			field = fieldOfProblemPath(problem.path);
		} catch {
			field = '';
		}
		const where = locate(field);
		return { ...problem, field, section: where.section, index: where.index };
	});
}

/** The problems at a control: its own path and, for a list or a range, the paths within it. */
export function problemsAt(problems: readonly PlacedProblem[], field: string, within = true): PlacedProblem[] {
	return problems.filter((p) => (within ? isWithin(p.field, field) : p.field === field));
}

/** Counts by section and severity, for the section list. */
export function countBySection(problems: readonly PlacedProblem[]): Map<SectionName, { errors: number; warnings: number }> {
	const counts = new Map<SectionName, { errors: number; warnings: number }>();
	for (const p of problems) {
		const count = counts.get(p.section) ?? { errors: 0, warnings: 0 };
		if (p.severity === 'error') count.errors++;
		else count.warnings++;
		counts.set(p.section, count);
	}
	return counts;
}
