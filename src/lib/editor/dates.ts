/**
 * Help for date fields: what a value means in words, as a reader will see it
 * ("10 December 2019, morning"), and the forms the format takes. The checks
 * themselves are the loader's (validate.ts); this only reads what is valid.
 */
import { parseLocalDate } from '../time/local-date';
import { formatLocalDate, formatWhen, type DateContext } from '../time/format';
import { resolveWhen } from '../time/when';
import type { When } from '../story/schema';

/** The words a reader sees for a date or range, or undefined when it cannot be read (the field shows the loader's problem instead). */
export function whenWords(when: unknown, context: DateContext): string | undefined {
	try {
		if (typeof when === 'string') {
			const local = parseLocalDate(when);
			if (!local || local.year < 1000) return undefined;
			return formatLocalDate(local, context);
		}
		if (when && typeof when === 'object') {
			const { from, to } = when as { from?: unknown; to?: unknown };
			if (typeof from !== 'string' || typeof to !== 'string' || !parseLocalDate(from) || !parseLocalDate(to)) return undefined;
			return formatWhen(resolveWhen(when as When, context.timeZone), context);
		}
	} catch {
		return undefined;
	}
	return undefined;
}

/** The forms a date may take, for the help beside every date field. */
export const DATE_FORMS: readonly { example: string; means: string }[] = [
	{ example: '2019', means: 'a year' },
	{ example: '2019-12', means: 'a month' },
	{ example: '2019-12-10', means: 'a day (never shown as midnight)' },
	{ example: '2019-12-10 morning', means: 'part of a day: early-hours, morning, lunchtime, afternoon, evening, overnight' },
	{ example: '2019-12-10T10', means: 'an hour (10:00 to 11:00)' },
	{ example: '2019-12-10T10:57', means: 'a minute' }
];
