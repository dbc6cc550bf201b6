/**
 * date-fns locales by language. Each is a lazy import so a page only ships the
 * locale of the story it shows. Lookup falls back from "de-AT" to "de", then to
 * English.
 */
import type { Locale } from 'date-fns';

const LOADERS: Record<string, () => Promise<Locale>> = {
	'en-gb': () => import('date-fns/locale/en-GB').then((m) => m.enGB),
	'en-us': () => import('date-fns/locale/en-US').then((m) => m.enUS),
	en: () => import('date-fns/locale/en-GB').then((m) => m.enGB),
	de: () => import('date-fns/locale/de').then((m) => m.de),
	fr: () => import('date-fns/locale/fr').then((m) => m.fr),
	es: () => import('date-fns/locale/es').then((m) => m.es),
	it: () => import('date-fns/locale/it').then((m) => m.it),
	nl: () => import('date-fns/locale/nl').then((m) => m.nl),
	pt: () => import('date-fns/locale/pt').then((m) => m.pt)
};

export function localeLoaderKey(language: string): string {
	const tag = language.toLowerCase();
	if (LOADERS[tag]) return tag;
	const base = tag.split('-')[0];
	return LOADERS[base] ? base : 'en';
}

export function loadLocale(language: string): Promise<Locale> {
	return LOADERS[localeLoaderKey(language)]();
}
