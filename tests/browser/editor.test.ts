/**
 * The story editor (/edit) as an author uses it, in a real browser on the
 * test build: a story written from the skeleton by keyboard alone and
 * accepted by `story:check`; every story of the repository opened and saved
 * back deep-equal; one edit changing exactly one path and showing in the
 * preview; unsaved work back after a reload; refused files changing nothing;
 * no request leaving the site; axe in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startSite, type Site } from '../helpers/site';
import { allStoryFiles, shippedStory } from '../helpers/fixtures';
import { axeViolations } from '../helpers/axe';

// A page load can take seconds on a busy 2-core machine, and these tests open several pages each.
vi.setConfig({ testTimeout: 180_000 });

let site: Site;
let dir: string;
beforeAll(async () => {
	site = await startSite();
	dir = mkdtempSync(join(tmpdir(), 'editor-'));
});
afterAll(async () => {
	await site?.close();
	rmSync(dir, { recursive: true, force: true });
});

interface Opened {
	page: Page;
	context: BrowserContext;
	/** Every URL the page and its frames requested. */
	requests: string[];
	errors: string[];
}

async function openEditor(path = '/edit', context?: BrowserContext, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
	context ??= await site.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, colorScheme });
	const page = await context.newPage();
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	await page.goto(site.server.origin + path);
	await page.waitForSelector('[data-editor][data-ready]');
	return { page, context, requests, errors };
}

/** Moves the focus to `target` with Tab (or Shift+Tab when it lies behind), as a keyboard user would; returns how many presses it took. */
async function tabTo(page: Page, target: Locator, max = 250): Promise<number> {
	await target.waitFor({ state: 'attached' });
	const backwards = await target.evaluate(
		(el) => !!document.activeElement && document.activeElement !== document.body && (el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
	);
	for (let presses = 0; presses <= max; presses++) {
		if (await target.evaluate((el) => el === document.activeElement)) return presses;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`${target} cannot be reached with the keyboard`);
}

/** Replaces a text control's content by keyboard. */
async function typeInto(page: Page, text: string) {
	await page.keyboard.press('Control+A');
	await page.keyboard.press('Backspace');
	if (text) await page.keyboard.type(text);
}

/** Presses Save and reads the downloaded file. */
async function saveDownload(page: Page): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-save]').click()]);
	const file = join(dir, `${Date.now()}-${download.suggestedFilename()}`);
	await download.saveAs(file);
	return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

/** The paths at which two JSON values differ. */
function differences(a: unknown, b: unknown, path = ''): string[] {
	if (a === b) return [];
	if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key));
	}
	return [path];
}

/** The titles of the working copies the editor keeps in this browser's IndexedDB. */
const keptTitles = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<string[]>((done) => {
				const request = indexedDB.open('story-editor');
				request.onsuccess = () => {
					const all = request.result.transaction('working-copies').objectStore('working-copies').getAll();
					all.onsuccess = () => done(all.result.map((copy: { story: { meta: { title: string } } }) => copy.story.meta.title).sort());
				};
				request.onerror = () => done([]);
			})
	);

const problemCount = (page: Page) => page.locator('[data-problem-count]').getAttribute('data-problem-count').then(Number);

// Some 400 key presses, each followed by a look at the focus: a minute or two on a quiet machine, several on a busy one.
describe('writing a story by keyboard alone', () => {
	it('from the skeleton: meta, a chapter, speakers, two sources, three events, two quotes; problems come and go; story:check accepts the file', async () => {
		const { page, requests, errors } = await openEditor();
		const press = async (target: Locator, key = 'Enter') => {
			await tabTo(page, target);
			await page.keyboard.press(key);
		};
		const fill = async (target: Locator, text: string) => {
			const presses = await tabTo(page, target);
			await typeInto(page, text);
			return presses;
		};
		/** A reference chosen by typing its name, as the list offers it: Enter (or leaving the field) adds it. */
		const choose = async (target: Locator, name: string, commit = 'Enter') => {
			const presses = await tabTo(page, target);
			await page.keyboard.type(name);
			await page.keyboard.press(commit);
			return presses + 1;
		};
		/** A <select> set by typing the start of an option's text. */
		const pick = async (target: Locator, text: string) => {
			const presses = await tabTo(page, target);
			await page.keyboard.type(text);
			return presses;
		};
		const field = (name: string) => page.locator(`[name="${name}"]`);
		const section = (name: string) => press(page.locator(`[data-section-button="${name}"]`));

		await press(page.locator('[data-new]'));
		await page.waitForSelector('[data-section="meta"]');

		// Story: a title (emptied first: its problem appears, then goes), the slug, the zone, the opening window.
		await fill(field('meta.title'), '');
		await expect.poll(() => page.locator('[data-problem][data-path="meta.title"]').count()).toBe(1);
		expect(await problemCount(page)).toBeGreaterThan(0);
		await page.keyboard.type('The harbour vote');
		await expect.poll(() => page.locator('[data-problem][data-path="meta.title"]').count()).toBe(0);
		await fill(field('meta.slug'), 'harbour-vote');
		await fill(field('meta.dek'), 'How a town council voted to sell its harbour, and what the mayor said in private.');
		await fill(field('meta.timeZone'), 'Europe/London');
		await fill(field('meta.focus.from'), '2024-03-05');
		await fill(field('meta.focus.to'), '2024-03-06');
		await fill(field('meta.credits[0].name'), 'Test Desk');
		await fill(field('meta.method'), 'Council minutes and two local reports, read in full.');

		// A chapter.
		await section('chapters');
		await press(page.locator('[data-add="chapters"]'));
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('chapters[1].title');
		await typeInto(page, 'The harbour vote');
		await fill(field('chapters[1].span.from'), '2024-03-05');
		await fill(field('chapters[1].span.to'), '2024-03-06');

		// Two speakers.
		await section('actors');
		for (const [i, name, role] of [
			[1, 'Jane Doe', 'Mayor of Millport'],
			[2, 'John Roe', 'Councillor, harbour committee']
		] as const) {
			await press(page.locator('[data-add="actors"]'));
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(`actors[${i}].name`);
			await typeInto(page, name);
			await fill(field(`actors[${i}].role`), role);
		}

		// Two sources.
		await section('sources');
		for (const [i, outlet, headline, url] of [
			[1, 'Millport Gazette', 'Council votes to sell the harbour', 'https://gazette.example/harbour-vote'],
			[2, 'Millport Council', 'Minutes of the full council, 5 March 2024', 'https://council.example/minutes/2024-03-05']
		] as const) {
			await press(page.locator('[data-add="sources"]'));
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(`sources[${i}].outlet`);
			await typeInto(page, outlet);
			await fill(field(`sources[${i}].reliability`), 'A first-hand record of the meeting.');
			await press(page.locator(`[data-item="sources[${i}]"] details.optional > summary`));
			await fill(field(`sources[${i}].headline`), headline);
			await fill(field(`sources[${i}].url`), url);
			await fill(field(`sources[${i}].published`), '2024-03-06');
		}

		// Three events: one to a part of a day, one to the minute and known to follow the first, one to the day.
		await section('events');
		const steps: number[] = [];
		const events = [
			{ i: 2, title: 'Council meets on the harbour', summary: 'The full council debates the sale of the harbour.', when: '2024-03-05 evening', source: 'Millport Council: Minutes' },
			{ i: 3, title: 'Council votes to sell the harbour', summary: 'The sale is approved by 12 votes to 9.', when: '2024-03-05T21:30', source: 'Millport Gazette' },
			{ i: 4, title: 'Mayor defends the sale', summary: 'The mayor says the harbour could not be kept.', when: '2024-03-06', source: 'Millport Gazette' }
		];
		for (const event of events) {
			let count = 1;
			await press(page.locator('[data-add="events"]'));
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(`events[${event.i}].title`);
			await typeInto(page, event.title);
			count += await fill(field(`events[${event.i}].summary`), event.summary);
			count += await fill(field(`events[${event.i}].when`), event.when);
			count += await pick(field(`events[${event.i}].chapter`), 'The harbour');
			// Tab adds what was typed and moves on, as it moves to the next cell of a spreadsheet.
			count += await choose(field(`events[${event.i}].actors`), 'Jane Doe', 'Tab');
			count += await choose(field(`events[${event.i}].sources`), event.source, 'Tab');
			steps.push(count);
			expect(await page.locator(`[data-refs="events[${event.i}].actors"] [data-ref]`).getAttribute('data-ref')).toBe('jane-doe');
			// The words a reader will see, beside the field.
			await expect.poll(() => page.locator(`[data-words="events[${event.i}].when"]`).textContent()).toMatch(/5 March 2024, evening|5 March 2024, 21:30|6 March 2024/);
		}
		console.log(`Keys to write one event (besides its text): ${steps.join(', ')}`);
		// One spreadsheet row of these fields is nine cells: eight Tabs between them, and one move to a new row.
		expect(Math.max(...steps), `steps per event: ${steps.join(', ')}`).toBeLessThanOrEqual(9);
		await press(page.locator('[data-item="events[3]"] .item-toggle'));
		await press(page.locator('[data-item="events[3]"] details.optional > summary'));
		await choose(field('events[3].after'), 'Council meets on the harbour');
		await expect.poll(() => page.locator('[data-item="events[3]"] [data-refs="events[3].after"] [data-ref]').getAttribute('data-ref')).toBe('council-meets-on-the-harbour');

		// Two quotes, with their settings and speakers.
		await section('quotes');
		for (const [i, text, eventName, speaker, setting] of [
			[1, 'We could not keep the harbour and the schools both.', 'Mayor defends', 'Jane Doe', 'Broadcast'],
			[2, 'This is a sad night for Millport.', 'Council votes', 'John Roe', 'Speech']
		] as const) {
			await press(page.locator('[data-add="quotes"]'));
			await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(`quotes[${i}].text`);
			await typeInto(page, text);
			await pick(field(`quotes[${i}].event`), eventName);
			await pick(field(`quotes[${i}].speaker`), speaker);
			await pick(field(`quotes[${i}].setting`), setting);
			await fill(field(`quotes[${i}].venue`), 'Full council meeting');
			await choose(field(`quotes[${i}].sources`), 'Millport Gazette');
		}
		expect(await field('quotes[2].speaker').inputValue()).toBe('john-roe');
		expect(await field('quotes[2].setting').inputValue()).toBe('speech');

		// The skeleton's examples go, with the references to them.
		for (const [collection, count] of [
			['quotes', 1],
			['events', 2],
			['chapters', 1],
			['actors', 1],
			['sources', 1]
		] as const) {
			await section(collection);
			for (let n = 0; n < count; n++) {
				await press(page.locator(`[data-delete="${collection}[0]"]`));
				const confirm = page.locator('[data-confirm-delete="remove-references"]');
				if (await confirm.isVisible().catch(() => false)) await press(confirm);
			}
		}
		await section('meta');
		await expect
			.poll(() => problemCount(page), { timeout: 10_000 })
			.toBe(0)
			.catch(async (error) => {
				throw new Error(`${(error as Error).message}\n${(await page.locator('[data-problem-item]').allTextContents()).join('\n')}`);
			});

		// The preview draws it.
		const preview = page.frameLocator('[data-preview] iframe');
		await expect.poll(() => preview.locator('h1').textContent(), { timeout: 15_000 }).toBe('The harbour vote');
		expect(await preview.locator('article[data-event-id]').count()).toBe(3);

		const saved = await saveDownload(page);
		expect(saved.name).toBe('harbour-vote.json');
		const story = JSON.parse(saved.text);
		expect(story.events.map((e: { id: string }) => e.id)).toEqual(['council-meets-on-the-harbour', 'council-votes-to-sell-the-harbour', 'mayor-defends-the-sale']);
		expect(story.events[1].after).toBe('council-meets-on-the-harbour');
		expect(story.events[0].when).toBe('2024-03-05 evening');
		expect(story.quotes.map((q: { speaker: string; setting: string }) => `${q.speaker} ${q.setting}`)).toEqual(['jane-doe broadcast-interview', 'john-roe speech']);
		const file = join(dir, saved.name);
		writeFileSync(file, saved.text);
		const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', file], { encoding: 'utf8' });
		expect(check.stderr.split('\n').filter((line) => / error: /.test(line))).toEqual([]);
		expect(check.status, check.stderr).toBe(0);
		expect(check.stdout).toContain('harbour-vote.json: ok (3 events, 2 quotes, 2 sources');
		expect(requests.filter((url) => !url.startsWith(`${site.server.origin}/`))).toEqual([]);
		expect(errors).toEqual([]);
	}, 600_000);
});

describe('opening and saving', () => {
	it('every story of the repository opens from a file and saves back deep-equal', async () => {
		const { page, requests, errors } = await openEditor();
		for (const file of allStoryFiles()) {
			await page.locator('[data-open]').setInputFiles(file);
			await expect.poll(() => page.locator('[data-origin]').getAttribute('data-origin')).toBe('file');
			await expect.poll(() => page.locator('.file-name').textContent()).toBe(JSON.parse(readFileSync(file, 'utf8')).meta.title);
			const saved = await saveDownload(page);
			expect(saved.name, file).toBe(basename(file));
			expect(JSON.parse(saved.text), file).toEqual(JSON.parse(readFileSync(file, 'utf8')));
		}
		expect(requests.filter((url) => !url.startsWith(`${site.server.origin}/`))).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('one edited field changes exactly that path, and the preview shows it', async () => {
		const original = shippedStory();
		const { page } = await openEditor(`/edit?story=${original.meta.slug}`);
		await page.locator('[data-section-button="events"]').click();
		await page.locator('[data-item="events[3]"] .item-toggle').click();
		const title = page.locator('[name="events[3].title"]');
		await title.fill('An edited title');
		const saved = await saveDownload(page);
		const served = JSON.parse(await (await fetch(`${site.server.origin}/${original.meta.slug}/story.json`)).text());
		expect(differences(served, JSON.parse(saved.text))).toEqual(['events[3].title']);
		const preview = page.frameLocator('[data-preview] iframe');
		await expect.poll(() => preview.locator(`article[data-event-id="${original.events[3].id}"] h4`).textContent(), { timeout: 15_000 }).toBe('An edited title');
		// The edited event is the one the preview selects.
		await expect.poll(() => preview.locator('[data-timeline]').getAttribute('data-selected')).toBe(original.events[3].id);
	});

	it('the preview of a long story holds every event, on one page', async () => {
		const long = JSON.parse(readFileSync('tests/fixtures/stories/long-fixture.json', 'utf8'));
		expect(long.events.length).toBeGreaterThan(50);
		const { page } = await openEditor(`/edit?story=${long.meta.slug}`);
		const preview = page.frameLocator('[data-preview] iframe');
		await expect.poll(() => preview.locator('article[data-event-id]').count(), { timeout: 20_000 }).toBe(long.events.length);
		expect(await preview.locator('[data-pager-range]').count()).toBe(0);
	});

	it('a TimelineJS3 file is imported as a draft, with the importer’s warnings', async () => {
		const { page } = await openEditor();
		await page.locator('[data-open]').setInputFiles('tests/fixtures/import/timeline.json');
		await expect.poll(() => page.locator('[data-origin]').getAttribute('data-origin')).toBe('import');
		expect(await page.locator('[data-notice="warning"] .notice-title').textContent()).toMatch(/Imported timeline\.json as a draft \(7 events\)/);
		expect(await page.locator('[name="meta.draft"]').isChecked()).toBe(true);
	});
});

describe('workbooks', () => {
	it('a story saved as .xlsx and .ods opens again as the same story; a workbook LibreOffice saved opens; a bad cell is named', async () => {
		const original = shippedStory();
		const { page, errors } = await openEditor(`/edit?story=${original.meta.slug}`);
		const served = JSON.parse(await (await fetch(`${site.server.origin}/${original.meta.slug}/story.json`)).text());
		for (const format of ['xlsx', 'ods'] as const) {
			await page.locator('[data-section-button="meta"]').click();
			const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-save-workbook="${format}"]`).click()]);
			expect(download.suggestedFilename()).toBe(`${original.meta.slug}.${format}`);
			const file = join(dir, download.suggestedFilename());
			await download.saveAs(file);
			await page.locator('[data-open]').setInputFiles(file);
			await expect.poll(() => page.locator('[data-status]').textContent()).toBe(`Opened ${original.meta.slug}.${format}.`);
			const saved = await saveDownload(page);
			expect(JSON.parse(saved.text), format).toEqual(served);
			await page.goto(`${site.server.origin}/edit?story=${original.meta.slug}`);
			await page.waitForSelector('[data-editor][data-ready]');
		}
		await page.locator('[data-open]').setInputFiles('tests/fixtures/workbooks/libreoffice/ashworth-leak-2019.xlsx');
		await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Opened ashworth-leak-2019.xlsx.');
		expect(await page.locator('.file-name').textContent()).toBe(original.meta.title);
		await page.locator('[data-open]').setInputFiles('tests/fixtures/workbooks/cells/error-cell.xlsx');
		await expect.poll(() => page.locator('[data-notice="error"] .notice-title').textContent()).toBe('error-cell.xlsx was not opened');
		expect(await page.locator('[data-notice="error"] li').allTextContents()).toContain('error-cell.xlsx: error: Events!C2: holds the spreadsheet error #DIV/0! (expected a value)');
		expect(await page.locator('.file-name').textContent()).toBe(original.meta.title);
		expect(errors).toEqual([]);
	});
});

describe('nothing lost', () => {
	it('a reload brings unsaved work back; opening the same story from the site offers it', async () => {
		const first = await openEditor('/edit?new');
		await first.page.locator('[name="meta.title"]').fill('Unsaved headline');
		await expect.poll(() => first.page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('true');
		// Kept after the change: reload, as after a crash.
		await expect.poll(() => keptTitles(first.page)).toEqual(['Unsaved headline']);
		await first.page.reload();
		await first.page.waitForSelector('[data-editor][data-ready]');
		await expect.poll(() => first.page.locator('[name="meta.title"]').inputValue()).toBe('Unsaved headline');
		expect(await first.page.locator('[data-notice="info"] .notice-title').textContent()).toBe('Restored your unsaved work');

		// Work on a site story, then open it again: the site's version, and an offer of the unsaved changes.
		const slug = shippedStory().meta.slug;
		const page = await first.context.newPage();
		await page.goto(`${site.server.origin}/edit?story=${slug}`);
		await page.waitForSelector('[data-editor][data-ready]');
		await page.locator('[name="meta.title"]').fill('Edited on the site story');
		await expect.poll(() => page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('true');
		await expect.poll(() => keptTitles(page)).toContain('Edited on the site story');
		await page.reload();
		await page.waitForSelector('[data-editor][data-ready]');
		expect(await page.locator('[name="meta.title"]').inputValue()).toBe(shippedStory().meta.title);
		await page.locator('[data-restore-offer] [data-restore]').click();
		expect(await page.locator('[name="meta.title"]').inputValue()).toBe('Edited on the site story');
	});

	it('a refused file changes nothing: not JSON, UTF-16, a duplicate key, not a story', async () => {
		const { page } = await openEditor(`/edit?story=${shippedStory().meta.slug}`);
		await page.locator('[name="meta.title"]').fill('Work in progress');
		const bad: [string, Buffer, RegExp][] = [
			['broken.json', Buffer.from('{ "meta": '), /broken\.json: error: \$: is not valid JSON/],
			['utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]), /utf16\.json: error: \$: is UTF-16/],
			['twice.json', Buffer.from('{"meta": {}, "meta": {}}'), /twice\.json: error: \$\.meta: appears twice in the same object/],
			['package.json', Buffer.from('{"name": "not-a-story"}'), /package\.json: error: /],
			['notes.csv', Buffer.from('just,some\ncells,here\n'), /notes\.csv: cannot tell the format/]
		];
		for (const [name, content, line] of bad) {
			await page.locator('[data-open]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: content });
			await expect.poll(() => page.locator('[data-notice="error"] .notice-title').textContent()).toBe(`${name} was not opened`);
			expect(await page.locator('[data-notice="error"] li').first().textContent()).toMatch(line);
			expect(await page.locator('[data-notice="error"]').textContent()).not.toMatch(/\bat \S+:\d+/);
			expect(await page.locator('[name="meta.title"]').inputValue()).toBe('Work in progress');
			expect(await page.locator('[data-dirty]').getAttribute('data-dirty')).toBe('true');
		}
	});
});

describe('accessibility (axe-core)', () => {
	for (const scheme of ['light', 'dark'] as const) {
		it(`the editor in ${scheme}, with an event's form open and a problem shown`, async () => {
			const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
			const { page } = await openEditor('/edit', context, scheme);
			expect(await axeViolations(page)).toEqual([]);
			await page.goto(`${site.server.origin}/edit?story=${shippedStory().meta.slug}`);
			await page.waitForSelector('[data-editor][data-ready]');
			const index = shippedStory().events.findIndex((e: { when: unknown }) => typeof e.when === 'string');
			await page.locator('[data-section-button="events"]').click();
			await page.locator(`[data-item="events[${index}]"] .item-toggle`).click();
			await page.locator(`[name="events[${index}].when"]`).fill('2019-13-01');
			await page.locator(`[data-problem][data-path="events[${index}].when"]`).waitFor();
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		});
	}
});
