/**
 * Story files on disk, read the one way (story/load.ts) by `npm run
 * story:check`, by the build's gate (scripts/lib/story-gate.ts, before anything is
 * built) and by the pages (lib/server/stories.ts). The check and the build
 * therefore agree on every file, message for message.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadStory } from '../story/load';
import { formatProblems, type ValidationResult } from '../story/validate';
import type { Story } from '../story/schema';

export const STORY_DIR = 'data/stories';
/** The test build (`npm run build:test`, TEST_BUILD=1, into test-build/) adds these, e.g. the German story; `npm run build` never ships them. */
export const FIXTURE_STORY_DIR = 'tests/fixtures/stories';

/** The story files a build reads: data/stories/*.json, plus the fixtures in the test build (TEST_BUILD=1). */
export function storyFilePaths(includeFixtures = process.env.TEST_BUILD === '1'): string[] {
	const dirs = includeFixtures ? [STORY_DIR, FIXTURE_STORY_DIR] : [STORY_DIR];
	return dirs.flatMap((dir) =>
		readdirSync(dir)
			.filter((name) => name.endsWith('.json'))
			.sort()
			.map((name) => join(dir, name))
	);
}

export function loadStoryFile(file: string): ValidationResult {
	let bytes: Uint8Array | undefined;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
		return { ok: false, errors: [{ severity: 'error', path: '$', message: `the file ${reason}` }], warnings: [] };
	}
	// Handed over, not kept: a big file's bytes are garbage once decoded, before its story is built and checked.
	return loadStory(
		() => {
			const handed = bytes!;
			bytes = undefined;
			return handed;
		},
		{ fileSlug: basename(file, '.json') }
	);
}

export interface CheckReport {
	/** Problems, one line each, in file order (for stderr). */
	problems: string[];
	/** One `file: ok (…)` line per valid file (for stdout). */
	passed: string[];
	failed: string[];
	stories: Map<string, { file: string; story: Story }>;
}

/** Loads every file; `strict` counts warnings as errors (`story:check --strict`). */
export function checkStoryFiles(files: readonly string[], { strict = false } = {}): CheckReport {
	const report: CheckReport = { problems: [], passed: [], failed: [], stories: new Map() };
	for (const file of files) {
		const result = loadStoryFile(file);
		let problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
		if (strict) problems = problems.map((p) => ({ ...p, severity: 'error' as const }));
		if (problems.length) report.problems.push(formatProblems(file, problems));
		if (!result.ok || problems.some((p) => p.severity === 'error')) {
			report.failed.push(file);
			continue;
		}
		const { story } = result;
		const other = report.stories.get(story.meta.slug);
		if (other) {
			report.problems.push(`${file}: error: $.meta.slug: "${story.meta.slug}" is also the slug of ${other.file} (expected a slug no other story file has)`);
			report.failed.push(file);
			continue;
		}
		report.stories.set(story.meta.slug, { file, story });
		const warnings = result.warnings.length ? `, ${result.warnings.length} warning${result.warnings.length > 1 ? 's' : ''}` : '';
		report.passed.push(`${file}: ok (${story.events.length} events, ${story.quotes.length} quotes, ${story.sources.length} sources${warnings})`);
	}
	return report;
}

/** A fingerprint of the files' names and modification times: the dev server reloads stories when it changes. */
export function storyFilesStamp(files: readonly string[]): string {
	return files.map((file) => `${file}@${statSync(file).mtimeMs}`).join('\n');
}
