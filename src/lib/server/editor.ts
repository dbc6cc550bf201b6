/**
 * The editor's pages: /edit (the forms) and /edit/preview (the frame the
 * preview is drawn in). Both are shells rendered once at build time; their
 * islands do everything else in the author's browser.
 */
import { allStories, siteName } from './stories';
import { renderIsland } from './islands';
import EditorPage from '$components/editor/EditorPage.svelte';
import PreviewFrame from '$components/editor/PreviewFrame.svelte';

export function loadEditorPage() {
	const siteStories = [...allStories().values()].map((story) => ({ slug: story.meta.slug, title: story.meta.title })).sort((a, b) => a.title.localeCompare(b.title));
	return { siteName, island: renderIsland('editor', EditorPage, { siteStories, siteName }) };
}

export function loadEditorPreview() {
	return { siteName, island: renderIsland('preview', PreviewFrame, { siteName }) };
}
