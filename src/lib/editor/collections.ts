/**
 * The story's collections as the editor lists them: where each lives in the
 * file, what to call an item, and which field names it for a reader.
 */
import type { StoryInput } from '../story/schema';

export const COLLECTIONS = ['chapters', 'events', 'quotes', 'sources', 'actors', 'framings', 'unknowns', 'teaching.notes', 'teaching.questions'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A section of the editor: the story's meta, or one collection. */
export type SectionName = 'meta' | CollectionName;
export const SECTIONS: readonly SectionName[] = ['meta', ...COLLECTIONS];

export interface CollectionInfo {
	/** What one item is called, in the interface: "event". */
	noun: string;
	plural: string;
	/** The field whose text names an item in lists and pickers. */
	nameField: string;
}

export const COLLECTION_INFO: Record<CollectionName, CollectionInfo> = {
	chapters: { noun: 'chapter', plural: 'Chapters', nameField: 'title' },
	events: { noun: 'event', plural: 'Events', nameField: 'title' },
	quotes: { noun: 'quote', plural: 'Quotes', nameField: 'text' },
	sources: { noun: 'source', plural: 'Sources', nameField: 'headline' },
	actors: { noun: 'actor', plural: 'Actors', nameField: 'name' },
	framings: { noun: 'framing', plural: 'Framings', nameField: 'headline' },
	unknowns: { noun: 'open question', plural: 'Open questions', nameField: 'question' },
	'teaching.notes': { noun: 'teaching note', plural: 'Teaching notes', nameField: 'title' },
	'teaching.questions': { noun: 'class question', plural: 'Class questions', nameField: 'text' }
};

export type Item = Record<string, unknown> & { id?: unknown };

/** The items of a collection (an empty list when the story has none yet). */
export function itemsOf(story: StoryInput, collection: CollectionName): Item[] {
	if (collection === 'teaching.notes') return (story.teaching?.notes ?? []) as Item[];
	if (collection === 'teaching.questions') return (story.teaching?.questions ?? []) as Item[];
	const items = (story as Record<string, unknown>)[collection];
	return Array.isArray(items) ? (items as Item[]) : [];
}

/** The path of a collection's item: `events[3]`, `teaching.notes[0]`. */
export const itemPath = (collection: CollectionName, index: number) => `${collection}[${index}]`;

/** The section and item a field path belongs to: `events[3].when.from` → events, 3. */
export function locate(path: string): { section: SectionName; index?: number } {
	const match = /^(teaching\.notes|teaching\.questions|\w+)(?:\[(\d+)\])?/.exec(path);
	if (!match) return { section: 'meta' };
	const [, head, index] = match;
	if (head === 'meta' || head === '') return { section: 'meta' };
	if ((COLLECTIONS as readonly string[]).includes(head)) return { section: head as CollectionName, index: index === undefined ? undefined : Number(index) };
	if (head === 'teaching') return { section: 'teaching.notes' };
	return { section: 'meta' };
}

/** A short, readable name of an item: its title, name or text (shortened), else its id. */
export function itemLabel(collection: CollectionName, item: Item, max = 80): string {
	const info = COLLECTION_INFO[collection];
	let text = item[info.nameField];
	if (collection === 'sources' && typeof item.outlet === 'string') text = typeof text === 'string' && text.trim() ? `${item.outlet}: ${text}` : item.outlet;
	const label = typeof text === 'string' && text.trim() ? text.trim().replace(/\s+/g, ' ') : typeof item.id === 'string' && item.id ? item.id : `new ${info.noun}`;
	return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}
