import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { enGB } from 'date-fns/locale/en-GB';
import { sourcesCsv } from '../../src/lib/export/csv';
import { storyJsonLd } from '../../src/lib/export/json-ld';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema } from '../../src/lib/story/schema';
import { minimalStory } from '../helpers/fixtures';

/** The minimal story with a source known only by its address words, one by our description, one with neither headline nor address, and a "q-" quote. */
function story() {
	const raw = minimalStory();
	raw.sources[1].headline = 'council-votes-yes-after-long-debate';
	raw.sources[1].headlineIs = 'url-slug';
	raw.sources[2].headline = 'A scraped copy of the Gazette page';
	raw.sources[2].headlineIs = 'description';
	raw.sources.push({ id: 'bare', outlet: 'Radio Town', published: '2024-03-05', kind: 'primary-broadcast', reliability: 'Broadcast, no address.' });
	raw.events[0].sources.push('bare');
	raw.quotes[0].id = 'q-pleased';
	raw.quotes[1].relations[0].quote = 'q-pleased';
	return storySchema.parse(raw);
}

describe('exports never present address words or a description as a name', () => {
	const view = buildStoryView(story(), enGB);

	it('sources.csv: headline only when one was recorded, the rest said as what it is, and a name', () => {
		const rows = parse(sourcesCsv(view), { columns: true }) as Record<string, string>[];
		const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
		expect(byId.minutes).toMatchObject({ headline: 'Minutes of the council meeting', headline_is: 'title', headline_stand_in: '', name: 'Minutes of the council meeting' });
		expect(byId.gazette).toMatchObject({ headline: '', headline_is: 'url-slug', headline_stand_in: 'council-votes-yes-after-long-debate', name: 'The Gazette, News report, 5 March 2024, 18:30 GMT' });
		expect(byId.copy).toMatchObject({ headline: '', headline_is: 'description', headline_stand_in: 'A scraped copy of the Gazette page', name: 'Copy Site, Aggregator copy' });
		expect(byId.bare).toMatchObject({ headline: '', headline_is: '', name: 'Radio Town, Broadcast, 5 March 2024' });
		// The columns that were there keep their places.
		expect(Object.keys(rows[0]).slice(0, 10)).toEqual(['number', 'id', 'outlet', 'headline', 'url', 'published', 'kind', 'based_on', 'reliability', 'archived_url']);
	});

	it('JSON-LD: CreativeWork names likewise; quote ids are anchors without "quote-q-"', () => {
		const data = storyJsonLd(view) as any;
		const names = Object.fromEntries(data.citation.map((w: any) => [w.url, w.name]));
		expect(names['https://example.org/minutes']).toBe('Minutes of the council meeting');
		expect(names['https://example.org/gazette']).toBe('The Gazette, News report, 5 March 2024, 18:30 GMT');
		expect(names['http://example.net/copy']).toBe('Copy Site, Aggregator copy');
		// No address: known by its entry in the source list.
		expect(data.citation.find((w: any) => w['@id'] === '#source-bare')).toEqual({
			'@type': 'CreativeWork',
			'@id': '#source-bare',
			name: 'Radio Town, Broadcast, 5 March 2024',
			publisher: { '@type': 'Organization', name: 'Radio Town' },
			datePublished: '2024-03-05'
		});
		const vote = data.itemListElement.find((e: any) => e.item['@id'] === '#vote-held').item;
		expect(vote.subjectOf).toContainEqual({ '@id': '#source-bare' });
		const quotations = data.itemListElement.flatMap((e: any) => e.item.recordedIn.map((q: any) => q['@id']));
		expect(quotations.sort()).toEqual(['#q-pleased', '#quote-mayor-private']);
	});
});
