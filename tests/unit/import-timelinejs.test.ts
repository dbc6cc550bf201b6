import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importTimelineJs } from '../../src/lib/import/timelinejs';
import { ImportError, type ImportWarning } from '../../src/lib/import/common';
import { validateStory } from '../../src/lib/story/validate';

const fixture = readFileSync('tests/fixtures/import/timeline.json', 'utf8');
const options = { slug: 'millbrook-bridge', today: '2024-05-01', timeZone: 'Europe/London' };
const { story, warnings } = importTimelineJs(fixture, options);
const event = (title: string) => story.events.filter((e) => e.title === title);
const warningsAt = (prefix: string) => warnings.filter((w) => w.where.startsWith(prefix));

describe('TimelineJS3 JSON fixture', () => {
	it('validates as a draft: the only validation warnings are the draft flag and the missing sources', () => {
		const result = validateStory(story, { fileSlug: 'millbrook-bridge' });
		expect(result.ok).toBe(true);
		expect(story.meta.draft).toBe(true);
		expect(result.warnings.map((w) => w.message)).toEqual([
			'the story is a draft and shows a "Draft: unsourced" banner',
			...story.events.map((e) => `event "${e.id}" has no source yet (allowed only in a draft)`)
		]);
	});

	it('takes title and dek from the title slide, as plain text', () => {
		expect(story.meta.title).toBe('The Millbrook bridge saga');
		expect(story.meta.dek).toBe('How a town argued about a bridge for 150 years & counting.');
		expect(story.meta).toMatchObject({ timeZone: 'Europe/London', language: 'en', lastUpdated: '2024-05-01', slug: 'millbrook-bridge' });
	});

	it('keeps every event with a date, in file order, and skips the one without', () => {
		expect(story.events.map((e) => e.title)).toEqual([
			'The first bridge opens',
			'Floods close the bridge',
			'Council vote',
			'Council vote',
			'Works begin',
			'A survey finds cracks',
			'The new bridge opens'
		]);
		expect(warningsAt('$.events[5]')).toEqual([{ where: '$.events[5]', message: expect.stringMatching(/skipped "A rumour with no date": it has no usable start date/) }]);
	});

	it('keeps each date exactly as precise as its parts: a year stays a year', () => {
		expect(story.events.map((e) => e.when)).toEqual(['1872', { from: '1911-03', to: '1911-05', label: 'Spring 1911' }, '2019-06-04T10:57', '2019-06-04T18', '2020-02-10', '1990', '2020-11-30T09:05']);
	});

	it('reports the end date it dropped, the seconds it dropped, and a range that reads differently', () => {
		expect(warningsAt('$.events[4].end_date')[0].message).toMatch(/end "2020-02-08" is before the start "2020-02-10"; the end was dropped/);
		expect(warningsAt('$.events[7].start_date')[0].message).toMatch(/seconds dropped/);
		expect(warningsAt('$.events[1].end_date')[0].message).toMatch(/some time between/);
	});

	it('keeps a display date on a single date as a note, and says so', () => {
		expect(event('Council vote')[1].whenNote).toBe('The original timeline showed this date as “That evening”.');
		expect(warningsAt('$.events[3].display_date')).toHaveLength(1);
	});

	it('turns HTML into plain text: no tags, no script, entities decoded', () => {
		const floods = event('Floods close the bridge')[0];
		expect(floods.summary).toBe('The river "rose" — twice & fast.\nRepairs take weeks.');
		for (const e of story.events) expect(e.summary).not.toMatch(/<|alert|pwned|&[a-z]+;/);
		expect(warningsAt('$.events[1].text.text').map((w) => w.message)).toContain('removed a <script>, <style> or embedded element together with its contents');
	});

	it('slugifies and de-duplicates ids, reporting the repeat and the changed unique_id', () => {
		expect(story.events.map((e) => e.id)).toEqual(['the-first-bridge-opens', 'floods-close-the-bridge', 'council-vote', 'council-vote-2', 'works-begin', 'survey-1990', 'the-new-bridge-opens']);
		expect(warningsAt('$.events[3]').map((w) => w.message)).toContain('the id "council-vote" is already taken (a repeated headline); this event\'s id is "council-vote-2"');
		expect(
			warningsAt('$.events[6]')
				.map((w) => w.message)
				.join('\n')
		).toMatch(/unique_id "Survey_1990" became the id "survey-1990"/);
	});

	it('makes eras the chapters, with an "Other events" chapter for what falls in no era', () => {
		expect(story.chapters.map((c) => [c.title, c.span])).toEqual([
			['The old bridge', { from: '1870', to: '1950' }],
			['Other events', { from: '1990', to: '1990' }],
			['The new bridge', { from: '2019-01', to: '2020-12' }]
		]);
		expect(story.chapters[2].summary).toBe('Planning and building.');
		expect(story.events.map((e) => e.chapter)).toEqual(['the-old-bridge', 'the-old-bridge', 'the-new-bridge', 'the-new-bridge', 'the-new-bridge', 'other-events', 'the-new-bridge']);
		expect(warningsAt('$.events[6]').map((w) => w.message)).toContain('falls in no era; it is in the chapter "Other events"');
	});

	it('drops groups when there are eras, with a warning at each group', () => {
		expect(warningsAt('$.events[0].group')[0].message).toMatch(/group "Construction" dropped: the eras already give the chapters/);
		expect(warningsAt('$.events[1].group')).toHaveLength(1);
	});

	it('lists media and text links as uncited "reference" candidates, never as an event\'s source', () => {
		expect(story.events.every((e) => e.sources.length === 0)).toBe(true);
		expect(story.sources.map((s) => [s.id, s.url, s.kind])).toEqual([
			['media-the-title-slide', 'https://example.org/media/bridge.jpg', 'reference'],
			['media-floods-close-the-bridge', 'https://example.org/floods.jpg', 'reference'],
			['link-council-vote', 'https://example.org/minutes', 'reference'],
			['media-the-new-bridge-opens', 'https://www.youtube.com/watch?v=abc123', 'reference']
		]);
		expect(story.sources[1]).toMatchObject({ headline: 'Flooded road', author: 'Gazette archive', reliability: expect.stringMatching(/not checked as a source/) });
		expect(warningsAt('$.events[1].media.url')[0].message).toMatch(/source candidate "media-floods-close-the-bridge".*cited by no event/);
	});

	it('drops every address that is not http(s), with a warning', () => {
		expect(JSON.stringify(story)).not.toMatch(/javascript:|mailto:/);
		expect(warningsAt('$.events[4].media.url')[0].message).toMatch(/"javascript:alert\(1\)" dropped/);
		expect(
			warningsAt('$.events[2].text.text')
				.map((w) => w.message)
				.join('\n')
		).toMatch(/"mailto:clerk@example.org" dropped/);
	});

	it('names a JSON path (or the option) in every warning', () => {
		for (const w of warnings) expect(w.where).toMatch(/^(\$\.(title|eras|events)|--time-zone)/);
	});

	it('warns about the time zone when none is given', () => {
		const withoutZone = importTimelineJs(fixture, { slug: 'millbrook-bridge', today: '2024-05-01' });
		expect(withoutZone.story.meta.timeZone).toBe('UTC');
		expect(withoutZone.warnings[0]).toEqual({ where: '--time-zone', message: expect.stringMatching(/read as UTC/) });
	});
});

describe('TimelineJS3 JSON, other shapes', () => {
	const slide = (year: number, headline: string, group?: string) => ({ start_date: { year }, text: { headline, text: `About ${headline}.` }, ...(group ? { group } : {}) });

	it('makes groups the chapters when there are no eras, spanning their events', () => {
		const input = { events: [slide(2001, 'A', 'Politics'), slide(2003, 'B', 'Money'), slide(2005, 'C', 'Politics'), slide(2002, 'D')] };
		const { story, warnings } = importTimelineJs(JSON.stringify(input), { slug: 'groups', today: '2024-05-01', timeZone: 'UTC' });
		expect(story.chapters).toEqual([
			{ id: 'politics', title: 'Politics', span: { from: '2001', to: '2005' } },
			{ id: 'other-events', title: 'Other events', span: { from: '2002', to: '2002' } },
			{ id: 'money', title: 'Money', span: { from: '2003', to: '2003' } }
		]);
		expect(story.events.map((e) => e.chapter)).toEqual(['politics', 'money', 'politics', 'other-events']);
		expect(warnings).toContainEqual({ where: '$.events[3]', message: 'has no group; it is in the chapter "Other events"' });
		expect(validateStory(story, { fileSlug: 'groups' }).ok).toBe(true);
	});

	it('puts every event in one chapter when there are neither eras nor groups, and names a missing title', () => {
		const { story, warnings } = importTimelineJs(JSON.stringify({ events: [slide(1990, 'A'), slide(1995, 'B')] }), { slug: 'plain-story', today: '2024-05-01', timeZone: 'UTC' });
		expect(story.chapters).toEqual([{ id: 'all-events', title: 'All events', span: { from: '1990', to: '1995' } }]);
		expect(story.meta.title).toBe('Plain story');
		expect(story.meta.focus).toEqual({ from: '1990', to: '1995' });
		expect(warnings.map((w) => w.where)).toContain('$.title');
	});

	it('reduces media embed code to its address', () => {
		const input = { events: [{ ...slide(2020, 'Tweet'), media: { url: '<blockquote class="twitter-tweet"><a href="https://twitter.com/x/status/1">post</a></blockquote>' } }] };
		const { story } = importTimelineJs(JSON.stringify(input), { slug: 'embed', today: '2024-05-01', timeZone: 'UTC' });
		expect(story.sources.map((s) => s.url)).toEqual(['https://twitter.com/x/status/1']);
	});

	it('refuses what is not a timeline, and a timeline without one usable date, carrying the warnings', () => {
		expect(() => importTimelineJs('{"events": ', { slug: 'x' })).toThrow(/not valid JSON/);
		expect(() => importTimelineJs('{"slides": []}', { slug: 'x' })).toThrow(/expected a JSON object with an "events" array/);
		let error: unknown;
		try {
			importTimelineJs(JSON.stringify({ events: [{ text: { headline: 'Undated' } }, 'nonsense'] }), { slug: 'x', timeZone: 'UTC' });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ImportError);
		expect((error as ImportError).message).toMatch(/no event has a usable date/);
		expect((error as ImportError).warnings.map((w: ImportWarning) => w.where)).toEqual(['$.events[0]', '$.events[1]']);
	});
});

describe("TimelineJS3: the format's own date rules", () => {
	it('skips a slide and an era dated before 1000, saying why, and builds chapters and focus from what it kept', () => {
		const timeline = {
			title: { text: { headline: 'Early years' } },
			eras: [
				{ start_date: { year: 800 }, end_date: { year: 1100 }, text: { headline: 'Too early' } },
				{ start_date: { year: 1990 }, end_date: { year: 2000 }, text: { headline: 'The nineties' } }
			],
			events: [
				{ start_date: { year: 1995, month: 5 }, text: { headline: 'Kept' } },
				{ start_date: { year: 500, month: 6, day: 1 }, text: { headline: 'Too early an event' } },
				{ start_date: { year: 1996 }, end_date: { year: 40 }, text: { headline: 'An end in the year 40' } }
			]
		};
		const { story, warnings } = importTimelineJs(JSON.stringify(timeline), { slug: 'early', timeZone: 'UTC' });
		expect(story.events.map((e) => [e.title, e.when])).toEqual([
			['Kept', '1995-05'],
			['An end in the year 40', '1996']
		]);
		expect(warnings).toContainEqual({ where: '$.events[1]', message: 'skipped "Too early an event": its start date "0500-06-01" is in the year 500; years before 1000 are not supported' });
		expect(warnings).toContainEqual({ where: '$.events[2].end_date', message: 'end date dropped: "0040" is in the year 40; years before 1000 are not supported' });
		expect(warnings).toContainEqual({ where: '$.eras[0]', message: 'era skipped: its start date "0800" is in the year 800; years before 1000 are not supported' });
		expect(story.chapters.map((c) => [c.title, c.span])).toEqual([['The nineties', { from: '1990', to: '2000' }]]);
		expect(story.meta.focus).toEqual({ from: '1995-05', to: '1996' });
		expect(validateStory(story, { fileSlug: 'early' }).ok).toBe(true);
	});
});
