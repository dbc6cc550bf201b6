/**
 * The story editor's one reactive state: the working copy (a story value as
 * its file holds it, never the loader's output, so saving gives back what was
 * opened), undo and redo, the section and item on screen, the loader's
 * problems (run again shortly after each change), and what was last saved.
 * Reading and writing files, IndexedDB and the preview frame are the DOM
 * layer's (lib/dom/editor-*.ts); they are handed in, so this runs in tests.
 */
import { validateStory } from '../story/validate';
import type { StoryInput } from '../story/schema';
import { History } from '../editor/history';
import { getAt, parsePath, setAt } from '../editor/path';
import { itemLabel, itemsOf, type CollectionName, type SectionName } from '../editor/collections';
import { addItem, blankItem, deleteItem, duplicateItem, moveItem, proposeId } from '../editor/items';
import { renameId } from '../editor/references';
import { placeProblems, type PlacedProblem } from '../editor/problems';
import { storyText } from '../editor/story-text';

/** How the working copy came to be, for the header and for saving back. */
export interface Origin {
	kind: 'new' | 'site' | 'file' | 'import' | 'restored';
	/** What to call it: the file's name, the site story's slug. */
	name: string;
}

/** A message above the forms: a file refused (with the loader's lines), an import's warnings, a restored copy. */
export interface Notice {
	kind: 'error' | 'warning' | 'info';
	title: string;
	lines: string[];
}

/** What the editor keeps in the browser between visits (lib/dom/editor-store.ts). */
export interface WorkingCopy {
	/** One per story opened in the editor: each keeps its own copy, so opening another never overwrites unsaved work. */
	id: string;
	story: StoryInput;
	/** The text last saved or opened: the copy has unsaved changes when the story's text differs. */
	savedText: string;
	origin: Origin;
	at: number;
}

export interface EditorOptions {
	/** Called (debounced) with the working copy after each change: keep it. */
	persist?: (copy: WorkingCopy) => void;
	/** Called when a copy has nothing unsaved left (it was saved, or its changes undone): forget it. */
	forget?: (id: string) => void;
	/** How long after a change the checks run again, and the copy is kept (ms). */
	delay?: number;
}

const VALIDATE_MS = 250;

export class EditorState {
	story: StoryInput = $state.raw({} as StoryInput);
	origin: Origin = $state({ kind: 'new', name: '' });
	savedText: string = $state('');
	section: SectionName = $state('meta');
	/** The item of the section on screen (null: the list only). */
	index: number | null = $state(null);
	problems: PlacedProblem[] = $state.raw([]);
	/** Bumped when problems are recomputed, so the page can say they are up to date. */
	checks = $state(0);
	notice: Notice | null = $state(null);
	/** Ids that still follow their item's title (a new item, until its title is left); nothing is drawn from it. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	provisional = new Set<string>();
	/** The field to focus once the page has drawn the change (a new item's first field, a problem's control). */
	focusField: string | null = $state(null);

	private history: History<StoryInput>;
	/** Reactive mirrors of the history (which is plain data). */
	canUndo = $state(false);
	canRedo = $state(false);
	private readonly persist?: (copy: WorkingCopy) => void;
	private readonly forget?: (id: string) => void;
	/** The id under which this copy is kept (WorkingCopy.id). */
	copyId = '';
	private readonly delay: number;
	private timer: ReturnType<typeof setTimeout> | undefined;

	readonly dirty = $derived(storyText(this.story) !== this.savedText);
	readonly errorCount = $derived(this.problems.filter((p) => p.severity === 'error').length);
	readonly warningCount = $derived(this.problems.filter((p) => p.severity === 'warning').length);

	constructor(story: StoryInput, origin: Origin, options: EditorOptions = {}) {
		this.persist = options.persist;
		this.forget = options.forget;
		this.delay = options.delay ?? VALIDATE_MS;
		this.history = new History({ value: story, label: 'Open', at: Date.now() });
		this.load(story, origin, storyText(story));
	}

	/**
	 * Starts over on `story` (opened, imported, restored): nothing to undo;
	 * `savedText` is what counts as saved. Nothing is kept until the first
	 * change, so a copy restored or offered is never overwritten by merely
	 * opening something else. `copyId`: a restored copy keeps its own.
	 */
	load(story: StoryInput, origin: Origin, savedText = storyText(story), notice: Notice | null = null, copyId = newCopyId()) {
		clearTimeout(this.timer);
		this.copyId = copyId;
		this.story = story;
		this.origin = origin;
		this.savedText = savedText;
		this.notice = notice;
		this.section = 'meta';
		this.index = null;
		this.provisional.clear();
		this.history.reset(story, `Open ${origin.name}`);
		this.syncHistory();
		this.checkNow();
	}

	/** Runs the loader's checks now. */
	checkNow() {
		clearTimeout(this.timer);
		this.timer = undefined;
		const result = validateStory(this.story);
		this.problems = placeProblems(result.ok ? result.warnings : [...result.errors, ...result.warnings]);
		this.checks++;
	}

	private schedule() {
		clearTimeout(this.timer);
		this.timer = setTimeout(() => this.flush(), this.delay);
	}

	/** Runs what a change schedules now: the checks, and keeping (or forgetting) the copy. */
	flush() {
		this.checkNow();
		if (this.dirty) this.persist?.({ id: this.copyId, story: this.story, savedText: this.savedText, origin: $state.snapshot(this.origin), at: Date.now() });
		else this.forget?.(this.copyId);
	}

	private syncHistory() {
		this.canUndo = this.history.canUndo;
		this.canRedo = this.history.canRedo;
	}

	private commit(story: StoryInput, label: string, key?: string) {
		if (story === this.story) return;
		this.story = story;
		this.history.push(story, label, key);
		this.syncHistory();
		this.schedule();
	}

	get(path: string): unknown {
		return getAt(this.story, path);
	}

	/** The items of a collection as pickers list them: id and a readable name, in the story's order. */
	namesOf(collection: CollectionName): { id: string; label: string }[] {
		return itemsOf(this.story, collection)
			.filter((item) => typeof item.id === 'string' && item.id !== '')
			.map((item) => ({ id: item.id as string, label: itemLabel(collection, item, 90) }));
	}

	/**
	 * Sets one field. `typing`: keystrokes in one field are one step to undo.
	 * An optional text left empty is removed rather than kept as "" (which the
	 * format refuses); a required one stays "", so its problem shows.
	 */
	edit(path: string, value: unknown, { typing = false, required = true } = {}) {
		const next = value === '' && !required ? undefined : value;
		if (getAt(this.story, path) === next) return;
		let story = setAt(this.story, path, next);
		story = this.followTitle(story, path);
		this.commit(story, `Edit ${path}`, typing ? path : undefined);
	}

	/** A new item's id follows its title (or name) until the title is left. */
	private followTitle(story: StoryInput, path: string): StoryInput {
		const segments = parsePath(path);
		const collection = (segments[0] === 'teaching' ? `teaching.${String(segments[1])}` : segments[0]) as CollectionName;
		const index = segments[0] === 'teaching' ? segments[2] : segments[1];
		const field = segments[segments.length - 1];
		if (typeof index !== 'number' || segments.length !== (segments[0] === 'teaching' ? 4 : 3)) return story;
		const item = itemsOf(story, collection)[index];
		if (!item || typeof item.id !== 'string' || !this.provisional.has(`${collection}:${item.id}`)) return story;
		if (field !== 'title' && field !== 'name' && field !== 'question' && field !== 'text' && !(field === 'outlet' && collection === 'sources')) return story;
		const text = String(getAt(story, path) ?? '');
		// A quote's id from its first words; any other item's from its title or name.
		const words = collection === 'quotes' ? text.split(/\s+/).slice(0, 6).join(' ') : text;
		const id = proposeId(story, collection, words || `new ${collection}`, index);
		if (id === item.id) return story;
		this.provisional.delete(`${collection}:${item.id}`);
		this.provisional.add(`${collection}:${id}`);
		return renameId(story, collection, item.id, id);
	}

	/** The title was left: the id stays as it is from now on. */
	settleId(collection: CollectionName, index: number) {
		const id = itemsOf(this.story, collection)[index]?.id;
		if (typeof id === 'string') this.provisional.delete(`${collection}:${id}`);
	}

	/** Renames an item's id and every reference to it; the reason when it cannot. */
	rename(collection: CollectionName, index: number, to: string): string | undefined {
		const item = itemsOf(this.story, collection)[index];
		const from = item?.id;
		if (typeof from !== 'string' || from === to) return undefined;
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(to)) return 'An id is lower-case letters, digits and single hyphens, e.g. "vote-held".';
		if (itemsOf(this.story, collection).some((other, i) => i !== index && other.id === to)) return `Another item already has the id "${to}".`;
		this.provisional.delete(`${collection}:${from}`);
		this.commit(renameId(this.story, collection, from, to), `Rename ${from} to ${to}`);
		return undefined;
	}

	open(section: SectionName, index: number | null = null) {
		this.section = section;
		this.index = index;
	}

	add(collection: CollectionName) {
		const item = blankItem(this.story, collection);
		const { story, index } = addItem(this.story, collection, item);
		this.provisional.add(`${collection}:${String(item.id)}`);
		this.commit(story, `Add a ${collection}`);
		this.open(collection, index);
		this.focusField = `${collection}[${index}].${firstTextField(collection)}`;
	}

	duplicate(collection: CollectionName, index: number) {
		const result = duplicateItem(this.story, collection, index);
		this.commit(result.story, `Duplicate ${collection}[${index}]`);
		this.open(collection, result.index);
	}

	move(collection: CollectionName, from: number, to: number) {
		const story = moveItem(this.story, collection, from, to);
		this.commit(story, `Move ${collection}[${from}]`);
		if (this.section === collection && this.index === from) this.index = to;
	}

	remove(collection: CollectionName, index: number, removeRefs: boolean) {
		this.commit(deleteItem(this.story, collection, index, removeRefs), `Delete ${collection}[${index}]`);
		if (this.section === collection) this.index = null;
	}

	undo() {
		const story = this.history.undo();
		if (story === undefined) return;
		this.story = story;
		this.syncHistory();
		this.schedule();
	}

	redo() {
		const story = this.history.redo();
		if (story === undefined) return;
		this.story = story;
		this.syncHistory();
		this.schedule();
	}

	/** The working copy was saved as `text`. */
	saved(text = storyText(this.story)) {
		this.savedText = text;
		this.schedule();
	}

	/** Goes to the control of a problem, opening its section and item. */
	reveal(problem: PlacedProblem) {
		this.open(problem.section, problem.index ?? null);
		this.focusField = problem.field;
	}
}

const newCopyId = () => `copy-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The field a new item's form starts on. */
export function firstTextField(collection: CollectionName): string {
	switch (collection) {
		case 'quotes':
			return 'text';
		case 'sources':
			return 'outlet';
		case 'actors':
			return 'name';
		case 'unknowns':
			return 'question';
		case 'teaching.questions':
			return 'text';
		default:
			return 'title';
	}
}
