/**
 * The static body of story pages: the chronology (one page of it), the framing
 * comparison, the open questions and the footer with every source. It is
 * rendered here, once, with `svelte/server`, and placed in the page outside
 * the hydrated app (see hooks.server.ts), because hydrating it cost time in
 * proportion to the story: 6 s of main thread at 10,000 events. Svelte still
 * escapes every story string; the browser only adds attributes to it
 * (selection) and swaps in other pages of the chronology (lib/chronology).
 */
import { render } from 'svelte/server';
import type { StoryView } from '../story/view';
import { messagesFor } from '../i18n/messages';
import StoryBody from '$components/static/StoryBody.svelte';
import EmbedBody from '$components/static/EmbedBody.svelte';
import ChronologyPage from '$components/static/ChronologyPage.svelte';

export function renderStoryBody(view: StoryView, page: number, context: 'story' | 'pages'): string {
	return render(StoryBody, { props: { view, messages: messagesFor(view.story.meta.language), page, context } }).body;
}

export function renderEmbedBody(view: StoryView, siteName: string): string {
	return render(EmbedBody, { props: { view, messages: messagesFor(view.story.meta.language), siteName } }).body;
}

/** One page of the chronology on its own, for the enhanced page to swap in. */
export function renderChronologyFragment(view: StoryView, page: number, context: 'story' | 'embed'): string {
	return render(ChronologyPage, { props: { view, messages: messagesFor(view.story.meta.language), page, context } }).body;
}
