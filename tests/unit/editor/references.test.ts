import { describe, expect, it } from 'vitest';
import { readJson, shippedStory } from '../../helpers/fixtures';
import type { StoryInput } from '../../../src/lib/story/schema';
import { citationsOf, referencesTo, removeReferences, renameCitations, renameId } from '../../../src/lib/editor/references';
import { validateStory } from '../../../src/lib/story/validate';
import { getAt } from '../../../src/lib/editor/path';

const minimal = readJson<StoryInput>('tests/fixtures/stories/minimal.json');
const shipped = shippedStory() as StoryInput;

describe('references', () => {
	it('finds every field that names an item, in every collection', () => {
		const source = shipped.sources![0].id;
		const refs = referencesTo(shipped, 'sources', source);
		expect(refs.length).toBeGreaterThan(0);
		for (const ref of refs) expect(getAt(shipped, ref.path)).toBe(source);
		// Every id-valued field the loader cross-checks is known here: renaming every item of every collection keeps the story valid.
		let story = shipped;
		for (const collection of ['chapters', 'events', 'quotes', 'sources', 'actors'] as const) {
			for (const item of (story[collection] ?? []) as { id: string }[]) story = renameId(story, collection, item.id, `${item.id}-renamed`);
		}
		const result = validateStory(story);
		expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
		expect(JSON.stringify(story)).not.toMatch(new RegExp(`"${source}"`));
	});

	it('renames citations in text, only inside parentheses and only whole ids', () => {
		expect(renameCitations('As reported (s1, s10) and s1 said (see s1).', 's1', 'bbc')).toBe('As reported (bbc, s10) and s1 said (see bbc).');
		expect(renameCitations('Nested (a (s1) b)', 's1', 'x')).toBe('Nested (a (x) b)');
		expect(renameCitations('(s1-extra)', 's1', 'x')).toBe('(s1-extra)');
		const cited = shipped.sources!.find((s) => citationsOf(shipped, s.id).length > 0)!;
		const renamed = renameId(shipped, 'sources', cited.id, 'renamed-source');
		expect(citationsOf(renamed, cited.id)).toEqual([]);
		expect(citationsOf(renamed, 'renamed-source').length).toBe(citationsOf(shipped, cited.id).length);
	});

	it('removes references: list elements, single fields, whole relations and positions', () => {
		const story = {
			...minimal,
			events: [{ ...minimal.events[0], after: minimal.events[1].id }, { ...minimal.events[1], before: [minimal.events[0].id] }, ...minimal.events.slice(2)]
		} as StoryInput;
		const target = minimal.events[1].id;
		const refs = referencesTo(story, 'events', target);
		expect(refs.map((r) => r.path)).toContain('events[0].after');
		const cleaned = removeReferences(story, refs);
		expect(cleaned.events[0]).not.toHaveProperty('after');
		expect(referencesTo(cleaned, 'events', target)).toEqual([]);
		// An optional list emptied by removal goes; one the format requires stays, empty, for its problem to show.
		const basedOn = shipped.sources!.find((s) => s.basedOn?.length === 1)!;
		const withoutBase = removeReferences(
			shipped,
			referencesTo(shipped, 'sources', basedOn.basedOn![0]).filter((r) => r.path.startsWith('sources['))
		);
		expect(withoutBase.sources!.find((s) => s.id === basedOn.id)).not.toHaveProperty('basedOn');
		const actor = minimal.actors[0].id;
		const noActors = removeReferences(minimal, referencesTo(minimal, 'actors', actor));
		for (const event of noActors.events) expect(Array.isArray(event.actors)).toBe(true);
	});
});
