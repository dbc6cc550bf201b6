import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const STORIES_DIR = 'data/stories';

export function readJson<T = unknown>(path: string): T {
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** A fresh, valid, mutable copy of the small fixture story, typed loosely: tests break it on purpose. */
export function minimalStory(): any {
	return readJson('tests/fixtures/stories/minimal.json');
}

export function storyFiles(): string[] {
	return readdirSync(STORIES_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => join(STORIES_DIR, f));
}

/** Runs `body` with the process time zone set to `zone`; Node re-reads TZ when it changes. */
export function inTimeZone<T>(zone: string, body: () => T): T {
	const previous = process.env.TZ;
	process.env.TZ = zone;
	try {
		return body();
	} finally {
		if (previous === undefined) delete process.env.TZ;
		else process.env.TZ = previous;
	}
}

/** The site's default story (data/site.json), as its file holds it. */
export function shippedStory(): any {
	const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
	return readJson(join(STORIES_DIR, `${defaultStory}.json`));
}

/** Every story file a test build holds: data/stories and the fixture stories. */
export function allStoryFiles(): string[] {
	const fixtures = readdirSync('tests/fixtures/stories')
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => join('tests/fixtures/stories', f));
	return [...storyFiles(), ...fixtures];
}
