import { loadEditorPreview } from '$lib/server/editor';
import type { PageServerLoad } from './$types';

/** /edit/preview: the frame inside the editor where the story is drawn by the site's own components. */
export const load = (() => loadEditorPreview()) satisfies PageServerLoad;
