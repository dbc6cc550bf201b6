/**
 * Export then import gives back the same story, for generated stories: text
 * with quotes, commas, semicolons, line breaks and tabs, runs of spaces,
 * text a spreadsheet would run as a formula (= + - @, and apostrophes before
 * them), escapes xlsx decodes (_x0041_), XML's own characters, non-Latin
 * scripts and emoji; every shape the schema allows (one kind or a list, one
 * `after` id or a list, dates or ranges, optional fields present or not).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { loadStory } from '../../src/lib/story/load';
import type { Story } from '../../src/lib/story/schema';
import { EVENT_KINDS, IMPORTANCE_LEVELS, QUOTE_RELATION_TYPES, QUOTE_SETTINGS, SOURCE_KINDS, SOURCE_STANCES, TIMELINE_SCALES } from '../../src/lib/story/vocabulary';
import { readStoryCsv, readWorkbook, writeStoryCsv, writeWorkbook } from '../../src/lib/workbook';

/** Pieces text is made of: each one a spreadsheet, a CSV file or an XML file could get wrong. */
const PIECES = [
	'a',
	'Word',
	' ',
	'  ',
	',',
	';',
	'"',
	"'",
	'\n',
	'\t',
	'=',
	'+',
	'-',
	'@',
	'=SUM(A1:A9)',
	'=HYPERLINK("https://evil.example")',
	'&',
	'<b>',
	'&amp;',
	']]>',
	'_x0041_',
	'_x000D_',
	'2019-12-10',
	'1984',
	'0012',
	'TRUE',
	'1e3',
	'قال الوزير',
	'记者问',
	'Ελλάδα',
	'संपादक',
	'редактор',
	'🗞️',
	'👩🏽‍💻',
	'«»',
	'\u00a0'
];
/** Text starts with one of these, so formulas and apostrophes come first as often as not. */
const OPENINGS = ['', '=', '+', '-', '@', "'", "'=", "''+", '=1+1', '-5', '@handle '];

/** Story text: never empty after trimming (the schema trims), with a visible letter so names are names. */
const text = fc
	.tuple(fc.constantFrom(...OPENINGS), fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), fc.constantFrom('x', 'Ashworth', '記', 'é'))
	.map(([opening, pieces, letter]) => `${opening}${letter}${pieces.join('')}`.trim());

const DAYS = ['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-05', '2024-03-09', '2024-03-20'];
/** A date in March 2024 of any precision on or after `day`. */
const dateFrom = (day: string) => fc.constantFrom(day, `${day} morning`, `${day}T10`, `${day}T10:57`, `${day} evening`);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const oneOrList = <T>(items: T[]) => (items.length === 1 ? fc.constantFrom<T | T[]>(items[0], items) : fc.constant<T | T[]>(items));
/** Some of `items`, at least one, or nothing when there are none. */
const someOf = <T>(items: T[]) => (items.length ? optional(fc.subarray(items, { minLength: 1 })) : fc.constant(undefined));

/** Drops undefined fields, as a story file has none. */
function defined<T extends object>(object: T): T {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

const storyArbitrary = fc
	.record({
		actors: fc.integer({ min: 0, max: 3 }),
		sources: fc.integer({ min: 1, max: 4 }),
		events: fc.integer({ min: 1, max: 5 }),
		quotes: fc.integer({ min: 0, max: 3 }),
		seed: fc.integer()
	})
	.chain(({ actors, sources, events, quotes }) => {
		const actorIds = Array.from({ length: actors }, (_, i) => `a${i}`);
		const sourceIds = Array.from({ length: sources }, (_, i) => `s${i}`);
		const eventIds = Array.from({ length: events }, (_, i) => `e${i}`);
		const quoteIds = Array.from({ length: quotes }, (_, i) => `q${i}`);
		const some = <T>(items: T[], min = 0) => (items.length ? fc.subarray(items, { minLength: Math.min(min, items.length) }) : fc.constant([] as T[]));
		const meta = fc.record({
			slug: fc.constant('generated'),
			title: text,
			dek: text,
			language: fc.constantFrom('en-GB', 'de', 'ar', 'zh-Hans'),
			timeZone: fc.constantFrom('Europe/London', 'UTC', 'Asia/Tokyo'),
			lastUpdated: fc.constantFrom('2024-05-01', '2024-05', '2024'),
			credits: fc.array(fc.record({ name: text, role: text }), { minLength: 1, maxLength: 3 }),
			method: text,
			focus: fc.record({ from: fc.constant('2024-03-01'), to: fc.constant('2024-03-31'), label: optional(text) }).map(defined),
			scale: optional(fc.constantFrom(...TIMELINE_SCALES)),
			draft: optional(fc.boolean())
		});
		const actor = (id: string) => fc.record({ id: fc.constant(id), name: text, role: text, note: optional(text) }).map(defined);
		const source = (id: string, i: number) =>
			fc
				.record({
					id: fc.constant(id),
					outlet: text,
					headline: optional(text),
					headlineIs: optional(fc.constantFrom('title', 'url-slug', 'lead-sentence', 'description') as fc.Arbitrary<'title'>),
					url: optional(fc.webUrl({ validSchemes: ['https', 'http'] })),
					published: optional(dateFrom('2024-03-05')),
					stance: optional(fc.constantFrom(...SOURCE_STANCES)),
					kind: fc.subarray([...SOURCE_KINDS], { minLength: 1, maxLength: 3 }).chain(oneOrList),
					reliability: text,
					author: optional(text),
					alternateUrls: optional(fc.array(fc.webUrl({ validSchemes: ['https'] }), { minLength: 1, maxLength: 2 })),
					basedOn: someOf(sourceIds.slice(0, i))
				})
				.map((s) => defined({ ...s, basedOn: s.basedOn?.length ? s.basedOn : undefined }));
		// Events on days that never go back, so `after` may name any earlier event and `before` any later one.
		const event = (id: string, i: number) =>
			fc
				.record({
					id: fc.constant(id),
					title: text,
					summary: text,
					kind: fc.constantFrom(...EVENT_KINDS),
					when: fc.oneof(dateFrom(DAYS[i]), fc.record({ from: fc.constant(DAYS[i]), to: fc.constant('2024-03-28'), label: optional(text) }).map(defined)),
					whenNote: optional(text),
					after: someOf(eventIds.slice(0, i)).chain((ids) => (ids ? oneOrList(ids) : fc.constant(undefined))),
					before: someOf(eventIds.slice(i + 1)).chain((ids) => (ids ? oneOrList(ids) : fc.constant(undefined))),
					chapter: fc.constant('all'),
					actors: some(actorIds),
					importance: fc.constantFrom(...IMPORTANCE_LEVELS),
					sources: some(sourceIds, 1),
					unknown: optional(text)
				})
				.map(defined);
		const quote = (id: string) =>
			fc
				.record({
					id: fc.constant(id),
					event: fc.constantFrom(...eventIds),
					speaker: actorIds.length ? fc.constantFrom(...actorIds) : fc.constant('a0'),
					text,
					setting: fc.constantFrom(...QUOTE_SETTINGS),
					venue: text,
					said: optional(fc.oneof(dateFrom('2024-03-09'), fc.record({ from: fc.constant('2024-03-09'), to: fc.constant('2024-04') }))),
					sources: some(sourceIds, 1),
					fragment: optional(fc.boolean()),
					note: optional(text),
					relations: optional(
						fc.array(fc.record({ type: fc.constantFrom(...QUOTE_RELATION_TYPES), quote: fc.constantFrom(...quoteIds.filter((q) => q !== id), 'none'), note: optional(text) }).map(defined), {
							minLength: 1,
							maxLength: 2
						})
					)
				})
				.map((q) => defined({ ...q, relations: q.relations?.filter((r) => r.quote !== 'none').length ? q.relations.filter((r) => r.quote !== 'none') : undefined }));
		const framing = fc
			.record({
				id: fc.constant('f0'),
				event: fc.constantFrom(...eventIds),
				outlet: text,
				headline: text,
				url: fc.webUrl(),
				published: optional(dateFrom('2024-03-05')),
				source: optional(fc.constant(sourceIds[0])),
				foregrounds: text,
				note: optional(text)
			})
			.map(defined);
		const unknown = fc
			.record({
				id: fc.constant('u0'),
				question: text,
				events: some(eventIds, 1),
				positions: fc.array(fc.record({ source: fc.constantFrom(...sourceIds), says: text }), { minLength: 1, maxLength: 3 }),
				assessment: text
			})
			.map(defined);
		const teaching = fc
			.record({
				notes: optional(
					fc.array(fc.record({ id: fc.constantFrom('n0'), title: text, text, events: optional(some(eventIds, 1)), sources: optional(some(sourceIds, 1)) }).map(defined), { minLength: 1, maxLength: 1 })
				),
				questions: optional(fc.array(fc.record({ id: fc.constant('tq0'), text, events: optional(some(eventIds, 1)) }).map(defined), { minLength: 1, maxLength: 1 }))
			})
			.map(defined);
		return fc
			.record({
				meta: meta.map(defined),
				actors: fc.tuple(...actorIds.map(actor)),
				sources: fc.tuple(...sourceIds.map(source)),
				events: fc.tuple(...eventIds.map(event)),
				quotes: fc.tuple(...quoteIds.map(quote)),
				framings: fc.array(framing, { maxLength: 1 }),
				unknowns: fc.array(unknown, { maxLength: 1 }),
				teaching: optional(teaching)
			})
			.map(({ meta, actors, sources, events, quotes, framings, unknowns, teaching }) =>
				defined({
					meta,
					// A quote needs its speaker: the generated story has an actor whenever it has quotes.
					actors: actors.length || !quotes.length ? actors : [{ id: 'a0', name: 'Someone', role: 'Speaker' }],
					sources,
					chapters: [{ id: 'all', title: 'All', span: { from: '2024-03', to: '2024-04' } }],
					events,
					quotes,
					framings,
					unknowns,
					teaching: teaching && Object.keys(teaching).length ? teaching : undefined
				})
			);
	});

/** The story as the loader gives it, or the loader's complaint (a generator bug, not a workbook one). */
function loaded(input: unknown): Story {
	const result = loadStory(new TextEncoder().encode(JSON.stringify(input)));
	if (!result.ok) throw new Error(`the generator made an invalid story: ${JSON.stringify(result.errors.slice(0, 3))}`);
	return result.story;
}

describe('a generated story read back from its workbook', () => {
	it('is the same story, in xlsx, ods and CSV', () => {
		fc.assert(
			fc.property(storyArbitrary, (input) => {
				const story = loaded(input);
				for (const result of [readWorkbook(writeWorkbook(story, 'xlsx')), readWorkbook(writeWorkbook(story, 'ods')), readStoryCsv(writeStoryCsv(story))]) {
					expect(result.ok ? [] : result.errors).toEqual([]);
					if (result.ok) expect(result.story).toStrictEqual(story);
				}
			}),
			{ numRuns: 30 }
		);
	});

	it('never has a formula: text opening with = + - @ is a text cell in xlsx and ods, and escaped in CSV', () => {
		fc.assert(
			fc.property(storyArbitrary, (input) => {
				const story = loaded(input);
				expect(new TextDecoder().decode(writeWorkbook(story, 'xlsx'))).not.toMatch(/<f[ >]/);
				// A CSV cell never opens with a formula character: an apostrophe comes first.
				const cells = [...writeStoryCsv(story).values()].flatMap((bytes) => parse(new TextDecoder().decode(bytes), { bom: true }) as string[][]).flat();
				expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
				const risky = JSON.stringify(story).match(/"[=+\-@][^"]*"/g) ?? [];
				if (risky.length) expect(cells.some((cell) => /^'[=+\-@]/.test(cell))).toBe(true);
			}),
			{ numRuns: 30 }
		);
	});
});
