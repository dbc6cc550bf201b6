/**
 * Dates in words, in the story's language and time zone, at exactly the
 * precision the story gives: a day reads as a day, never as midnight.
 */
import { format, formatISO, type Locale } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { Messages } from '../i18n/messages';
import { localDateEnd, localDateStart, type LocalDate } from './local-date';
import type { ResolvedWhen } from './when';

export interface DateContext {
	timeZone: string;
	locale: Locale;
	messages: Messages;
}

/** Short zone name for a wall-clock time, e.g. "GMT" or "BST" for Europe/London. */
export function zoneName(instant: Date, timeZone: string, language: string): string {
	const part = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' }).formatToParts(instant).find((p) => p.type === 'timeZoneName');
	return part?.value ?? timeZone;
}

export function formatLocalDate(local: LocalDate, context: DateContext): string {
	const { timeZone, locale } = context;
	const start = localDateStart(local, timeZone);
	const day = () => format(start, 'PPP', { locale });
	const zone = () => zoneName(start, timeZone, locale.code ?? 'en');
	switch (local.precision) {
		case 'year':
			return format(start, 'yyyy', { locale });
		case 'month':
			return format(start, 'LLLL yyyy', { locale });
		case 'day':
			return day();
		case 'part':
			return context.messages.partOfDay(day(), local.part!);
		case 'hour': {
			const end = localDateEnd(local, timeZone);
			return `${day()}, ${format(start, 'p', { locale })}–${format(end, 'p', { locale })} ${zone()}`;
		}
		case 'minute':
			return `${day()}, ${format(start, 'p', { locale })} ${zone()}`;
	}
}

export function formatWhen(when: ResolvedWhen, context: DateContext): string {
	if (when.kind === 'point') return formatLocalDate(when.local, context);
	return when.label ?? context.messages.between(formatLocalDate(when.from, context), formatLocalDate(when.to, context));
}

/**
 * A valid HTML `datetime` value at the date's own precision. HTML has no form
 * for an hour or a part of a day: an hour is written as its first minute with
 * the zone's offset (the words beside it say "10:00–11:00"); a part of a day
 * as its day, rather than claiming an hour it does not know.
 */
export function datetimeAttribute(local: LocalDate, timeZone: string): string {
	const start = localDateStart(local, timeZone);
	switch (local.precision) {
		case 'year':
			return format(start, 'yyyy');
		case 'month':
			return format(start, 'yyyy-MM');
		case 'day':
		case 'part':
			return format(start, 'yyyy-MM-dd');
		case 'hour':
		case 'minute':
			return formatISO(new TZDate(start.getTime(), timeZone));
	}
}
