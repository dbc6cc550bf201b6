import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseJsonPieces } from '../../src/lib/story/json-pieces';
import { hasDuplicateKeys, MAX_DEPTH } from '../../src/lib/story/load';

const bytes = (text: string) => new TextEncoder().encode(text);
const pieces = (text: string) => parseJsonPieces(bytes(text), MAX_DEPTH);
const MINIMAL = readFileSync('tests/fixtures/stories/minimal.json', 'utf8');

describe('parseJsonPieces: a story file read a piece at a time', () => {
	it('gives what JSON.parse gives for any JSON object, however it is laid out', () => {
		const layouts = fc.constantFrom<(value: unknown) => string>(
			(value) => JSON.stringify(value),
			(value) => JSON.stringify(value, null, '\t'),
			(value) => JSON.stringify(value, null, 2).replace(/\n/g, '\r\n'),
			(value) => ` \n${JSON.stringify(value, null, 1)}\t\n`
		);
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), layouts, (value, layout) => {
				const text = layout(value);
				expect(pieces(text)).toEqual({ value: JSON.parse(text) });
			}),
			{ numRuns: 300 }
		);
	});

	it("gives JSON.parse's value or nothing for a story cut, broken or with a line twice, and nothing for what JSON.parse refuses or a key twice", () => {
		const mutation = fc.oneof(
			fc.nat({ max: MINIMAL.length }).map((at) => (text: string) => text.slice(0, at)),
			fc.tuple(fc.nat({ max: MINIMAL.length }), fc.constantFrom(',', '}', ']', '"', '\\', '\u0000', '\n', '{', '[', ':', ' ', '1', 'é')).map(
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
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
				const text = mutations.reduce((t, mutate) => mutate(t), MINIMAL);
				const result = pieces(text);
				let reference: unknown;
				try {
					reference = JSON.parse(text);
				} catch {
					expect(result).toBeUndefined();
					return;
				}
				if (hasDuplicateKeys(text)) expect(result).toBeUndefined();
				else if (result) expect(result.value).toEqual(reference);
			}),
			{ numRuns: 500 }
		);
	});

	it('reads the shipped story and every fixture as JSON.parse does', () => {
		for (const file of ['data/stories/ashworth-leak-2019.json', ...['minimal', 'long-fixture', 'fixture-de', 'bridge-fixture'].map((name) => `tests/fixtures/stories/${name}.json`)]) {
			const text = readFileSync(file, 'utf8');
			expect(pieces(text), file).toEqual({ value: JSON.parse(text) });
		}
	});

	it('leaves to the whole text what it cannot read cleanly', () => {
		for (const text of [
			'',
			'  ',
			'[]',
			'"a story"',
			'{"a": 1, "a": 2}',
			'{"a": [{"b": 1, "c": {"d": 1, "d": 2}}]}',
			'{"a": {"\\u0062": 1, "b": 2}}',
			'{"a": "one\ntwo"}',
			'{"a": 1,}',
			'{"a": [1, 2,]}',
			'{"a" 1}',
			'{"a": 1 "b": 2}',
			'{"a": tru}',
			'{"a": 1} x',
			'{"a": 1}}',
			`{"a": ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`
		]) {
			expect(pieces(text), JSON.stringify(text)).toBeUndefined();
		}
		expect(pieces(`{"a": ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}}`)).toBeDefined();
	});

	it('makes "__proto__" an own field at every level, never the prototype', () => {
		const result = pieces('{"__proto__": {"title": "x"}, "meta": {"__proto__": 1}, "events": [{"__proto__": 2}]}');
		const value = result?.value as Record<string, Record<string, unknown>>;
		expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
		expect(Object.keys(value)).toEqual(['__proto__', 'meta', 'events']);
		expect(Object.keys(value.meta)).toEqual(['__proto__']);
		expect((value as { title?: string }).title).toBeUndefined();
	});
});
