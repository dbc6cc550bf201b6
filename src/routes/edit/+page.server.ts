import { loadEditorPage } from '$lib/server/editor';
import type { PageServerLoad } from './$types';

/** /edit: the story editor, a prerendered shell whose island does the rest in the author's browser. */
export const load = (() => loadEditorPage()) satisfies PageServerLoad;
