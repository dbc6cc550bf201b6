import { describe, expect, it } from 'vitest';
import { validateStory, formatProblems, findBasedOnCycle, toJsonPath } from '../../src/lib/story/validate';
import { minimalStory } from '../helpers/fixtures';

type Story = ReturnType<typeof minimalStory>;

describe('the minimal fixture', () => {
	it('is valid and has no warnings', () => {
		const result = validateStory(minimalStory(), { fileSlug: 'minimal' });
		expect(result.ok && result.warnings).toEqual([]);
	});
});

describe('invalid stories: each problem names its JSON path and what was expected', () => {
	const cases: { name: string; break: (s: Story) => void; path: string; message: RegExp; expected?: RegExp }[] = [
		{ name: 'missing title', break: (s) => delete s.meta.title, path: '$.meta.title', message: /is missing/, expected: /string/ },
		{ name: 'empty summary', break: (s) => (s.events[0].summary = '   '), path: '$.events[0].summary', message: /must not be empty/ },
		{ name: 'javascript: URL', break: (s) => (s.sources[0].url = 'javascript:alert(1)'), path: '$.sources[0].url', message: /http:\/\/ or https:\/\// },
		{ name: 'data: archived URL', break: (s) => (s.sources[1].archivedUrl = 'data:text/html,hi'), path: '$.sources[1].archivedUrl', message: /http:\/\/ or https:\/\// },
		{ name: 'relative framing URL', break: (s) => (s.framings[0].url = '/gazette'), path: '$.framings[0].url', message: /absolute/ },
		{ name: 'unknown source kind', break: (s) => (s.sources[0].kind = 'rumour'), path: '$.sources[0].kind', message: /"rumour", which is not allowed/, expected: /"news-report"/ },
		{ name: 'unknown field', break: (s) => (s.events[0].colour = 'red'), path: '$.events[0]', message: /unknown field "colour"/ },
		{ name: 'id not a slug', break: (s) => (s.events[0].id = 'Vote Held'), path: '$.events[0].id', message: /must be a slug/ },
		{ name: 'malformed date', break: (s) => (s.events[0].when = '10/12/2019'), path: '$.events[0].when', message: /must be a local date as precise as the sources allow/ },
		{ name: 'impossible date', break: (s) => (s.events[2].when = '2024-02-30'), path: '$.events[2].when', message: /not a real calendar date/ },
		{ name: 'range ending before it starts', break: (s) => (s.events[1].when = { from: '2024-01-19', to: '2024-01-08' }), path: '$.events[1].when.to', message: /is before "2024-01-19"/, expected: /on or after the start/ },
		{ name: 'chapter span ending before it starts', break: (s) => (s.chapters[0].span.to = '2023-12'), path: '$.chapters[0].span.to', message: /is before/ },
		{ name: 'duplicate event id', break: (s) => (s.events[1].id = 'vote-held'), path: '$.events[1].id', message: /duplicates the id "vote-held" of events\[0\]/ },
		{ name: 'broken chapter reference', break: (s) => (s.events[0].chapter = 'after'), path: '$.events[0].chapter', message: /chapter "after", which does not exist/ },
		{ name: 'broken actor reference', break: (s) => s.events[0].actors.push('ghost'), path: '$.events[0].actors[1]', message: /actor "ghost"/ },
		{ name: 'broken source reference on an event', break: (s) => (s.events[0].sources = ['nowhere']), path: '$.events[0].sources[0]', message: /source "nowhere"/ },
		{ name: 'quote of a missing event', break: (s) => (s.quotes[0].event = 'nope'), path: '$.quotes[0].event', message: /event "nope"/ },
		{ name: 'quote without a source', break: (s) => (s.quotes[0].sources = []), path: '$.quotes[0].sources', message: /at least one source/ },
		{ name: 'quote relation to a missing quote', break: (s) => (s.quotes[1].relations[0].quote = 'gone'), path: '$.quotes[1].relations[0].quote', message: /quote "gone"/ },
		{ name: 'quote relating to itself', break: (s) => (s.quotes[1].relations[0].quote = 'mayor-private'), path: '$.quotes[1].relations[0].quote', message: /the quote itself/ },
		{ name: 'event without a source outside a draft', break: (s) => (s.events[0].sources = []), path: '$.events[0].sources', message: /has no source/, expected: /draft/ },
		{ name: 'basedOn itself', break: (s) => (s.sources[0].basedOn = ['minutes']), path: '$.sources[0].basedOn[0]', message: /the source itself/ },
		{ name: 'basedOn cycle', break: (s) => (s.sources[0].basedOn = ['copy']), path: '$.sources[0].basedOn', message: /cycle: minutes → copy → gazette → minutes/ },
		{ name: 'bad time zone', break: (s) => (s.meta.timeZone = 'London'), path: '$.meta.timeZone', message: /IANA time zone/ },
		{ name: 'bad language tag', break: (s) => (s.meta.language = 'english please'), path: '$.meta.language', message: /BCP 47/ },
		{ name: 'wrong type', break: (s) => (s.events = {}), path: '$.events', message: /wrong type \(object\)/, expected: /array/ },
		{ name: 'unknown position source', break: (s) => (s.unknowns[0].positions[0].source = 'x'), path: '$.unknowns[0].positions[0].source', message: /source "x"/ },
		{ name: 'after a missing event', break: (s) => (s.events[3].after = 'nope'), path: '$.events[3].after', message: /event "nope"/ },
		{ name: 'after itself', break: (s) => (s.events[3].after = 'reaction'), path: '$.events[3].after', message: /the event itself/ },
		{ name: 'after an event that starts later', break: (s) => (s.events[1].after = 'vote-held'), path: '$.events[1].after', message: /"vote-held" starts after "proposal" ends/ },
		{ name: 'after links in a cycle', break: (s) => ((s.events[2].after = 'reaction'), (s.events[3].after = 'vote-day')), path: '$.events[2].after', message: /cycle: vote-day → reaction → vote-day/ },
		{ name: 'slug not matching the file name', break: (s) => (s.meta.slug = 'other'), path: '$.meta.slug', message: /file is named "minimal.json"/ }
	];

	for (const testCase of cases) {
		it(testCase.name, () => {
			const story = minimalStory();
			testCase.break(story);
			const result = validateStory(story, { fileSlug: 'minimal' });
			expect(result.ok).toBe(false);
			if (result.ok) return;
			const problem = result.errors.find((e) => e.path === testCase.path);
			expect(problem, `no error at ${testCase.path}; got ${formatProblems('minimal.json', result.errors)}`).toBeDefined();
			expect(problem!.message).toMatch(testCase.message);
			if (testCase.expected) expect(problem!.expected).toMatch(testCase.expected);
		});
	}
});

describe('ranges', () => {
	it('may end on a coarser date the same day ("after 10:45 on 5 March")', () => {
		const story = minimalStory();
		story.events[2].when = { from: '2024-03-05T10:45', to: '2024-03-05' };
		expect(validateStory(story).ok).toBe(true);
	});
});

describe('warnings do not fail a story', () => {
	it('an event resting only on aggregator copies is a warning', () => {
		const story = minimalStory();
		story.events[0].sources = ['copy'];
		const result = validateStory(story);
		expect(result.ok).toBe(true);
		expect(result.warnings).toContainEqual(expect.objectContaining({ path: '$.events[0].sources', message: expect.stringMatching(/only on aggregator copies/) }));
	});

	it('a draft may have unsourced events, with a warning for each', () => {
		const story = minimalStory();
		story.meta.draft = true;
		story.events[0].sources = [];
		story.events[1].sources = [];
		const result = validateStory(story);
		expect(result.ok).toBe(true);
		expect(result.warnings.filter((w) => /has no source yet/.test(w.message))).toHaveLength(2);
	});

	it('an event outside its chapter span is a warning', () => {
		const story = minimalStory();
		story.events[0].chapter = 'before';
		const result = validateStory(story);
		expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['$.events[0].when']);
	});
});

describe('helpers', () => {
	it('formats problems as file: severity: path: message (expected …)', () => {
		expect(formatProblems('data/stories/x.json', [{ severity: 'error', path: '$.a', message: 'is wrong', expected: 'right' }])).toBe(
			'data/stories/x.json: error: $.a: is wrong (expected right)'
		);
	});

	it('writes JSON paths with brackets for indexes and odd keys', () => {
		expect(toJsonPath(['events', 3, 'when', 'from'])).toBe('$.events[3].when.from');
		expect(toJsonPath(['a b'])).toBe('$["a b"]');
	});

	it('finds no cycle in a chain and one in a loop', () => {
		expect(findBasedOnCycle([{ id: 'a', basedOn: ['b'] }, { id: 'b' }])).toEqual([]);
		expect(findBasedOnCycle([{ id: 'a', basedOn: ['b'] }, { id: 'b', basedOn: ['a'] }])).toEqual([['a', 'b', 'a']]);
	});
});
