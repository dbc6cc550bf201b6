/**
 * The interface words (src/lib/i18n): every language has every message, each
 * message that takes values writes them in, in the language's own number
 * format, and a story's language picks its words, its island's words and its
 * date-fns locale, falling back to English.
 */
import { describe, expect, it } from 'vitest';
import { messagesFor, type Messages } from '../../src/lib/i18n/messages';
import { islandMessagesFor } from '../../src/lib/i18n/island-messages';
import { embedDialogMessagesFor } from '../../src/lib/i18n/embed-dialog-messages';
import { loadLocale, localeLoaderKey } from '../../src/lib/i18n/locales';
import { storyDate } from '../../src/lib/story/view';
import { datetimeOf } from '../../src/lib/literacy/datetime';

const LANGUAGES = ['en', 'de'] as const;

/** Every leaf of a messages object, by its dotted path. */
function leaves(value: unknown, path = ''): [string, unknown][] {
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
	return [[path, value]];
}

/**
 * What to call each message with, and what its text must then hold. Numbers
 * are checked in the language's own format (1,234 / 1.234).
 */
const CALLS: Record<string, { args: unknown[]; holds: (lang: string) => string[] }[]> = {
	between: [{ args: ['5 May', '9 May'], holds: () => ['5 May', '9 May'] }],
	'pager.range': [{ args: [1001, 1050, 12345], holds: (lang) => [1001, 1050, 12345].map((n) => n.toLocaleString(lang)) }],
	'pager.page': [{ args: [7], holds: () => ['7'] }],
	'pager.sourcesOnPage': [{ args: [1234, 5678], holds: (lang) => [(1234).toLocaleString(lang), (5678).toLocaleString(lang)] }],
	saidBy: [{ args: ['The Mayor'], holds: () => ['The Mayor'] }],
	eventCount: [
		{ args: [1], holds: () => ['1'] },
		{ args: [3], holds: () => ['3'] }
	],
	givenAs: [{ args: ['14:00', '13:00 GMT'], holds: () => ['14:00', '13:00 GMT'] }],
	framingVia: [{ args: ['Daily Fixture'], holds: () => ['Daily Fixture'] }],
	'literacy.standIn': [
		{ args: ['url-slug', 'bridge closed'], holds: () => ['bridge closed'] },
		{ args: ['description', 'a council notice'], holds: () => ['a council notice'] }
	],
	'literacy.citation': [{ args: [12, 'Gazette'], holds: () => ['12', 'Gazette'] }],
	'literacy.reReports': [{ args: ['Radio Town'], holds: () => ['Radio Town'] }],
	'literacy.hiddenOutlet': [
		{ args: [0], holds: () => [' A'] },
		{ args: [27], holds: () => [' B1'] }
	],
	'literacy.seeFramings': [
		{ args: [1], holds: () => ['1'] },
		{ args: [4], holds: () => ['4'] }
	],
	'embed.full': [
		{ args: [2345], holds: (lang) => [(2345).toLocaleString(lang)] },
		{ args: [null], holds: () => [] }
	],
	'embed.height': [{ args: [2345], holds: (lang) => [(2345).toLocaleString(lang)] }],
	'embed.frameTitle': [{ args: ['Bridge story'], holds: () => ['Bridge story'] }],
	'wordpressFrame.continueOn': [{ args: ['Story Timeline'], holds: () => ['Story Timeline'] }],
	'classroom.investigate': [{ args: ['Gazette', 'News report'], holds: () => ['Gazette', 'News report'] }],
	'classroom.findBetter': [
		{ args: [1], holds: () => ['1'] },
		{ args: [5], holds: () => ['5'] }
	],
	'classroom.trace': [{ args: ['speech', 'Chamber', 'Town Hall'], holds: () => ['Chamber', 'Town Hall'] }],
	'classroom.traceAmong': [{ args: ['speech', 'Chamber', 'Town Hall and Radio Town'], holds: () => ['Chamber', 'Town Hall and Radio Town'] }],
	'classroom.traceUnknown': [{ args: ['speech', 'Chamber'], holds: () => ['Chamber'] }],
	'timeline.cluster': [{ args: [1500], holds: (lang) => [(1500).toLocaleString(lang)] }],
	'timeline.periodMore': [{ args: [2500], holds: (lang) => [(2500).toLocaleString(lang)] }],
	'timeline.position': [{ args: ['The vote', '5 March', 3, 40], holds: () => ['The vote', '5 March', '3', '40'] }],
	'timeline.sequentialContext': [
		{ args: ['5 March', '9 March'], holds: () => ['5 March', '9 March'] },
		{ args: ['5 March', '5 March'], holds: () => ['5 March'] }
	]
};
const PARTS = ['early-hours', 'morning', 'lunchtime', 'afternoon', 'evening', 'overnight'] as const;

const call = (messages: Messages, path: string, args: unknown[]) => (leaves(messages).find(([p]) => p === path)![1] as (...a: unknown[]) => string)(...args);

describe('every language', () => {
	it('has every message English has, of the same type, and none empty', () => {
		const english = new Map(leaves(messagesFor('en')).map(([path, value]) => [path, typeof value]));
		for (const lang of LANGUAGES) {
			const own = leaves(messagesFor(lang));
			expect(new Map(own.map(([path, value]) => [path, typeof value]))).toEqual(english);
			for (const [, value] of own) if (typeof value === 'string') expect(value.trim()).not.toBe('');
		}
	});

	it('is not English under another name', () => {
		const en = new Map(leaves(messagesFor('en')));
		const same = leaves(messagesFor('de')).filter(([path, value]) => typeof value === 'string' && value === en.get(path) && value.length > 12);
		expect(same).toEqual([]);
	});

	it('writes in the values its messages take (each one listed here)', () => {
		const functions = leaves(messagesFor('en'))
			.filter(([, value]) => typeof value === 'function')
			.map(([path]) => path);
		expect(functions.sort()).toEqual([...Object.keys(CALLS), 'partOfDay'].sort());
		for (const lang of LANGUAGES) {
			const messages = messagesFor(lang);
			for (const [path, cases] of Object.entries(CALLS)) {
				const texts = cases.map(({ args, holds }) => {
					const text = call(messages, path, args);
					expect(typeof text).toBe('string');
					for (const part of holds(lang)) expect(text, `${lang} ${path}`).toContain(part);
					return text;
				});
				// Different values, different words (one and many, a height or none, one date or two).
				expect(new Set(texts).size, `${lang} ${path}`).toBe(texts.length);
			}
		}
	});

	it('names each part of a day differently, with the day in it', () => {
		for (const lang of LANGUAGES) {
			const texts = PARTS.map((part) => messagesFor(lang).partOfDay('5 March', part));
			for (const text of texts) expect(text).toContain('5 March');
			expect(new Set(texts).size).toBe(PARTS.length);
		}
	});

	it('counts outlets past Z with a number', () => {
		const hidden = messagesFor('en').literacy.hiddenOutlet;
		expect(hidden(25)).toMatch(/ Z$/);
		expect(hidden(26)).toMatch(/ A1$/);
		expect(new Set(Array.from({ length: 80 }, (_, i) => hidden(i))).size).toBe(80);
	});
});

describe('a story’s language', () => {
	it('picks its words by primary subtag, English when there are none', () => {
		expect(messagesFor('de-AT')).toBe(messagesFor('de'));
		expect(messagesFor('DE')).toBe(messagesFor('de'));
		expect(messagesFor('en-US')).toBe(messagesFor('en'));
		expect(messagesFor('fr')).toEqual(messagesFor('en'));
		expect(messagesFor('de').chronologyHeading).not.toBe(messagesFor('en').chronologyHeading);
	});

	it('gives the island the same words as the page, and only the island’s', () => {
		for (const lang of ['en', 'de', 'de-CH', 'pt'] as const) {
			const island = islandMessagesFor(lang);
			const page = messagesFor(lang);
			for (const [path, value] of leaves(island)) {
				if (typeof value === 'string') expect(new Map(leaves(page)).get(path)).toBe(value);
			}
			expect('pager' in island).toBe(false);
		}
	});

	it('picks the date-fns locale of its language, its base language, or British English', async () => {
		expect(localeLoaderKey('en-US')).toBe('en-us');
		expect(localeLoaderKey('en-AU')).toBe('en');
		expect(localeLoaderKey('de-AT')).toBe('de');
		expect(localeLoaderKey('PT-br')).toBe('pt');
		expect(localeLoaderKey('ja')).toBe('en');
		expect((await loadLocale('de-AT')).code).toBe('de');
		expect((await loadLocale('en-US')).code).toBe('en-US');
		expect((await loadLocale('en')).code).toBe('en-GB');
		expect((await loadLocale('ja')).code).toBe('en-GB');
		for (const lang of ['fr', 'es', 'it', 'nl', 'pt']) expect((await loadLocale(lang)).code).toBe(lang);
	});
});

describe('dates the story gives as strings', () => {
	const contextOf = async (language: string, timeZone: string) => ({ timeZone, locale: await loadLocale(language), messages: messagesFor(language) });

	it('are written in the story’s language and zone, with a datetime for <time>', async () => {
		const en = storyDate('2024-03-05T18:04', await contextOf('en-GB', 'Europe/London'))!;
		const de = storyDate('2024-03-05T18:04', await contextOf('de', 'Europe/Berlin'))!;
		expect(en.text).toMatch(/5 March 2024/);
		expect(de.text).toMatch(/5\. März 2024/);
		expect(en.datetime).toBe(datetimeOf('2024-03-05T18:04', 'Europe/London'));
		expect(en.datetime).toMatch(/^2024-03-05T18:04/);
		expect(storyDate('2024-03', await contextOf('en-US', 'America/New_York'))!.datetime).toBe('2024-03');
	});

	it('are nothing when missing or malformed', async () => {
		const context = await contextOf('en', 'UTC');
		for (const value of [undefined, '', '5 March', '2024-13-01']) {
			expect(storyDate(value, context)).toBeNull();
			expect(datetimeOf(value, 'UTC')).toBeNull();
		}
	});
});

describe('the Embed dialog’s words about WordPress', () => {
	it('every language has them all, in its own words, with the height in its own number format', () => {
		const en = embedDialogMessagesFor('en');
		for (const lang of LANGUAGES) {
			const words = embedDialogMessagesFor(`${lang}-XX`);
			expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort());
			for (const value of [words.wordpress, words.wordpressAddress]) expect(value.trim()).not.toBe('');
			expect(words.wordpressFull(1000)).toContain((1000).toLocaleString(lang));
			if (lang !== 'en') expect(words.wordpress).not.toBe(en.wordpress);
		}
		expect(embedDialogMessagesFor('xx')).toBe(en);
	});
});
