/**
 * The journalist's path, end to end: one import command on a TimelineJS3
 * file, one build, and the story page shows every imported event under the
 * draft banner. The build is the test build: it holds the importer's output
 * for that file (tests/fixtures/stories/millbrook-bridge.json), and the
 * first test proves the command writes exactly that today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJson } from '../helpers/fixtures';
import { startSite, type Site } from '../helpers/site';
import type { Story } from '../../src/lib/story/schema';

const SLUG = 'millbrook-bridge';
const built = readJson<Story>(`tests/fixtures/stories/${SLUG}.json`);

/** A story with the day it was imported (its lastUpdated, and the method's "Imported on …") and its schema link, which depends on where it was written, left out. */
function undated(story: Story): unknown {
	const { $schema: _, ...rest } = JSON.parse(JSON.stringify(story).replaceAll(story.meta.lastUpdated, 'DAY')) as Story;
	return rest;
}

let workDir: string;
let site: Site;

beforeAll(async () => {
	workDir = mkdtempSync(join(tmpdir(), 'story-import-e2e-'));
	site = await startSite();
});

afterAll(async () => {
	await site?.close();
	rmSync(workDir, { recursive: true, force: true });
});

describe('importing a TimelineJS3 timeline', () => {
	it('one command writes the story the test build holds (all but the day it was written)', () => {
		const out = join(workDir, `${SLUG}.json`);
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-import.ts', 'tests/fixtures/import/timeline.json', '--out', out, '--time-zone', 'Europe/London'], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		const story = JSON.parse(readFileSync(out, 'utf8')) as Story;
		expect(story.events.length).toBe(7);
		expect(story.meta.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(undated(story)).toEqual(undated(built));
	});

	it('shows every imported event on the story page, under the draft banner', async () => {
		const page = await site.open(`/${SLUG}`);
		await expect.poll(() => page.locator('[data-draft-banner]').isVisible()).toBe(true);
		const headings = page.locator('article[data-event-id] h4');
		expect(await headings.count()).toBe(built.events.length);
		for (const event of built.events) {
			const heading = page.locator(`article[data-event-id="${event.id}"] h4`);
			expect(await heading.isVisible(), event.title).toBe(true);
			expect(await heading.textContent()).toBe(event.title);
		}
		expect(await page.locator('h1').textContent()).toBe('The Millbrook bridge saga');
	});
});
