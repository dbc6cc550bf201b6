/**
 * Reads and validates every story in data/stories at build time. An invalid
 * story stops the build with the same messages `npm run story:check` prints,
 * so the site never ships a blank or half-empty page.
 */
import { error } from '@sveltejs/kit';
import site from '../../../data/site.json';
import { validateStory, formatProblems } from '../story/validate';
import type { Story } from '../story/schema';
import { buildStoryView, type StoryView } from '../story/view';
import { loadLocale } from '../i18n/locales';
import { serializeJsonLd, storyJsonLd } from '../export/json-ld';

const storyFiles = import.meta.glob('/data/stories/*.json', { eager: true, import: 'default' });
// Test builds (npm test) add the fixture stories, e.g. the German one; a plain `npm run build` never ships them.
const fixtureFiles = import.meta.glob('/tests/fixtures/stories/*.json', { eager: true, import: 'default' });
const files = process.env.INCLUDE_FIXTURE_STORIES === '1' ? { ...storyFiles, ...fixtureFiles } : storyFiles;

export interface StorySummary {
	slug: string;
	title: string;
	dek: string;
	language: string;
	draft: boolean;
	eventCount: number;
	span: { start: number; end: number; text: string };
}

let cache: Map<string, Story> | undefined;

function slugOfPath(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

export function allStories(): Map<string, Story> {
	if (cache) return cache;
	const stories = new Map<string, Story>();
	const failures: string[] = [];
	for (const [path, content] of Object.entries(files)) {
		const file = path.replace(/^\//, '');
		const result = validateStory(content, { fileSlug: slugOfPath(path) });
		if (result.ok) stories.set(result.story.meta.slug, result.story);
		else failures.push(formatProblems(file, result.errors));
	}
	if (failures.length) {
		throw new Error(`Invalid story file(s); run \`npm run story:check\` for details.\n${failures.join('\n')}`);
	}
	cache = stories;
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

export async function storyView(slug: string): Promise<StoryView> {
	const story = storyBySlug(slug);
	return buildStoryView(story, await loadLocale(story.meta.language));
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

/**
 * Everything a story page's server load returns; also tells the hooks the
 * page's language and its structured data (see hooks.server.ts).
 */
export async function loadStoryPage(slug: string, locals: App.Locals) {
	const view = await storyView(slug);
	locals.lang = view.story.meta.language;
	locals.jsonLd = serializeJsonLd(storyJsonLd(view));
	return { view, siteName };
}
