/**
 * Which fields of a story name an item of another collection by its id, and
 * the three things the editor does with them: list what refers to an item
 * (before deleting it), remove those references, and rename an id everywhere
 * (its references and the "(s23)" citations in text).
 */
import type { StoryInput } from '../story/schema';
import { itemsOf, itemPath, type CollectionName, type Item } from './collections';
import { getAt, setAt } from './path';

/** How a field holds its reference: one id, a list of ids, or either (`after`, `before`). */
type Arity = 'one' | 'many' | 'one-or-many';

export interface ReferenceField {
	/** The collection whose items hold the field. */
	holder: CollectionName;
	/** The field, within an item; `relations.quote` is the `quote` of each of `relations`. */
	field: string;
	target: CollectionName;
	arity: Arity;
	/** A reference the format requires (removing it leaves a problem for the author to fix). */
	required?: boolean;
	/** A list the format lets a story leave out: emptied, it goes rather than staying as []. */
	optional?: boolean;
}

export const REFERENCE_FIELDS: readonly ReferenceField[] = [
	{ holder: 'events', field: 'chapter', target: 'chapters', arity: 'one', required: true },
	{ holder: 'events', field: 'actors', target: 'actors', arity: 'many' },
	{ holder: 'events', field: 'sources', target: 'sources', arity: 'many' },
	{ holder: 'events', field: 'after', target: 'events', arity: 'one-or-many' },
	{ holder: 'events', field: 'before', target: 'events', arity: 'one-or-many' },
	{ holder: 'quotes', field: 'event', target: 'events', arity: 'one', required: true },
	{ holder: 'quotes', field: 'speaker', target: 'actors', arity: 'one', required: true },
	{ holder: 'quotes', field: 'sources', target: 'sources', arity: 'many' },
	{ holder: 'quotes', field: 'relations.quote', target: 'quotes', arity: 'one' },
	{ holder: 'sources', field: 'basedOn', target: 'sources', arity: 'many', optional: true },
	{ holder: 'framings', field: 'event', target: 'events', arity: 'one', required: true },
	{ holder: 'framings', field: 'source', target: 'sources', arity: 'one' },
	{ holder: 'framings', field: 'via', target: 'sources', arity: 'one' },
	{ holder: 'unknowns', field: 'events', target: 'events', arity: 'many' },
	{ holder: 'unknowns', field: 'positions.source', target: 'sources', arity: 'one' },
	{ holder: 'teaching.notes', field: 'events', target: 'events', arity: 'many', optional: true },
	{ holder: 'teaching.notes', field: 'sources', target: 'sources', arity: 'many', optional: true },
	{ holder: 'teaching.questions', field: 'events', target: 'events', arity: 'many', optional: true }
];

/** The reference field a control edits (`events[3].sources` → events, sources), if it is one. */
export function referenceFieldOf(holder: CollectionName, field: string): ReferenceField | undefined {
	return REFERENCE_FIELDS.find((f) => f.holder === holder && f.field === field);
}

export interface Reference {
	/** The exact path of the id: `events[3].sources[1]`, `events[3].chapter`, `quotes[2].relations[0].quote`. */
	path: string;
	holder: CollectionName;
	/** The holding item's index and id. */
	index: number;
	id: string;
	field: ReferenceField;
	/** The only id in its list: removing it leaves the list empty (a quote without a source). */
	only: boolean;
}

/** Every place a reference field names `id` of `target`. */
export function referencesTo(story: StoryInput, target: CollectionName, id: string): Reference[] {
	const found: Reference[] = [];
	for (const field of REFERENCE_FIELDS.filter((f) => f.target === target)) {
		itemsOf(story, field.holder).forEach((item, index) => {
			for (const path of idPaths(item, field)) {
				if (getAt(item, path) !== id) continue;
				const list = item[field.field.split('.')[0]];
				const only = field.arity !== 'one' && Array.isArray(list) && list.length === 1;
				found.push({ path: `${itemPath(field.holder, index)}.${path}`, holder: field.holder, index, id: String(item.id ?? ''), field, only });
			}
		});
	}
	return found;
}

/** The paths, within an item, of the ids a reference field holds there. */
function idPaths(item: Item, field: ReferenceField): string[] {
	const [outer, inner] = field.field.split('.');
	const value = item[outer];
	if (inner !== undefined) return Array.isArray(value) ? value.map((_, i) => `${outer}[${i}].${inner}`) : [];
	if (Array.isArray(value)) return value.map((_, i) => `${outer}[${i}]`);
	return typeof value === 'string' ? [outer] : [];
}

/**
 * The story without `refs` (from `referencesTo`): an id in a list is taken
 * out (an `after` or `before` left empty goes); a single reference is removed
 * with its field, or with the relation or position it makes up. A required one
 * (an event's chapter) leaves the field missing, which the checks then name.
 */
export function removeReferences(story: StoryInput, refs: readonly Reference[]): StoryInput {
	// Last first, so that removing one list element does not move the others.
	const ordered = [...refs].sort((a, b) => b.path.localeCompare(a.path, 'en', { numeric: true }));
	let next = story;
	for (const ref of ordered) {
		const base = itemPath(ref.holder, ref.index);
		const [outer, inner] = ref.field.field.split('.');
		if (inner !== undefined) {
			// relations[1].quote → remove relations[1]; an empty list goes.
			const element = /^(\w+)\[(\d+)\]/.exec(ref.path.slice(base.length + 1))!;
			next = setAt(next, `${base}.${element[1]}[${element[2]}]`, undefined);
			if ((getAt(next, `${base}.${outer}`) as unknown[]).length === 0 && !ref.field.required) next = setAt(next, `${base}.${outer}`, undefined);
			continue;
		}
		next = setAt(next, ref.path, undefined);
		if (ref.field.arity === 'one-or-many' || ref.field.optional) {
			const left = getAt(next, `${base}.${outer}`);
			if (Array.isArray(left) && left.length === 0) next = setAt(next, `${base}.${outer}`, undefined);
		}
	}
	return next;
}

/** Text fields that cite source `id` as "(s23)": path → the text. */
export function citationsOf(story: StoryInput, id: string): string[] {
	const paths: string[] = [];
	walkStrings(story, '', (path, text) => {
		if (renameCitations(text, id, '\u0000') !== text) paths.push(path);
	});
	return paths;
}

/**
 * The story with `from` renamed `to` in `target`: the item's id, every
 * reference to it, and, for a source, its citations in text.
 */
export function renameId(story: StoryInput, target: CollectionName, from: string, to: string): StoryInput {
	let next = story;
	const index = itemsOf(story, target).findIndex((item) => item.id === from);
	if (index >= 0) next = setAt(next, `${itemPath(target, index)}.id`, to);
	for (const ref of referencesTo(next, target, from)) next = setAt(next, ref.path, to);
	if (target === 'sources') {
		for (const path of citationsOf(next, from)) next = setAt(next, path, renameCitations(getAt(next, path) as string, from, to));
	}
	return next;
}

/** An id-shaped run, not part of a longer one (as literacy/citations.ts reads them). */
const ID_TOKEN = /(?<![A-Za-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)*(?![A-Za-z0-9-])/g;

/** `text` with the id `from` replaced by `to` wherever it stands inside parentheses (at any depth), as a citation does. */
export function renameCitations(text: string, from: string, to: string): string {
	let depth = 0;
	let out = '';
	let run = '';
	const flush = () => {
		out += depth > 0 ? run.replace(ID_TOKEN, (token) => (token === from ? to : token)) : run;
		run = '';
	};
	for (const char of text) {
		if (char === '(' || char === ')') {
			flush();
			depth = Math.max(0, depth + (char === '(' ? 1 : -1));
			out += char;
		} else run += char;
	}
	flush();
	return out;
}

function walkStrings(node: unknown, path: string, visit: (path: string, text: string) => void) {
	if (typeof node === 'string') visit(path, node);
	else if (Array.isArray(node)) node.forEach((child, i) => walkStrings(child, `${path}[${i}]`, visit));
	else if (node !== null && typeof node === 'object') {
		for (const [key, child] of Object.entries(node)) if (key !== 'id' && key !== '$schema') walkStrings(child, path ? `${path}.${key}` : key, visit);
	}
}
