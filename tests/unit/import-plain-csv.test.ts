import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importPlainCsv } from '../../src/lib/import/plain-csv';
import { validateStory } from '../../src/lib/story/validate';

const fixture = readFileSync('tests/fixtures/import/plain.csv', 'utf8');
const { story, warnings } = importPlainCsv(fixture, { slug: 'millbrook-plain', today: '2024-05-01', timeZone: 'Europe/London', title: 'The Millbrook bridge' });
const messagesAt = (where: string) => warnings.filter((w) => w.where === where).map((w) => w.message);

describe('plain CSV fixture', () => {
	it('validates as a draft, with the rows that have a source url sourced', () => {
		const result = validateStory(story, { fileSlug: 'millbrook-plain' });
		expect(result.ok).toBe(true);
		expect(story.meta.draft).toBe(true);
		expect(story.meta.title).toBe('The Millbrook bridge');
		expect(story.events.map((e) => [e.id, e.sources])).toEqual([
			['council-vote', ['localnews-example']],
			['council-vote-2', ['localnews-example']],
			['mayor-speaks', []],
			['works-begin', []],
			['the-new-bridge-opens', ['twitter-com', 'en-wikipedia-org']]
		]);
	});

	it('reads dates as precise as written and skips rows without a readable date', () => {
		expect(story.events.map((e) => e.when)).toEqual(['2019-06-04', '2019-06-04T18:30', '2019-06', '2020', '2020-11-30']);
		expect(messagesAt('row 5')).toEqual([expect.stringMatching(/skipped "A rumour with no date": it has no date/)]);
		expect(messagesAt('row 6 (date)')).toEqual([expect.stringMatching(/"10\/06\/2019" is not in a form the importer reads without guessing/)]);
	});

	it('reads a cell with commas, doubled quotes and a line break', () => {
		expect(story.events[0].summary).toBe('The council votes 7–2, after "a long debate",\nand adjourns.');
	});

	it('makes each source url a cited source, once per address, with the guesses reported', () => {
		expect(story.sources).toEqual([
			expect.objectContaining({ id: 'localnews-example', outlet: 'localnews.example', url: 'https://www.localnews.example/council-vote', kind: 'news-report' }),
			expect.objectContaining({ id: 'twitter-com', kind: 'social-post-reported' }),
			expect.objectContaining({ id: 'en-wikipedia-org', kind: 'reference' })
		]);
		expect(messagesAt('row 2 (source url)')).toEqual([expect.stringMatching(/outlet "localnews.example" is its address.*kind "news-report" is a guess/)]);
		expect(messagesAt('row 7 (source url)')).toEqual([expect.stringMatching(/"javascript:alert\(1\)" dropped/)]);
	});

	it('turns quote and speaker into a quote and an actor of unknown role, only where the row has a source', () => {
		expect(story.actors).toEqual([
			{ id: 'jane-doe', name: 'Jane Doe', role: 'unknown role' },
			{ id: 'john-roe', name: 'John Roe', role: 'unknown role' }
		]);
		expect(story.quotes.map((q) => [q.event, q.speaker, q.text, q.sources])).toEqual([
			['council-vote', 'jane-doe', 'We will build it.', ['localnews-example']],
			['the-new-bridge-opens', 'john-roe', 'Finally.', ['twitter-com', 'en-wikipedia-org']]
		]);
		expect(story.events[0].actors).toEqual(['jane-doe']);
		expect(messagesAt('row 4 (quote)')).toEqual([expect.stringMatching(/quote "It is a good day." left out: a quote needs a source/)]);
	});

	it('keeps text plain and names a row in every warning', () => {
		expect(story.events[3].summary).toBe('Diggers arrive early.');
		for (const w of warnings) expect(w.where).toMatch(/^(row \d+( \(.+\))?|--time-zone|--title|the file)$/);
	});
});

describe("plain CSV: the format's own date rules, row by row", () => {
	/** Twenty good rows (June 2019 to January 2021) with hostile ones among them. */
	const spreadsheet = (extra: string[]) => {
		const good = Array.from({ length: 20 }, (_, i) => `${2019 + Math.floor((i + 5) / 12)}-${String(((i + 5) % 12) + 1).padStart(2, '0')}-01,Event ${i + 1},Summary ${i + 1}.`);
		return ['date,end date,title,summary', ...good.slice(0, 10).map((row) => row.replace(/^([^,]*),/, '$1,,')), ...extra, ...good.slice(10).map((row) => row.replace(/^([^,]*),/, '$1,,'))].join('\n');
	};

	it('skips a row dated before 1000 with one warning naming its row and the reason, and imports the rest', () => {
		const csv = spreadsheet(['0500-06-01,,An early year,Long ago.', '0050,,A two-digit year,Longer ago.']);
		const { story, warnings } = importPlainCsv(csv, { slug: 'early', timeZone: 'Europe/London', today: '2024-05-01' });
		expect(story.events).toHaveLength(20);
		expect(warnings.filter((w) => /^row 1[23]\b/.test(w.where))).toEqual([
			{ where: 'row 12', message: 'skipped "An early year": its date "0500-06-01" is in the year 500; years before 1000 are not supported' },
			{ where: 'row 13', message: 'skipped "A two-digit year": its date "0050" is in the year 50; years before 1000 are not supported' }
		]);
		// The draft's focus and its chapter come only from the rows that were kept.
		expect(story.meta.focus).toEqual({ from: '2019-06-01', to: '2021-01-01' });
		expect(story.chapters.map((c) => c.span)).toEqual([{ from: '2019-06-01', to: '2021-01-01' }]);
		const result = validateStory(story, { fileSlug: 'early' });
		expect(result.ok ? [] : result.errors).toEqual([]);
	});

	it("skips a time the clocks skipped in the story's zone, and keeps one they showed twice (with the format's warning)", () => {
		const csv = spreadsheet(['2024-03-31 01:30,,In the lost hour,Never happened.', '2024-10-27 01:30,,In the doubled hour,Happened twice.']);
		const { story, warnings } = importPlainCsv(csv, { slug: 'clocks', timeZone: 'Europe/London' });
		expect(story.events.map((e) => e.title)).toContain('In the doubled hour');
		expect(story.events.map((e) => e.title)).not.toContain('In the lost hour');
		expect(warnings).toContainEqual({
			where: 'row 12',
			message: 'skipped "In the lost hour": its date "2024-03-31T01:30" does not exist in Europe/London: the clocks went forward an hour then (+00:00 → +01:00)'
		});
		const result = validateStory(story, { fileSlug: 'clocks' });
		expect(result.ok).toBe(true);
		expect(result.warnings.map((w) => w.message)).toContain('"2024-10-27T01:30" happened twice in Europe/London: the clocks went back an hour then; read as the first (+01:00)');
	});

	it('drops an end date the format cannot hold, and keeps the row', () => {
		const csv = spreadsheet(['2024-03-30,2024-03-31 01:15,A night,Until the lost hour.']);
		const { story, warnings } = importPlainCsv(csv, { slug: 'ends', timeZone: 'Europe/London' });
		expect(story.events.find((e) => e.title === 'A night')?.when).toBe('2024-03-30');
		expect(warnings).toContainEqual({
			where: 'row 12 (end date)',
			message: 'end date dropped: "2024-03-31T01:15" does not exist in Europe/London: the clocks went forward an hour then (+00:00 → +01:00)'
		});
		expect(validateStory(story, { fileSlug: 'ends' }).ok).toBe(true);
	});
});

describe('plain CSV, other shapes', () => {
	it('accepts other spellings of the columns and reports the ones it ignores', () => {
		const csv = ['When,Headline,Description,Source_URL,Notes', '2021-03-04,Launch,It launched.,https://example.org/launch,internal'].join('\n');
		const { story, warnings } = importPlainCsv(csv, { slug: 'aliases', today: '2024-05-01', timeZone: 'UTC' });
		expect(story.events[0]).toMatchObject({ title: 'Launch', summary: 'It launched.', when: '2021-03-04', sources: ['example-org'] });
		expect(warnings).toContainEqual({ where: 'row 1 (Notes)', message: 'column "Notes" is not one the importer reads; ignored' });
		expect(warnings).toContainEqual({ where: '--title', message: expect.stringMatching(/no title; the story is called "Aliases"/) });
	});

	it('reads an end date column into a range', () => {
		const csv = ['date,end date,title', '2021-03,2021-05,Spring works'].join('\n');
		expect(importPlainCsv(csv, { slug: 'ranges', timeZone: 'UTC' }).story.events[0].when).toEqual({ from: '2021-03', to: '2021-05' });
	});

	it('reads Windows (CR LF) and old Mac (CR) line breaks in a cell as line breaks', () => {
		const csv = ['date,title,summary', '2021-03-04,Launch,"It launched.\r\nIt rained.\rNobody came."'].join('\r\n');
		const { story } = importPlainCsv(csv, { slug: 'windows', timeZone: 'UTC' });
		expect(story.events[0].summary).toBe('It launched.\nIt rained.\nNobody came.');
	});

	it('leaves a quote without a speaker out', () => {
		const csv = ['date,title,quote,source url', '2021,Said,"Hello.",https://example.org/a'].join('\n');
		const { story, warnings } = importPlainCsv(csv, { slug: 'q', timeZone: 'UTC' });
		expect(story.quotes).toEqual([]);
		expect(warnings).toContainEqual({ where: 'row 2 (quote)', message: 'quote "Hello." left out: it has no speaker' });
	});
});
