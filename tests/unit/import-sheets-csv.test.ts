import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importSheetsCsv } from '../../src/lib/import/sheets-csv';
import { validateStory } from '../../src/lib/story/validate';

const fixture = readFileSync('tests/fixtures/import/sheets.csv', 'utf8');
const options = { slug: 'millbrook-sheet', today: '2024-05-01', timeZone: 'Europe/London' };
const { story, warnings } = importSheetsCsv(fixture, options);
const messagesAt = (where: string) => warnings.filter((w) => w.where === where).map((w) => w.message);

const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('TimelineJS3 Google Sheets template (CSV) fixture', () => {
	it('validates as a draft', () => {
		const result = validateStory(story, { fileSlug: 'millbrook-sheet' });
		expect(result.ok).toBe(true);
		expect(story.meta.draft).toBe(true);
		expect(story.events.every((e) => e.sources.length === 0)).toBe(true);
	});

	it('reads the row of Type "title" as the title slide', () => {
		expect(story.meta.title).toBe('The Millbrook bridge');
		expect(story.meta.dek).toBe('The town & its bridge.');
	});

	it('reads a cell with commas, doubled quotes and a line break as one text', () => {
		expect(story.events[0].summary).toBe('A wooden bridge, with "toll" gates,\nand a keeper\'s house.');
	});

	it('takes the precision from the columns filled in, with Time in 12- or 24-hour form', () => {
		expect(story.events.map((e) => [e.title, e.when])).toEqual([
			['The first bridge opens', '1872'],
			['Floods close the bridge', { from: '1911-03', to: '1911-05', label: 'Spring 1911' }],
			['Council vote', '2019-06-04T10:57'],
			['Council vote', '2019-06-04T18'],
			['Works begin', '2020-02'],
			['The new bridge opens', '2020-11-30T09:05']
		]);
	});

	it('makes groups the chapters (no eras here) and numbers the repeated headline', () => {
		expect(story.chapters.map((c) => c.title)).toEqual(['Construction', 'Disasters', 'Politics', 'Other events']);
		expect(story.events.map((e) => `${e.id} in ${e.chapter}`)).toEqual([
			'the-first-bridge-opens in construction',
			'floods-close-the-bridge in disasters',
			'council-vote in politics',
			'council-vote-2 in politics',
			'works-begin in construction',
			'the-new-bridge-opens in other-events'
		]);
		expect(messagesAt('row 6')).toContain('the id "council-vote" is already taken (a repeated headline); this event\'s id is "council-vote-2"');
	});

	it('names the spreadsheet row (and column) of every loss', () => {
		expect(messagesAt('row 7')).toEqual([expect.stringMatching(/skipped "A rumour with no date"/)]);
		expect(messagesAt('row 4 (Text)')).toEqual(['removed a <script>, <style> or embedded element together with its contents']);
		expect(messagesAt('row 4 (Background)')).toEqual([expect.stringMatching(/background "#1d3557" dropped/)]);
		expect(messagesAt('row 3 (Media Thumbnail)')).toEqual([expect.stringMatching(/thumbnail .* dropped/)]);
		expect(messagesAt('row 8 (Media)')).toEqual([expect.stringMatching(/"javascript:alert\(1\)" dropped/)]);
		expect(messagesAt('row 8 (Text)')).toEqual([expect.stringMatching(/no text; the summary repeats the headline/)]);
		for (const w of warnings) expect(w.where).toMatch(/^row \d+( \(.+\))?$/);
	});

	it('never keeps HTML or a script', () => {
		expect(story.events[1].summary).toBe('The river "rose" — twice.');
		expect(JSON.stringify(story)).not.toMatch(/<|alert|javascript:/);
	});

	it('lists media as uncited candidates, with the credit and caption', () => {
		expect(story.sources).toEqual([
			expect.objectContaining({ id: 'media-the-title-slide', url: 'https://example.org/cover.jpg', kind: 'reference', author: 'City archive' }),
			expect.objectContaining({ id: 'media-the-first-bridge-opens', url: 'https://example.org/bridge.jpg', headline: 'The bridge', kind: 'reference' })
		]);
	});
});

describe('TimelineJS3 Google Sheets template, other shapes', () => {
	it('makes era rows the chapters and reports a group it cannot keep', () => {
		const csv = [HEADER, ',,,,,,,,,Title,Intro,,,,,title,,', '2000,,,,2009,,,,,The 2000s,,,,,,era,,', '2005,1,1,,,,,,,New year,Fireworks.,,,,,,Party,'].join('\n');
		const { story, warnings } = importSheetsCsv(csv, { slug: 'eras', today: '2024-05-01', timeZone: 'UTC' });
		expect(story.chapters).toEqual([{ id: 'the-2000s', title: 'The 2000s', span: { from: '2000', to: '2009' } }]);
		expect(story.events[0].chapter).toBe('the-2000s');
		expect(warnings).toContainEqual({ where: 'row 4 (Group)', message: expect.stringMatching(/group "Party" dropped/) });
	});

	it('reads semicolon-separated exports and reports columns outside the template', () => {
		const csv = ['Year;Month;Day;Headline;Text;Notes', '2001;9;;One;First.;internal'].join('\n');
		const { story, warnings } = importSheetsCsv(csv, { slug: 'semi', today: '2024-05-01', timeZone: 'UTC' });
		expect(story.events[0]).toMatchObject({ title: 'One', when: '2001-09' });
		expect(warnings).toContainEqual({ where: 'row 1 (Notes)', message: 'column "Notes" is not part of the TimelineJS3 template; ignored' });
	});

	it('reports a time it cannot read and keeps the day', () => {
		const csv = ['Year,Month,Day,Time,Headline,Text', '2001,9,11,around noon,Noon,Text.'].join('\n');
		const { story, warnings } = importSheetsCsv(csv, { slug: 'noon', today: '2024-05-01', timeZone: 'UTC' });
		expect(story.events[0].when).toBe('2001-09-11');
		expect(warnings).toContainEqual({ where: 'row 2 (Time)', message: expect.stringMatching(/time "around noon" is not readable/) });
	});
});
