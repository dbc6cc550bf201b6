import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { enGB } from 'date-fns/locale/en-GB';
import { csvCell, eventsCsv, quotesCsv, sourcesCsv, toCsv } from '../../src/lib/export/csv';
import { serializeJsonLd, storyJsonLd } from '../../src/lib/export/json-ld';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema } from '../../src/lib/story/schema';
import { minimalStory } from '../helpers/fixtures';

describe('CSV cells', () => {
	const cases: [string, string][] = [
		['plain', 'plain'],
		['with, comma', '"with, comma"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
		['+1', "'+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tTab', "'\tTab"],
		['a = b', 'a = b']
	];
	for (const [input, expected] of cases) it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(csvCell(input)).toBe(expected));

	it('empty for null and undefined', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
	});

	it('round-trips through a CSV parser', () => {
		const rows = [['a,b', 'c"d', 'e\nf', '=g']];
		const parsed = parse(toCsv(['x', 'y', 'z', 'w'], rows), { columns: true }) as Record<string, string>[];
		expect(parsed).toEqual([{ x: 'a,b', y: 'c"d', z: 'e\nf', w: "'=g" }]);
	});
});

describe('story tables', () => {
	const story = storySchema.parse(minimalStory());
	story.events[0].title = '=cmd|" /C calc"!A0, with "quotes"\nand a line break';
	const view = buildStoryView(story, enGB);

	it('events.csv has one row per event in time order, text intact but neutralised', () => {
		const rows = parse(eventsCsv(view), { columns: true }) as Record<string, string>[];
		expect(rows.map((r) => r.id)).toEqual(view.events.map((e) => e.event.id));
		const risky = rows.find((r) => r.id === 'vote-held')!;
		expect(risky.title).toBe(`'${story.events[0].title}`);
		expect(rows.find((r) => r.id === 'proposal')!.date).toBe('2024-01-08/2024-01-19');
	});

	it('quotes.csv and sources.csv cover every quote and source', () => {
		expect((parse(quotesCsv(view), { columns: true }) as Record<string, string>[]).map((r) => r.id)).toEqual(story.quotes.map((q) => q.id));
		const sources = parse(sourcesCsv(view), { columns: true }) as Record<string, string>[];
		expect(sources.map((r) => r.id)).toEqual(story.sources.map((s) => s.id));
		expect(sources.find((r) => r.id === 'copy')!.based_on).toBe('gazette');
	});
});

describe('JSON-LD', () => {
	const view = buildStoryView(storySchema.parse(minimalStory()), enGB);
	const data = storyJsonLd(view) as any;

	it('is an ItemList of Events in time order with Quotations and CreativeWorks', () => {
		expect(data['@context']).toBe('https://schema.org');
		expect(data['@type']).toBe('ItemList');
		expect(data.itemListElement.map((e: any) => e.item['@id'])).toEqual(view.events.map((e) => `#${e.event.id}`));
		const vote = data.itemListElement.find((e: any) => e.item['@id'] === '#vote-held').item;
		expect(vote['@type']).toBe('Event');
		expect(vote.startDate).toBe('2024-03-05T18:04:00Z');
		expect(vote.subjectOf).toEqual([{ '@id': 'https://example.org/minutes' }, { '@id': 'https://example.org/gazette' }]);
		const cited = Object.fromEntries(data.citation.map((w: any) => [w['@id'], w]));
		expect(cited['https://example.org/minutes']).toMatchObject({ '@type': 'CreativeWork', url: 'https://example.org/minutes', publisher: { '@type': 'Organization', name: 'Town Hall' } });
		expect(data.citation).toHaveLength(3);
		const quotation = vote.recordedIn[0];
		expect(quotation).toMatchObject({ '@type': 'Quotation', text: 'I hope this passes.', creator: { '@type': 'Person', name: 'Alex Example' } });
		expect(quotation.isBasedOn).toEqual([{ '@id': 'https://example.org/minutes' }]);
		expect(quotation.recordedIn).toMatchObject({ '@type': 'CreativeWork', name: 'Corridor' });
	});

	it('a range has a start and an end date', () => {
		const proposal = data.itemListElement.find((e: any) => e.item['@id'] === '#proposal').item;
		expect([proposal.startDate, proposal.endDate]).toEqual(['2024-01-08', '2024-01-19']);
	});

	it('serialises so that story text cannot close the script element', () => {
		const text = serializeJsonLd({ a: '</script><script>alert(1)</script> & \u2028' });
		expect(text).not.toContain('</script>');
		expect(text).not.toContain('<');
		expect(JSON.parse(text)).toEqual({ a: '</script><script>alert(1)</script> & \u2028' });
	});
});
