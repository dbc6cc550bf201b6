import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fieldOfProblemPath, formatPath, getAt, isWithin, parsePath, setAt } from '../../../src/lib/editor/path';
import { toJsonPath } from '../../../src/lib/story/validate';

describe('paths', () => {
	it('read the editor’s names and the loader’s paths alike', () => {
		expect(parsePath('events[3].when.from')).toEqual(['events', 3, 'when', 'from']);
		expect(parsePath('$.events[3].when')).toEqual(['events', 3, 'when']);
		expect(parsePath('$["a b"][0]')).toEqual(['a b', 0]);
		expect(parsePath('$')).toEqual([]);
		expect(fieldOfProblemPath('$.quotes[0].relations[1].type')).toBe('quotes[0].relations[1].type');
		expect(fieldOfProblemPath('$')).toBe('');
		expect(() => parsePath('events[x]')).toThrow(/Not a path/);
	});

	it('round-trip with the loader’s own path writer', () => {
		const segment = fc.oneof(fc.nat({ max: 50 }), fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/), fc.string({ minLength: 1, maxLength: 6 }));
		fc.assert(
			fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
				expect(parsePath(toJsonPath(segments))).toEqual(segments);
				if (typeof segments[0] === 'string' && /^[A-Za-z_]/.test(segments[0])) expect(parsePath(formatPath(segments))).toEqual(segments);
			})
		);
	});

	it('know what lies within what', () => {
		expect(isWithin('events[3].when.from', 'events[3]')).toBe(true);
		expect(isWithin('events[3]', 'events[3]')).toBe(true);
		expect(isWithin('events[30]', 'events[3]')).toBe(false);
		expect(isWithin('events[3]x', 'events[3]')).toBe(false);
	});
});

describe('immutable writes', () => {
	const story = { meta: { title: 'A', slug: 's' }, events: [{ id: 'a', sources: ['x', 'y'] }, { id: 'b' }] };

	it('change one value and share everything else', () => {
		const next = setAt(story, 'events[0].sources[1]', 'z');
		expect(next.events[0].sources).toEqual(['x', 'z']);
		expect(story.events[0].sources).toEqual(['x', 'y']);
		expect(next.meta).toBe(story.meta);
		expect(next.events[1]).toBe(story.events[1]);
		expect(Object.keys(next)).toEqual(Object.keys(story));
	});

	it('remove a field or a list element with undefined, keeping the other keys in place', () => {
		expect(Object.keys(setAt(story, 'meta.title', undefined).meta)).toEqual(['slug']);
		expect(setAt(story, 'events[0].sources[0]', undefined).events[0].sources).toEqual(['y']);
		expect(getAt(setAt(story, 'events[1]', undefined), 'events')).toHaveLength(1);
	});

	it('create what is missing on the way, and never touch a prototype', () => {
		expect(setAt({}, 'meta.focus.from', '2019')).toEqual({ meta: { focus: { from: '2019' } } });
		expect(setAt({}, 'list[0]', 'x')).toEqual({ list: ['x'] });
		const hostile = setAt({}, '["__proto__"].polluted', true) as Record<string, unknown>;
		expect(Object.hasOwn(hostile, '__proto__')).toBe(true);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(getAt(story, 'meta.nothing.deeper')).toBeUndefined();
		expect(getAt(story, 'events[0].constructor')).toBeUndefined();
	});
});
