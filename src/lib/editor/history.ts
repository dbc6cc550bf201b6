/**
 * Undo and redo over whole stories. Each entry is a story value; edits share
 * every untouched object with the story before them (path.ts), so a long
 * history costs little. Typing into one field is one step: an edit to the same
 * field within `mergeMs` of the last replaces it rather than adding a step.
 */
export interface Step<T> {
	value: T;
	/** What changed, for the step's name ("Edit events[3].title") and for merging. */
	label: string;
	/** The field a typing step edits; steps with the same key merge. */
	key?: string;
	at: number;
}

export class History<T> {
	private past: Step<T>[] = [];
	private future: Step<T>[] = [];

	constructor(
		private current: Step<T>,
		private readonly limit = 500,
		private readonly mergeMs = 1500
	) {}

	get value(): T {
		return this.current.value;
	}

	get canUndo(): boolean {
		return this.past.length > 0;
	}

	get canRedo(): boolean {
		return this.future.length > 0;
	}

	/** The label of the step undo would take back, and of the one redo would make. */
	get undoLabel(): string | undefined {
		return this.past.length ? this.current.label : undefined;
	}

	get redoLabel(): string | undefined {
		return this.future.at(-1)?.label;
	}

	push(value: T, label: string, key?: string, at = Date.now()) {
		if (value === this.current.value) return;
		const merge = key !== undefined && key === this.current.key && at - this.current.at <= this.mergeMs && this.past.length > 0;
		if (!merge) {
			this.past.push(this.current);
			if (this.past.length > this.limit) this.past.shift();
		}
		this.current = { value, label, key, at };
		this.future = [];
	}

	undo(): T | undefined {
		const previous = this.past.pop();
		if (!previous) return undefined;
		this.future.push(this.current);
		this.current = { ...previous, key: undefined };
		return previous.value;
	}

	redo(): T | undefined {
		const next = this.future.pop();
		if (!next) return undefined;
		this.past.push(this.current);
		this.current = { ...next, key: undefined };
		return next.value;
	}

	/** Starts over from `value` (a story opened or restored): nothing to undo. */
	reset(value: T, label: string) {
		this.past = [];
		this.future = [];
		this.current = { value, label, at: Date.now() };
	}
}
