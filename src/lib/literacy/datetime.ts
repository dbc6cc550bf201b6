/**
 * The `datetime` value of a story date string, for a `<time>` element whose
 * words come from the story view (view.sourceDates): it needs no locale, so
 * the browser's components can use it without a date-fns locale.
 */
import { datetimeAttribute } from '../time/format';
import { parseLocalDate } from '../time/local-date';

/** Null for a missing or malformed value (validated stories hold none). */
export function datetimeOf(value: string | undefined, timeZone: string): string | null {
	const local = value ? parseLocalDate(value) : null;
	return local ? datetimeAttribute(local, timeZone) : null;
}
