/**
 * The editor's state without a page: edits, the ids of new items, renames,
 * deletes, undo and redo, the checks after each change, and which working
 * copies are kept or forgotten (the IndexedDB layer is a fake here).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { minimalStory, shippedStory } from '../../helpers/fixtures';
import { EditorState, type WorkingCopy } from '../../../src/lib/state/editor.svelte';
import type { StoryInput } from '../../../src/lib/story/schema';
import { storyText } from '../../../src/lib/editor/story-text';
import { referencesTo } from '../../../src/lib/editor/references';

let kept: Map<string, WorkingCopy>;
const open = (story: StoryInput = minimalStory()) =>
	new EditorState(story, { kind: 'file', name: 'minimal.json' }, { persist: (copy) => kept.set(copy.id, copy), forget: (id) => kept.delete(id), delay: 100 });

beforeEach(() => {
	vi.useFakeTimers();
	kept = new Map();
});
afterEach(() => vi.useRealTimers());

describe('the editor state', () => {
	it('opens with the loader’s verdict, nothing to undo and nothing unsaved', () => {
		const editor = open();
		expect(editor.errorCount).toBe(0);
		expect([editor.canUndo, editor.canRedo, editor.dirty]).toEqual([false, false, false]);
		expect(kept.size).toBe(0);
	});

	it('an edit is checked and kept shortly after; undoing it back to the saved text forgets the copy', () => {
		const editor = open();
		editor.edit('meta.title', '', { typing: true });
		expect(editor.dirty).toBe(true);
		expect(editor.errorCount).toBe(0);
		vi.advanceTimersByTime(100);
		expect(editor.problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['meta.title: must not be empty']);
		expect(kept.get(editor.copyId)?.story.meta.title).toBe('');
		editor.undo();
		vi.advanceTimersByTime(100);
		expect([editor.dirty, editor.errorCount, kept.size]).toEqual([false, 0, 0]);
	});

	it('an optional field left empty is removed, a required one stays empty for its problem', () => {
		const editor = open();
		editor.edit('events[0].whenNote', 'From the minutes', { required: false });
		editor.edit('events[0].whenNote', '', { required: false });
		expect(editor.story.events[0]).not.toHaveProperty('whenNote');
		editor.edit('events[0].summary', '');
		expect(editor.story.events[0].summary).toBe('');
	});

	it('typing into one field undoes in one step; Redo brings it back', () => {
		const editor = open();
		const before = editor.story.meta.title;
		for (const text of ['A', 'A n', 'A new title']) editor.edit('meta.title', text, { typing: true });
		editor.edit('meta.dek', 'Another dek', { typing: true });
		editor.undo();
		expect(editor.story.meta.title).toBe('A new title');
		editor.undo();
		expect(editor.story.meta.title).toBe(before);
		editor.redo();
		expect(editor.story.meta.title).toBe('A new title');
	});

	it('a new item’s id follows its title until the title is left, then stays; an explicit rename updates every reference', () => {
		const editor = open();
		editor.add('events');
		const index = editor.story.events.length - 1;
		expect(editor.focusField).toBe(`events[${index}].title`);
		editor.edit(`events[${index}].title`, 'Council votes', { typing: true });
		editor.edit(`events[${index}].title`, 'Council votes again', { typing: true });
		expect(editor.story.events[index].id).toBe('council-votes-again');
		editor.settleId('events', index);
		editor.edit(`events[${index}].title`, 'Something else');
		expect(editor.story.events[index].id).toBe('council-votes-again');

		const source = editor.story.sources[0].id;
		const refs = referencesTo(editor.story, 'sources', source).length;
		expect(editor.rename('sources', 0, 'Not A Slug')).toMatch(/lower-case/);
		expect(editor.rename('sources', 0, editor.story.sources[1]?.id ?? source)).toBe(editor.story.sources[1] ? `Another item already has the id "${editor.story.sources[1].id}".` : undefined);
		expect(editor.rename('sources', 0, 'renamed')).toBeUndefined();
		expect(referencesTo(editor.story, 'sources', 'renamed').length).toBe(refs);
	});

	it('deletes with or without the references, and undoes either', () => {
		const editor = open(shippedStory());
		const index = editor.story.sources.findIndex((s) => referencesTo(editor.story, 'sources', s.id).length > 0);
		const id = editor.story.sources[index].id;
		const emptied = referencesTo(editor.story, 'sources', id)
			.filter((ref) => ref.only)
			.map((ref) => ref.path.replace(/\[\d+\]$/, ''));
		editor.remove('sources', index, true);
		expect(referencesTo(editor.story, 'sources', id)).toEqual([]);
		vi.advanceTimersByTime(100);
		// What is left to fix is only what the dialog warns of: lists that held nothing else (a quote's only source).
		expect(editor.problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(emptied.filter((path) => !path.startsWith('sources[') && !path.startsWith('teaching')));
		editor.undo();
		expect(editor.story.sources[index].id).toBe(id);
		editor.remove('sources', index, false);
		vi.advanceTimersByTime(100);
		expect(editor.problems.some((p) => p.severity === 'error' && p.message.includes(`"${id}", which does not exist`))).toBe(true);
	});

	it('a problem leads to its section, item and field', () => {
		const editor = open();
		editor.edit('events[1].when', '2019-13-40');
		editor.checkNow();
		const problem = editor.problems.find((p) => p.field === 'events[1].when')!;
		editor.reveal(problem);
		expect([editor.section, editor.index, editor.focusField]).toEqual(['events', 1, 'events[1].when']);
	});

	it('saving marks the text saved and forgets the copy; loading another never writes over a kept one', () => {
		const editor = open();
		editor.edit('meta.title', 'Changed');
		editor.flush();
		const first = editor.copyId;
		expect(kept.has(first)).toBe(true);
		editor.load(shippedStory(), { kind: 'site', name: 'x' });
		expect(editor.copyId).not.toBe(first);
		expect(kept.get(first)?.story.meta.title).toBe('Changed');
		editor.edit('meta.title', 'Other');
		editor.saved();
		editor.flush();
		expect(editor.dirty).toBe(false);
		expect(kept.has(editor.copyId)).toBe(false);
		expect(editor.savedText).toBe(storyText(editor.story));
	});
});
