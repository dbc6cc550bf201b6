/**
 * The format's rules for one local date, beyond its form (schema.ts): it must
 * be a real calendar date, in a year from 1000 on, and a time the story's
 * clocks showed. Shared by the validator (validate.ts), which reports a
 * problem at its JSON path, and the importers (import/dates.ts), which skip a
 * row the format cannot hold rather than write a story that would be refused.
 */
import { instantsOfWall, parseLocalDate, wallSpan, type LocalDate } from '../time/local-date';

/** The earliest year the format holds: the date model reads years before 100 as 19xx (a JavaScript Date legacy), and no story has needed the first millennium. */
export const MIN_YEAR = 1000;

export interface DateProblem {
	/** An error: the format cannot hold the date. A warning: it can, read one way (a time the clocks showed twice). */
	severity: 'error' | 'warning';
	message: string;
	expected: string;
}

/** What is wrong with `value` (a local date in `timeZone`), or undefined when nothing is. */
export function localDateProblem(value: string, timeZone: string): DateProblem | undefined {
	const local = parseLocalDate(value);
	if (!local) return { severity: 'error', message: `"${value}" is not a real calendar date or time`, expected: 'a date that exists, e.g. "2019-12-10"' };
	if (local.year < MIN_YEAR) {
		return { severity: 'error', message: `"${value}" is in the year ${local.year}; years before ${MIN_YEAR} are not supported`, expected: `a year from ${MIN_YEAR} on` };
	}
	return clockProblem(value, local, timeZone);
}

const offsetText = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
const amountText = (minutes: number) => (minutes === 60 ? 'an hour' : minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`);

/**
 * A time the story's clocks never showed (the hour they go forward) is an
 * error; one they showed twice (the hour they go back) is a warning unless an
 * offset says which. An offset must be one the zone had at that time.
 */
function clockProblem(value: string, local: LocalDate, timeZone: string): DateProblem | undefined {
	if (local.precision !== 'hour' && local.precision !== 'minute') return undefined;
	const { start, end } = wallSpan(local);
	// An hour exists if any of its minutes does (a zone may move its clocks by 30 minutes).
	const walls = local.precision === 'hour' ? [start, end - 60_000] : [start];
	const seen = walls.map((wall) => instantsOfWall(wall, timeZone));
	const { offsets } = seen[0];
	const shift = Math.abs(offsets[1] - offsets[0]);
	const quoted = JSON.stringify(value);
	if (seen.every(({ instants }) => instants.length === 0)) {
		return {
			severity: 'error',
			message: `${quoted} does not exist in ${timeZone}: the clocks went forward ${amountText(shift)} then (${offsetText(offsets[0])} → ${offsetText(offsets[1])})`,
			expected: 'a time the clocks showed that day'
		};
	}
	const instants = seen[0].instants;
	if (local.offset !== undefined) {
		const possible = instants.map((instant) => Math.round((start - instant) / 60_000));
		if (possible.includes(local.offset)) return undefined;
		return {
			severity: 'error',
			message: `${quoted} gives the offset ${offsetText(local.offset)}, but ${timeZone} was at ${possible.map(offsetText).join(' or ')} then`,
			expected: `the offset the clocks had, or none`
		};
	}
	if (seen.some(({ instants }) => instants.length > 1)) {
		const [first, second] = offsets.map(offsetText);
		return {
			severity: 'warning',
			message:
				local.precision === 'minute'
					? `${quoted} happened twice in ${timeZone}: the clocks went back ${amountText(shift)} then; read as the first (${first})`
					: `${quoted} happened twice in ${timeZone}: the clocks went back ${amountText(shift)} then; read as both, from ${first} to ${second}`,
			expected: local.precision === 'minute' ? `an offset to say which: "${value}${first}" or "${value}${second}"` : 'a time to the minute with its offset, if the sources say which'
		};
	}
	return undefined;
}
