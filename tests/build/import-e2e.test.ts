/**
 * The journalist's path, end to end: one import command on a TimelineJS3
 * file, one build, and the story page shows every imported event under the
 * draft banner. Runs in a throwaway copy of the project so data/stories and
 * build/ are left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server';
import { buildEnv, copyProject } from '../helpers/build';
import type { Story } from '../../src/lib/story/schema';

const SLUG = 'millbrook-bridge';

let workDir: string;
let project: string;
let story: Story;
let server: RunningServer | undefined;
let browser: Browser | undefined;

beforeAll(() => {
	workDir = mkdtempSync(join(tmpdir(), 'story-import-e2e-'));
	project = join(workDir, 'project');
	mkdirSync(project);
	copyProject(project);
	symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(workDir, { recursive: true, force: true });
});

describe('importing a TimelineJS3 timeline', () => {
	it('imports into the project copy with one command', () => {
		const out = join(project, 'data/stories', `${SLUG}.json`);
		const run = spawnSync('npx', ['tsx', 'scripts/story-import.ts', 'tests/fixtures/import/timeline.json', '--out', out, '--time-zone', 'Europe/London'], { encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		story = JSON.parse(readFileSync(out, 'utf8')) as Story;
		expect(story.events.length).toBe(7);
	});

	it('builds', () => {
		const run = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', env: buildEnv() });
		expect(run.status, run.stdout + run.stderr).toBe(0);
	}, 120_000);

	it('shows every imported event on the story page, under the draft banner', async () => {
		server = await serveDirectory(join(project, 'build'));
		browser = await launchBrowser();
		const page = await browser.newPage();
		await page.goto(`${server.origin}/${SLUG}`);
		await expect.poll(() => page.locator('[data-draft-banner]').isVisible()).toBe(true);
		const headings = page.locator('article[data-event-id] h4');
		expect(await headings.count()).toBe(story.events.length);
		for (const event of story.events) {
			const heading = page.locator(`article[data-event-id="${event.id}"] h4`);
			expect(await heading.isVisible(), event.title).toBe(true);
			expect(await heading.textContent()).toBe(event.title);
		}
		expect(await page.locator('h1').textContent()).toBe('The Millbrook bridge saga');
	});
});
