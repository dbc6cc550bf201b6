/**
 * The stories of the site, read from data/stories at build time through the
 * one loader (story-files.ts). The build's gate (scripts/lib/story-gate.ts) has refused
 * any invalid story before this runs, with the messages `npm run story:check`
 * prints, so the site never ships a blank or half-empty page. In `npm run
 * dev` an edited file is read again on the next request.
 */
import { loadSegments } from '../components/timeline/segments-loader';
import { error } from '@sveltejs/kit';
import site from '../../../data/site.json';
import { checkStoryFiles, storyFilePaths, storyFilesStamp } from './story-files';
import type { Story } from '../story/schema';
import { buildStoryView, type StoryView } from '../story/view';
import { loadLocale } from '../i18n/locales';
import { serializeJsonLd, storyJsonLd } from '../export/json-ld';
import { timelineDataOf } from '../timeline/data';
import { CHRONOLOGY_PAGE_SIZE, orderRangeOfPage, pageCount } from '../story/pages';
import { renderEmbedBody, renderStoryBody } from './story-body';
import { plainPageScript, renderIsland } from './islands';
import { publicOrigin } from './origin';
import StoryPage from '$components/StoryPage.svelte';
import EmbedPage from '$components/EmbedPage.svelte';

export interface StorySummary {
	slug: string;
	title: string;
	dek: string;
	language: string;
	draft: boolean;
	eventCount: number;
	span: { start: number; end: number; text: string };
}

let cache: { stamp: string; stories: Map<string, Story> } | undefined;

export function allStories(): Map<string, Story> {
	const files = storyFilePaths();
	const stamp = storyFilesStamp(files);
	if (cache?.stamp === stamp) return cache.stories;
	const report = checkStoryFiles(files);
	if (report.failed.length) {
		// Only reachable in `npm run dev` (the build's gate refuses these files first): the lines on the page and in the terminal, no stack trace.
		const lines = report.problems.join('\n');
		console.error(lines);
		error(500, `Invalid story file(s); \`npm run story:check\` prints the same lines:\n${lines}`);
	}
	const stories = new Map([...report.stories].map(([slug, { story }]) => [slug, story]));
	cache = { stamp, stories };
	views.clear();
	return stories;
}

export function defaultStorySlug(): string {
	return site.defaultStory;
}

export const siteName: string = site.name;

export function storyBySlug(slug: string): Story {
	const story = allStories().get(slug);
	if (!story) error(404, `No story "${slug}"`);
	return story;
}

const views = new Map<string, Promise<StoryView>>();

/** Built once per story and build: a long story's pages and fragments all share it. */
export function storyView(slug: string): Promise<StoryView> {
	let view = views.get(slug);
	if (!view) {
		const story = storyBySlug(slug);
		view = loadLocale(story.meta.language).then((locale) => buildStoryView(story, locale));
		views.set(slug, view);
	}
	return view;
}

/** The pages of a story's chronology beyond the first, for prerendering. */
export function chronologyPageEntries(from = 2): { slug: string; page: string }[] {
	return [...allStories().entries()].flatMap(([slug, story]) => Array.from({ length: Math.max(0, pageCount(story.events.length) - from + 1) }, (_, i) => ({ slug, page: String(from + i) })));
}

/** A page number from a URL: a whole number within the story's pages, or a 404. */
export function pageParam(view: StoryView, value: string): number {
	const page = Number(value);
	if (!Number.isInteger(page) || page < 1 || page > pageCount(view.events.length) || String(page) !== value) error(404, `No page ${value}`);
	return page;
}

export async function storySummaries(): Promise<StorySummary[]> {
	const summaries: StorySummary[] = [];
	for (const slug of [...allStories().keys()].sort()) {
		const view = await storyView(slug);
		const first = view.events[0];
		const last = view.events[view.events.length - 1];
		summaries.push({
			slug,
			title: view.story.meta.title,
			dek: view.story.meta.dek,
			language: view.story.meta.language,
			draft: view.story.meta.draft ?? false,
			eventCount: view.events.length,
			span: {
				start: first.start,
				end: Math.max(...view.events.map((e) => e.end)),
				text: `${first.date.text} – ${last.date.text}`
			}
		});
	}
	return summaries;
}

/** `entries` for every route with a `[slug=story]` parameter: one per story. */
export const storyEntries = () => [...allStories().keys()].map((slug) => ({ slug }));

/** The structured data of a page's events, serialised for a JSON script element (components/JsonScript.svelte). */
const jsonLdOf = (view: StoryView, page: number) => serializeJsonLd(storyJsonLd(view, orderRangeOfPage(page, view.events.length)));

/**
 * A story page, as its route composes it: the head (StoryHead, the structured
 * data of the page's events, the island's styles), the island (header and
 * timeline, hydrated by src/islands/story.ts) and the static body (never
 * hydrated). `locals.lang` is for <html lang> (hooks.server.ts); `url` is the request's (see origin.ts).
 */
export async function loadStoryPage(slug: string, locals: App.Locals, url: URL) {
	const view = await storyView(slug);
	locals.lang = view.story.meta.language;
	await loadSegments();
	return {
		meta: view.story.meta,
		siteName,
		/** The site's public origin, for the oEmbed discovery link. */
		origin: publicOrigin(url),
		jsonLd: jsonLdOf(view, 1),
		island: renderIsland('story', StoryPage, { meta: view.story.meta, lastUpdatedText: view.lastUpdatedText, timeline: timelineDataOf(view, CHRONOLOGY_PAGE_SIZE), siteName }),
		body: renderStoryBody(view, 1, 'story')
	};
}

/** The embed: the same timeline data, with the embed's static body. */
export async function loadEmbedPage(slug: string, locals: App.Locals) {
	const view = await storyView(slug);
	locals.lang = view.story.meta.language;
	await loadSegments();
	return {
		meta: view.story.meta,
		siteName,
		island: renderIsland('embed', EmbedPage, { meta: view.story.meta, timeline: timelineDataOf(view, CHRONOLOGY_PAGE_SIZE), siteName }),
		body: renderEmbedBody(view, siteName)
	};
}

/** A plain page of a long chronology (`/<slug>/page/<n>`), for reading without JavaScript and for links to it. */
export async function loadChronologyPage(slug: string, pageValue: string, locals: App.Locals) {
	const view = await storyView(slug);
	const page = pageParam(view, pageValue);
	const [from] = orderRangeOfPage(page, view.events.length);
	locals.lang = view.story.meta.language;
	return {
		meta: view.story.meta,
		lastUpdatedText: view.lastUpdatedText,
		page,
		pageCount: pageCount(view.events.length),
		firstEventId: view.events[from].event.id,
		siteName,
		jsonLd: jsonLdOf(view, page),
		body: renderStoryBody(view, page, 'pages')
	};
}

/** The classroom page works from the whole story view (it is one page at any length). */
export async function loadClassroomPage(slug: string, locals: App.Locals) {
	const view = await storyView(slug);
	locals.lang = view.story.meta.language;
	return { view, siteName, themeScript: plainPageScript() };
}
