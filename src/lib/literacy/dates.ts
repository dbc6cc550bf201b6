/**
 * Dates the story gives as plain strings (a source's or a framing's
 * `published`), for readers: in words through the one formatter
 * (time/format.ts), in the story's language and zone, with the `datetime`
 * value for a `<time>` element. Server only: it holds every date-fns locale,
 * which is fine for the static body and must never reach a browser bundle.
 */
import * as dateFnsLocales from 'date-fns/locale';
import type { Locale } from 'date-fns';
import type { StoryMeta } from '../story/schema';
import { localeLoaderKey } from '../i18n/locales';
import { messagesFor } from '../i18n/messages';
import { datetimeAttribute, formatLocalDate } from '../time/format';
import { parseLocalDate } from '../time/local-date';

export interface StoryDate {
	text: string;
	datetime: string;
}

/** The locale `loadLocale` would give: "en-gb" → enGB, "de" → de, plain "en" → enGB. */
function localeOf(language: string): Locale {
	const key = localeLoaderKey(language);
	const name = key.replace(/-([a-z]+)$/, (_, region: string) => region.toUpperCase());
	return (dateFnsLocales as Record<string, Locale>)[name] ?? dateFnsLocales.enGB;
}

/** Null for a missing or malformed value (validated stories hold none). */
export function storyDate(value: string | undefined, meta: Pick<StoryMeta, 'language' | 'timeZone'>): StoryDate | null {
	const local = value ? parseLocalDate(value) : null;
	if (!local) return null;
	const context = { timeZone: meta.timeZone, locale: localeOf(meta.language), messages: messagesFor(meta.language) };
	return { text: formatLocalDate(local, context), datetime: datetimeAttribute(local, meta.timeZone) };
}
