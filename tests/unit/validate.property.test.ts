import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateStory } from '../../src/lib/story/validate';
import { minimalStory } from '../helpers/fixtures';

function checkOutcome(input: unknown) {
	const result = validateStory(input);
	if (result.ok) {
		expect(result.story.meta.slug).toEqual(expect.any(String));
	} else {
		expect(result.errors.length).toBeGreaterThan(0);
		for (const problem of result.errors) {
			expect(problem.path).toMatch(/^\$/);
			expect(problem.message.length).toBeGreaterThan(0);
		}
	}
}

describe('validation never throws', () => {
	it('on arbitrary JSON it returns a story or errors', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => checkOutcome(value)),
			{ numRuns: 500 }
		);
	});

	it('on the fixture with any one field replaced by arbitrary JSON', () => {
		const base = minimalStory();
		const paths: (string | number)[][] = [];
		const walk = (node: unknown, path: (string | number)[]) => {
			paths.push(path);
			if (Array.isArray(node)) node.forEach((child, i) => walk(child, [...path, i]));
			else if (node && typeof node === 'object') Object.entries(node).forEach(([k, v]) => walk(v, [...path, k]));
		};
		walk(base, []);
		fc.assert(
			fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
				const story = structuredClone(base) as any;
				let node = story;
				for (const key of path.slice(0, -1)) node = node[key];
				node[path[path.length - 1]] = value;
				checkOutcome(story);
			}),
			{ numRuns: 1000 }
		);
	});
});
