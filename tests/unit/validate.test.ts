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
		{ name: 'malformed date', break: (s) => (s.events[0].when = '10/12/2019'), path: '$.events[0].when', message: /not in year-month-day order/, expected: /local date such as/ },
		{ name: 'impossible date', break: (s) => (s.events[2].when = '2024-02-30'), path: '$.events[2].when', message: /not a real calendar date/ },
		{
			name: 'range ending before it starts',
			break: (s) => (s.events[1].when = { from: '2024-01-19', to: '2024-01-08' }),
			path: '$.events[1].when.to',
			message: /is before "2024-01-19"/,
			expected: /on or after the start/
		},
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
		{ name: 'date with seconds', break: (s) => (s.events[0].when = '2024-03-05T18:30:15'), path: '$.events[0].when', message: /has seconds; dates stop at the minute/ },
		{ name: 'day with an offset', break: (s) => (s.sources[0].published = '2024-03-05Z'), path: '$.sources[0].published', message: /only a time to the minute can carry/ },
		{ name: 'range date with a space', break: (s) => (s.meta.focus.from = '2024-03-01 10:00'), path: '$.meta.focus.from', message: /write a "T"/ },
		{
			name: 'a time the clocks skipped',
			break: (s) => (s.events[0].when = '2024-03-31T01:30'),
			path: '$.events[0].when',
			message: /does not exist in Europe\/London: the clocks went forward an hour then \(\+00:00 → \+01:00\)/
		},
		{ name: 'an hour the clocks skipped', break: (s) => (s.events[0].when = '2024-03-31T01'), path: '$.events[0].when', message: /does not exist in Europe\/London/ },
		{
			name: 'an offset the zone did not have',
			break: (s) => (s.events[0].when = '2024-03-05T18:30+01:00'),
			path: '$.events[0].when',
			message: /gives the offset \+01:00, but Europe\/London was at \+00:00 then/
		},
		{ name: 'a year before 1000', break: (s) => (s.meta.lastUpdated = '0050'), path: '$.meta.lastUpdated', message: /years before 1000 are not supported/ },
		{ name: 'a control character', break: (s) => (s.events[0].summary = 'ring\u0007ring'), path: '$.events[0].summary', message: /control character U\+0007 BEL at character 5/ },
		{ name: 'a lone surrogate', break: (s) => (s.actors[0].role = 'Mayor \uD800'), path: '$.actors[0].role', message: /lone surrogate \(U\+D800\)/ },
		{ name: 'an invisible title', break: (s) => (s.meta.title = '\u200B\u2060\u3164'), path: '$.meta.title', message: /has no visible character/ },
		{ name: 'an invisible name', break: (s) => (s.actors[1].name = ' \u2800 '), path: '$.actors[1].name', message: /has no visible character/ },
		{ name: 'an invisible outlet', break: (s) => (s.sources[0].outlet = '\uFEFF'), path: '$.sources[0].outlet', message: /has no visible character/ },
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
		expect(formatProblems('data/stories/x.json', [{ severity: 'error', path: '$.a', message: 'is wrong', expected: 'right' }])).toBe('data/stories/x.json: error: $.a: is wrong (expected right)');
	});

	it('writes JSON paths with brackets for indexes and odd keys', () => {
		expect(toJsonPath(['events', 3, 'when', 'from'])).toBe('$.events[3].when.from');
		expect(toJsonPath(['a b'])).toBe('$["a b"]');
	});

	it('finds no cycle in a chain and one in a loop', () => {
		expect(findBasedOnCycle([{ id: 'a', basedOn: ['b'] }, { id: 'b' }])).toEqual([]);
		expect(
			findBasedOnCycle([
				{ id: 'a', basedOn: ['b'] },
				{ id: 'b', basedOn: ['a'] }
			])
		).toEqual([['a', 'b', 'a']]);
	});
});

describe('warnings that do not stop a story', () => {
	const warningsOf = (breakIt: (s: Story) => void) => {
		const story = minimalStory();
		breakIt(story);
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok, result.ok ? '' : formatProblems('minimal.json', result.errors)).toBe(true);
		return result.warnings;
	};

	it('a bidi override in a title, named by its code point', () => {
		const [warning] = warningsOf((s) => (s.events[0].title = 'The council votes \u202Eon'));
		expect(warning).toMatchObject({ path: '$.events[0].title', item: 'vote-held' });
		expect(warning.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
	});

	it('a zero-width space in a name', () => {
		const [warning] = warningsOf((s) => (s.actors[0].name = 'Alex\u200BExample'));
		expect(warning.message).toContain('U+200B ZERO WIDTH SPACE');
	});

	it('a minute the clocks showed twice, unless an offset says which', () => {
		const [warning] = warningsOf((s) => (s.sources[1].published = '2024-10-27T01:30'));
		expect(warning.message).toBe('"2024-10-27T01:30" happened twice in Europe/London: the clocks went back an hour then; read as the first (+01:00)');
		expect(warning.expected).toBe('an offset to say which: "2024-10-27T01:30+01:00" or "2024-10-27T01:30+00:00"');
		expect(warningsOf((s) => (s.sources[1].published = '2024-10-27T01:30+00:00'))).toEqual([]);
		expect(warningsOf((s) => (s.sources[1].published = '2024-10-27T01:30+01:00'))).toEqual([]);
	});

	it('an hour the clocks showed twice is read as both', () => {
		const [warning] = warningsOf((s) => (s.sources[1].published = '2024-10-27T01'));
		expect(warning.message).toContain('read as both, from +01:00 to +00:00');
	});

	it('tabs and line breaks are text', () => {
		expect(warningsOf((s) => (s.events[0].summary = 'one\ttwo\nthree'))).toEqual([]);
	});
});

describe('Windows and old Mac line breaks', () => {
	it('reads CR LF and a lone CR in any text as a line break, without a word', () => {
		const story = minimalStory();
		story.events[0].summary = 'The council votes\r\n7–2.\rThe mayor leaves.';
		story.meta.dek = 'Line one\r\nline two';
		story.quotes[0].text = 'We did it.\r\n\r\nAll of us.';
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok ? result.warnings : formatProblems('minimal.json', result.errors)).toEqual([]);
		if (!result.ok) return;
		expect(result.story.events[0].summary).toBe('The council votes\n7–2.\nThe mayor leaves.');
		expect(result.story.meta.dek).toBe('Line one\nline two');
		expect(result.story.quotes[0].text).toBe('We did it.\n\nAll of us.');
		// The caller's object is left as it was.
		expect(story.events[0].summary).toContain('\r\n');
	});

	it('a text with only line feeds is the same object, not a copy', () => {
		const story = minimalStory();
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok && result.story.events[0].summary).toBe(story.events[0].summary);
	});

	it('every other control character is refused by its name, and the message allows only what it accepts', () => {
		const controls = [...Array(0x20).keys(), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d);
		for (const code of controls) {
			const story = minimalStory();
			story.events[0].summary = `ring${String.fromCharCode(code)}ring`;
			const result = validateStory(story, { fileSlug: 'minimal' });
			const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
			expect(result.ok, name).toBe(false);
			if (result.ok) continue;
			const [problem] = result.errors;
			expect(problem.message, name).toMatch(new RegExp(`^contains the control character ${name.replace('+', '\\+')} [A-Z0-9]{2,3}( \\(.+\\))? at character 5$`));
			// Nothing it calls fine is what it refused: the tab and the line feed only, by their escapes.
			expect(problem.expected, name).toBe('text without control characters; a tab (\\t) and a line break (\\n) are fine');
		}
	});

	it('names the controls a paste brings: the vertical tab of a PowerPoint line break, NUL, ESC', () => {
		const messageOf = (text: string) => {
			const story = minimalStory();
			story.events[0].summary = text;
			const result = validateStory(story, { fileSlug: 'minimal' });
			return result.ok ? '' : result.errors[0].message;
		};
		expect(messageOf('one\u000Btwo')).toBe('contains the control character U+000B VT (a vertical tab: PowerPoint and Word write one for a line break inside a paragraph; write \\n) at character 4');
		expect(messageOf('a\u0000')).toBe('contains the control character U+0000 NUL at character 2');
		expect(messageOf('a\u001B')).toBe('contains the control character U+001B ESC at character 2');
		// C1 controls in a UTF-8 file are nearly always Windows-1252 text read as Latin-1.
		expect(messageOf('Wait\u0085')).toBe('contains the control character U+0085 NEL (in Windows-1252 text, 0x85 is "…": was the text read as Latin-1?) at character 5');
		expect(messageOf('a\u0081')).toBe('contains the control character U+0081 HOP at character 2');
	});
});

describe('problems name the item by its id', () => {
	it('prints `$.events[i].field (id)`, with invisible characters written as code points', () => {
		const story = minimalStory();
		story.events[1].chapter = 'nowhere';
		story.events[0].summary = 'a\u0000b';
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const lines = formatProblems('minimal.json', result.errors).split('\n');
		expect(lines).toContain('minimal.json: error: $.events[1].chapter (proposal): refers to chapter "nowhere", which does not exist (expected the id of one of the story\'s chapters)');
		expect(lines.find((l) => l.includes('summary'))).toBe(
			'minimal.json: error: $.events[0].summary (vote-held): contains the control character U+0000 NUL at character 2 (expected text without control characters; a tab (\\t) and a line break (\\n) are fine)'
		);
	});

	it('never lets a hostile id or message break the line', () => {
		const line = formatProblems('x.json', [{ severity: 'error', path: '$', message: 'a\nb\u202Ec\uFEFF' }]);
		expect(line).toBe('x.json: error: $: a<U+000A>b<U+202E>c<U+FEFF>');
	});
});
