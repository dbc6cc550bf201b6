/**
 * The story page printed to PDF by Chromium and read back with pdftotext
 * (poppler-utils): the chronology with numbered footnotes and the source
 * list, all of it, even the parts the page had not laid out yet
 * (content-visibility while it loads). tests/browser/literacy.test.ts and
 * speed.test.ts check the print layout itself in `npm test`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startSite, defaultStory, type Site } from '../helpers/site';
import { storySchema } from '../../src/lib/story/schema';

const story = storySchema.parse(defaultStory());
const slug = story.meta.slug;
const titles = story.events.slice(0, 50).map((e) => e.title);

let site: Site;
let dir: string;
beforeAll(async () => {
	site = await startSite();
	dir = mkdtempSync(join(tmpdir(), 'print-'));
});
afterAll(async () => {
	await site?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** The page printed on A4, as pdftotext reads it, with runs of white space as one space. */
async function printed(page: Page, name: string, layout: boolean): Promise<string> {
	await page.emulateMedia({ media: 'print' });
	writeFileSync(join(dir, `${name}.pdf`), await page.pdf({ format: 'A4' }));
	const run = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
	expect(run.status, run.stderr).toBe(0);
	return run.stdout.replace(/\s+/g, ' ');
}

describe('the story page, printed', () => {
	it('prints as a chronology with numbered footnotes and the source list', async () => {
		const text = await printed(await site.open(`/${slug}`), 'story', true);
		for (const event of story.events.slice(0, 5)) expect(text).toContain(event.title.slice(0, 30));
		expect(text).toMatch(/\[\d+\]/);
		expect(text).toContain(story.sources[story.sources.length - 1].outlet);
	});

	it('prints all of it while the body is still deferred', async () => {
		const page = await site.open(`/${slug}`);
		await page.evaluate(() => document.documentElement.setAttribute('data-body-deferred', ''));
		const text = await printed(page, 'deferred', false);
		for (const title of [titles[0], titles[titles.length - 1]]) expect(text).toContain(title.slice(0, 30));
		expect(text).toContain(story.sources[story.sources.length - 1].outlet);
	});
});
