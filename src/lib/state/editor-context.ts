/** The editor's state and the date words' context, for the editor's components (set once by EditorPage). */
import { getContext, setContext } from 'svelte';
import type { DateContext } from '../time/format';
import type { EditorState } from './editor.svelte';

const KEY = Symbol('story-editor');

export interface EditorContext {
	editor: EditorState;
	/** Dates in words in the story's language and zone, once its locale has loaded. */
	dates: () => DateContext | undefined;
}

export const setEditorContext = (context: EditorContext) => setContext(KEY, context);
export const getEditorContext = () => getContext<EditorContext>(KEY);
