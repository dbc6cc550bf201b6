/**
 * Adding, duplicating, moving and deleting the items of a collection, and new
 * ids: proposed from an item's title, unique in its collection, and stable
 * once the item exists (renaming is explicit, and renames every reference).
 * Every function returns a new story; the old one is untouched (undo).
 */
import type { StoryInput } from '../story/schema';
import { IdAllocator, slugify } from '../import/slug';
import { COLLECTION_INFO, itemsOf, itemPath, type CollectionName, type Item } from './collections';
import { setAt } from './path';
import { referencesTo, removeReferences } from './references';

/** The path of a collection's list: `events`, `teaching.notes`. */
const listPath = (collection: CollectionName) => collection;

function withItems(story: StoryInput, collection: CollectionName, items: Item[]): StoryInput {
	if (collection.startsWith('teaching.')) {
		const key = collection.slice('teaching.'.length);
		// Keep `teaching` as it was otherwise; an emptied list is left out rather than written as [].
		const teaching = { ...(story.teaching ?? {}) } as Record<string, unknown>;
		if (items.length) teaching[key] = items;
		else delete teaching[key];
		return setAt(story, 'teaching', Object.keys(teaching).length ? teaching : undefined);
	}
	return setAt(story, listPath(collection), items);
}

/** An id for a new item of `collection`, from `text` (its title, name…), unique among the collection's ids. */
export function proposeId(story: StoryInput, collection: CollectionName, text: string, except?: number): string {
	const taken = itemsOf(story, collection)
		.filter((_, i) => i !== except)
		.map((item) => String(item.id ?? ''));
	const noun = COLLECTION_INFO[collection].noun;
	return new IdAllocator(taken).allocate(slugify(text, 48), noun).id;
}

/** A new item with the fields the format requires, in the order it writes them; texts empty for the author to fill. */
export function blankItem(story: StoryInput, collection: CollectionName): Item {
	const id = proposeId(story, collection, `new ${COLLECTION_INFO[collection].noun}`);
	const firstId = (of: CollectionName) => (itemsOf(story, of)[0]?.id as string | undefined) ?? '';
	const month = story.meta?.focus?.from?.slice(0, 7) ?? '';
	switch (collection) {
		case 'chapters':
			return { id, title: '', span: { from: month, to: month } };
		case 'events':
			return { id, title: '', summary: '', kind: 'other', when: '', chapter: firstId('chapters'), actors: [], importance: 'normal', sources: [] };
		case 'quotes':
			return { id, event: firstId('events'), speaker: firstId('actors'), text: '', setting: 'other', venue: '', sources: [] };
		case 'sources':
			return { id, outlet: '', kind: 'news-report', reliability: '' };
		case 'actors':
			return { id, name: '', role: '' };
		case 'framings':
			return { id, event: firstId('events'), outlet: '', headline: '', url: '', foregrounds: '' };
		case 'unknowns':
			return { id, question: '', events: [], positions: [], assessment: '' };
		case 'teaching.notes':
			return { id, title: '', text: '' };
		case 'teaching.questions':
			return { id, text: '' };
	}
}

/** The story with `item` inserted at `index` (default: the end); returns the index it got. */
export function addItem(story: StoryInput, collection: CollectionName, item: Item, index?: number): { story: StoryInput; index: number } {
	const items = [...itemsOf(story, collection)];
	const at = index === undefined ? items.length : Math.max(0, Math.min(index, items.length));
	items.splice(at, 0, item);
	return { story: withItems(story, collection, items), index: at };
}

/** A copy of the item right after it, with a new id ("…-2") and its own copies of every list. */
export function duplicateItem(story: StoryInput, collection: CollectionName, index: number): { story: StoryInput; index: number } {
	const original = itemsOf(story, collection)[index];
	const copy = structuredClone(original) as Item;
	copy.id = proposeId(story, collection, String(original.id ?? ''));
	return addItem(story, collection, copy, index + 1);
}

export function moveItem(story: StoryInput, collection: CollectionName, from: number, to: number): StoryInput {
	const items = [...itemsOf(story, collection)];
	if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return story;
	const [item] = items.splice(from, 1);
	items.splice(to, 0, item);
	return withItems(story, collection, items);
}

/**
 * The story without the item; with `removeRefs`, without the references to it
 * either (an event's sources lose the deleted source). Otherwise they stay,
 * and the checks name each as a reference to an item that does not exist.
 */
export function deleteItem(story: StoryInput, collection: CollectionName, index: number, removeRefs = false): StoryInput {
	const item = itemsOf(story, collection)[index];
	if (!item) return story;
	let next = story;
	if (removeRefs && typeof item.id === 'string') next = removeReferences(next, referencesTo(next, collection, item.id));
	const items = [...itemsOf(next, collection)];
	items.splice(index, 1);
	return withItems(next, collection, items);
}

export { itemPath };
