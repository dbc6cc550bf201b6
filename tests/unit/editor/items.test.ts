import { describe, expect, it } from 'vitest';
import { minimalStory, shippedStory } from '../../helpers/fixtures';
import type { StoryInput } from '../../../src/lib/story/schema';
import { addItem, blankItem, deleteItem, duplicateItem, moveItem, proposeId } from '../../../src/lib/editor/items';
import { COLLECTIONS, itemLabel, itemsOf, locate } from '../../../src/lib/editor/collections';
import { referencesTo } from '../../../src/lib/editor/references';
import { validateStory } from '../../../src/lib/story/validate';
import { FIELDS, META_FIELDS } from '../../../src/lib/editor/fields';
import { storySchema } from '../../../src/lib/story/schema';

describe('ids', () => {
	it('are proposed from a title, unique in their collection', () => {
		const story = minimalStory() as StoryInput;
		const taken = story.events[0].id;
		expect(proposeId(story, 'events', 'Crème brûlée: the vote!')).toBe('creme-brulee-the-vote');
		expect(proposeId(story, 'events', taken.replace(/-/g, ' '))).toBe(`${taken}-2`);
		expect(proposeId(story, 'events', '   ')).toBe('event');
		// An item's own id does not count against it.
		expect(proposeId(story, 'events', taken, 0)).toBe(taken);
	});
});

describe('items', () => {
	it('a blank item of every collection has the format’s required fields, in its order', () => {
		const story = shippedStory() as StoryInput;
		for (const collection of COLLECTIONS) {
			const item = blankItem(story, collection);
			const required = FIELDS[collection].filter((f) => f.required).map((f) => f.key);
			expect(Object.keys(item), collection).toEqual(required);
		}
	});

	it('add, duplicate, move and delete, each leaving the story it came from untouched', () => {
		const story = minimalStory() as StoryInput;
		const frozen = JSON.stringify(story);
		const added = addItem(story, 'teaching.notes', { id: 'n', title: 'T', text: 'X' });
		expect(added.story.teaching?.notes?.[added.index]).toEqual({ id: 'n', title: 'T', text: 'X' });
		const copy = duplicateItem(story, 'events', 0);
		expect(copy.index).toBe(1);
		expect(itemsOf(copy.story, 'events')[1]).toEqual({ ...story.events[0], id: `${story.events[0].id}-2` });
		expect(itemsOf(copy.story, 'events')[1].actors).not.toBe(story.events[0].actors);
		const moved = moveItem(story, 'events', 0, story.events.length - 1);
		expect(moved.events.at(-1)).toEqual(story.events[0]);
		expect(moveItem(story, 'events', 0, 99)).toBe(story);
		expect(JSON.stringify(story)).toBe(frozen);
	});

	it('delete keeps or removes the references to what it deletes', () => {
		const story = shippedStory() as StoryInput;
		const index = story.sources!.findIndex((s) => referencesTo(story, 'sources', s.id).length > 1);
		const id = story.sources![index].id;
		const kept = deleteItem(story, 'sources', index, false);
		expect(referencesTo(kept, 'sources', id).length).toBeGreaterThan(0);
		const result = validateStory(kept);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.errors.some((e) => e.message.includes(`"${id}", which does not exist`))).toBe(true);
		const removed = deleteItem(story, 'sources', index, true);
		expect(referencesTo(removed, 'sources', id)).toEqual([]);
		expect(removed.sources).toHaveLength(story.sources!.length - 1);
		// The last teaching note deleted: no empty `notes` list is left behind.
		const one = addItem(minimalStory(), 'teaching.notes', { id: 'n', title: 'T', text: 'X' }).story;
		expect(deleteItem(one, 'teaching.notes', 0).teaching?.notes).toBeUndefined();
	});

	it('name items for lists and pickers, and place a path in its section', () => {
		expect(itemLabel('sources', { id: 's', outlet: 'BBC', headline: 'A headline' })).toBe('BBC: A headline');
		expect(itemLabel('events', { id: 'e', title: '' })).toBe('e');
		expect(itemLabel('events', { title: 'x'.repeat(200) }).length).toBeLessThanOrEqual(80);
		expect(locate('events[3].when.from')).toEqual({ section: 'events', index: 3 });
		expect(locate('teaching.notes[1].title')).toEqual({ section: 'teaching.notes', index: 1 });
		expect(locate('meta.focus.from')).toEqual({ section: 'meta' });
		expect(locate('')).toEqual({ section: 'meta' });
	});
});

describe('the forms', () => {
	it('have a control for every field the format has, with the schema’s own help', () => {
		const shape = (schema: unknown) => Object.keys((schema as { shape: Record<string, unknown> }).shape);
		expect(META_FIELDS.map((f) => f.key)).toEqual(shape(storySchema.shape.meta));
		expect(FIELDS.events.map((f) => f.key)).toEqual(shape(storySchema.shape.events.element));
		expect(FIELDS.sources.map((f) => f.key)).toEqual(shape(storySchema.shape.sources.element));
		expect(FIELDS.events.find((f) => f.key === 'title')?.help).toBe('Short headline of the event.');
		expect(FIELDS.events.find((f) => f.key === 'whenNote')?.help).toMatch(/How the date was established/);
		expect(FIELDS.events.find((f) => f.key === 'unknown')?.required).toBe(false);
		expect(FIELDS.events.find((f) => f.key === 'sources')?.required).toBe(true);
	});
});
