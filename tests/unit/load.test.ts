import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { loadStory, parseStoryJson, decodeUtf8, hasDuplicateKeys, MAX_DEPTH } from '../../src/lib/story/load';
import { validateStory, formatProblems, type ValidationResult } from '../../src/lib/story/validate';
import { loadStoryFile, checkStoryFiles, storyFilePaths } from '../../src/lib/server/story-files';

const MINIMAL = readFileSync('tests/fixtures/stories/minimal.json', 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const load = (text: string | Uint8Array) => loadStory(typeof text === 'string' ? bytes(text) : text, { fileSlug: 'minimal' });
const errorsOf = (result: ValidationResult) => (result.ok ? [] : result.errors);

describe('bytes: strict UTF-8', () => {
	it('reads the minimal story', () => {
		const result = load(MINIMAL);
		expect(result.ok && result.story.meta.title).toBe('A council vote');
	});

	it('drops a byte-order mark with a warning that names it', () => {
		const result = load(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(MINIMAL)]));
		expect(result.ok).toBe(true);
		expect(result.warnings[0]).toMatchObject({ path: '$', message: expect.stringContaining('byte-order mark') });
	});

	it('refuses UTF-16 and says so', () => {
		const utf16 = new Uint8Array([0xff, 0xfe, ...[...MINIMAL].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
		expect(errorsOf(load(utf16))[0].message).toBe('is UTF-16 (little-endian) text, starting with its byte-order mark');
	});

	it('refuses a Latin-1 byte with its line and column', () => {
		const latin1 = bytes('{\n  "a": "Caf');
		const file = new Uint8Array([...latin1, 0xe9, ...bytes('"\n}')]);
		const decoded = decodeUtf8(file);
		expect('error' in decoded && decoded.error.message).toBe('is not UTF-8: byte 0xE9 at line 2, column 12 is not part of a UTF-8 character');
	});

	it('finds the first bad byte after multi-byte characters', () => {
		const file = new Uint8Array([...bytes('« é € 𝄞 »\n'), 0xc3, 0x28]);
		const decoded = decodeUtf8(file);
		expect('error' in decoded && decoded.error.message).toContain('byte 0xC3 at line 2, column 1');
	});
});

describe('Windows line breaks', () => {
	it('a file written on Windows, with \\r\\n in its texts, loads as the same story with \\n', () => {
		const story = JSON.parse(MINIMAL);
		story.events[0].summary = 'The council votes 7–2.\r\nThe mayor leaves.';
		const windows = JSON.stringify(story, null, '\t').replace(/\n/g, '\r\n');
		expect(windows).toContain('"summary": "The council votes 7–2.\\r\\nThe mayor leaves."');
		const result = load(windows);
		expect(result.ok ? result.warnings : formatProblems('minimal.json', result.errors)).toEqual([]);
		expect(result.ok && result.story.events[0].summary).toBe('The council votes 7–2.\nThe mayor leaves.');
	});
});

describe('JSON', () => {
	const messageOf = (text: string) => parseStoryJson(text).errors.map((e) => `${e.path}: ${e.message}`);

	it('empty and white-space files are empty', () => {
		expect(messageOf('')).toEqual(['$: is empty']);
		expect(messageOf(' \n\t')).toEqual(['$: is empty']);
	});

	it('says where a syntax error is, in words', () => {
		expect(messageOf('{"a": 1,\n}')).toEqual(['$: is not valid JSON: a comma after the last item at line 2, column 1']);
		expect(messageOf('{"a": [1, 2, ]}')).toEqual(['$: is not valid JSON: a comma after the last item at line 1, column 14']);
		expect(messageOf('{ "meta": ')).toEqual(['$: is not valid JSON: the file ends before the JSON does']);
		expect(messageOf("{'a': 1}")).toEqual(['$: is not valid JSON: unexpected "\'" at line 1, column 2']);
		expect(messageOf('{"a": 1 // no\n}')).toEqual(['$: is not valid JSON: unexpected "/" at line 1, column 9']);
		expect(messageOf('{"a": tru}')).toEqual(['$: is not valid JSON: unexpected "tru" at line 1, column 7']);
		expect(messageOf('{"a": "one\ntwo"}')).toEqual(['$: is not valid JSON: a line break inside a string at line 1, column 11']);
		expect(messageOf('{\n"a": "one\ttwo"}')).toEqual(['$: is not valid JSON: a tab inside a string at line 2, column 10']);
		// A raw Windows line break inside a string is a line break, not some other control character.
		expect(messageOf('{"a": "one\r\ntwo"}')).toEqual(['$: is not valid JSON: a line break inside a string at line 1, column 11']);
	});

	it('refuses nesting past the limit before any parser recurses', () => {
		expect(messageOf('['.repeat(5000) + ']'.repeat(5000))).toEqual(['$: is nested 5000 levels deep']);
		expect(messageOf('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toEqual([]);
		// Brackets inside strings are text.
		expect(messageOf(`{"a": "${'['.repeat(500)}"}`)).toEqual([]);
	});

	it('reports a duplicate key where it is, and keeps the first', () => {
		const { value, errors } = parseStoryJson('{"meta": {"title": "one",\n "title": "two"}}');
		expect(errors).toEqual([
			{ severity: 'error', path: '$.meta.title', message: 'appears twice in the same object (lines 1 and 2); JSON readers would silently keep only the last', expected: 'each field once' }
		]);
		expect(value).toEqual({ meta: { title: 'one' } });
		expect(parseStoryJson('{"a": 1, "a": 2}').errors[0].message).toContain('line 1, columns 2 and 10');
	});

	it('finds a key twice in one object, however it is spelled, and nothing else', () => {
		expect(hasDuplicateKeys('{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}')).toBe(false);
		expect(hasDuplicateKeys('{"a": "{\\"a\\": 1, \\"a\\": 2}", "b": ["a", "a"], "c": {"x": "a:", "y": ":"}}')).toBe(false);
		expect(hasDuplicateKeys('{"b": [1, {"a": 1, "b": 2}], "a" : 2, "\\u0061"\r\n:3}')).toBe(true);
		expect(hasDuplicateKeys('[{"x": {}}, {"x": 1, "y": {"z": 1}, "x": 2}]')).toBe(true);
		expect(parseStoryJson('{"meta": {"title": "\\u0041", "t\\u0069tle": "B"}}').errors[0].path).toBe('$.meta.title');
	});

	it('reads a big story with little more memory than the story itself', () => {
		const story = JSON.parse(MINIMAL);
		story.events = Array.from({ length: 20_000 }, (_, i) => ({ ...story.events[0], id: `event-${i}` }));
		const text = JSON.stringify(story, null, '\t');
		global.gc?.();
		const before = process.memoryUsage().heapUsed;
		const { value, errors } = parseStoryJson(text);
		const grown = process.memoryUsage().heapUsed - before;
		expect(errors).toEqual([]);
		expect((value as typeof story).events).toHaveLength(20_000);
		// momoa's syntax tree of this text (4 MB) took about 20 times its size.
		expect(grown).toBeLessThan(5 * text.length);
	});

	it('makes "__proto__" an own field, never the prototype', () => {
		const { value } = parseStoryJson('{"__proto__": {"title": "x"}, "constructor": 1}');
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
		expect((value as { title?: string }).title).toBeUndefined();
		expect(Object.keys(value as object)).toEqual(['__proto__', 'constructor']);
	});

	it('a title supplied through "__proto__" is still missing', () => {
		const story = JSON.parse(MINIMAL);
		delete story.meta.title;
		const text = JSON.stringify(story).replace('"meta":{', '"meta":{"__proto__":{"title":"Supplied"},');
		const lines = formatProblems('minimal.json', errorsOf(load(text)));
		expect(lines).toContain('minimal.json: error: $.meta.title: is missing (expected string)');
		expect(lines).toContain('minimal.json: error: $.meta: has unknown field "__proto__"');
	});

	it('keeps escapes: a lone surrogate written as \\uD800 reaches the text checks', () => {
		const text = MINIMAL.replace('"A council vote"', '"A council vote \\uD800"');
		expect(errorsOf(load(text)).map((e) => e.message)).toEqual(['contains a lone surrogate (U+D800) at character 16, which is half of a character']);
	});
});

describe('the loader agrees with JSON.parse and validateStory wherever they can be trusted', () => {
	// Mutations a careless edit or a hostile file makes: cut the file, insert or replace a character, duplicate a line.
	const mutation = fc.oneof(
		fc.nat({ max: MINIMAL.length }).map((at) => (text: string) => text.slice(0, at)),
		fc.tuple(fc.nat({ max: MINIMAL.length }), fc.constantFrom(',', '}', ']', '"', '\\', '\u0000', '\n', '\t', '\uFEFF', '\u202E', 'é', '\uD800', ':', ' ')).map(
			([at, c]) =>
				(text: string) =>
					text.slice(0, at) + c + text.slice(at)
		),
		fc.nat({ max: 200 }).map((line) => (text: string) => {
			const lines = text.split('\n');
			const i = line % lines.length;
			return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
		})
	);

	it("never throws, prints one line per problem, and gives JSON.parse + validateStory's verdict when there are no duplicate keys", () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
				// What the file's bytes hold: UTF-8 cannot carry a lone surrogate, the encoder writes U+FFFD instead.
				const text = new TextDecoder().decode(bytes(mutations.reduce((t, mutate) => mutate(t), MINIMAL)));
				const result = load(text);
				const problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
				for (const line of formatProblems('f.json', problems).split('\n').filter(Boolean)) expect(line).toMatch(/^f\.json: (error|warning): \$[^\n]*$/);
				let reference: ValidationResult | 'not-json';
				try {
					reference = validateStory(JSON.parse(text), { fileSlug: 'minimal' });
				} catch {
					reference = 'not-json';
				}
				const duplicate = problems.some((p) => p.message.startsWith('appears twice'));
				const bom = text.startsWith('\uFEFF');
				if (reference === 'not-json') expect(result.ok || bom).toBe(false);
				else if (!duplicate && !bom) expect(result.ok).toBe(reference.ok);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('story files: what story:check and the build both read', () => {
	it('the shipped and fixture stories load', () => {
		const report = checkStoryFiles(storyFilePaths(true));
		expect(report.failed).toEqual([]);
		expect(report.stories.size).toBe(storyFilePaths(true).length);
	});

	it('a missing file is one line, not a stack trace', () => {
		const result = loadStoryFile('data/stories/no-such-story.json');
		expect(formatProblems('data/stories/no-such-story.json', errorsOf(result))).toBe('data/stories/no-such-story.json: error: $: the file does not exist');
	});

	it('two files with one slug: the second is refused', () => {
		const report = checkStoryFiles(['tests/fixtures/stories/minimal.json', 'tests/fixtures/stories/minimal.json']);
		expect(report.failed).toEqual(['tests/fixtures/stories/minimal.json']);
		expect(report.problems[0]).toContain('is also the slug of tests/fixtures/stories/minimal.json');
	});
});
