/**
 * npm run screenshots:editor [-- <slug>]: PNGs of the story editor with a story
 * of the site open (default: the default story) at 375, 700 and 1280 px, light
 * and dark: the start page, the story's meta, an event's form with its preview,
 * and the checks with a problem. Into screenshots/editor/ (not committed).
 * Serves test-build/ when it exists (npm run build:test), else build/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { launchBrowser } from './lib/browser';
import { serveDirectory } from './lib/static-server';

const site = JSON.parse(readFileSync('data/site.json', 'utf8')) as { defaultStory: string };
const slug = process.argv[2] ?? site.defaultStory;
const story = JSON.parse(readFileSync(existsSync(`data/stories/${slug}.json`) ? `data/stories/${slug}.json` : `tests/fixtures/stories/${slug}.json`, 'utf8')) as { events: { when: unknown }[] };
const event = Math.max(
	0,
	story.events.findIndex((e) => typeof e.when === 'string' && /T|morning|evening|afternoon/.test(e.when))
);
const dir = existsSync('test-build/index.html') ? 'test-build' : 'build';
const out = 'screenshots/editor';
mkdirSync(out, { recursive: true });
const server = await serveDirectory(dir);
const browser = await launchBrowser();
try {
	for (const width of [375, 700, 1280]) {
		for (const scheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport: { width, height: width === 375 ? 812 : 900 }, colorScheme: scheme });
			const page = await context.newPage();
			const shot = async (name: string, fullPage = false) => {
				const file = `${out}/${slug}-${width}-${scheme}-${name}.png`;
				await page.screenshot({ path: file, fullPage });
				console.log(file);
			};
			await page.goto(`${server.origin}/edit`);
			await page.waitForSelector('[data-editor][data-ready]');
			await shot('start');
			await page.goto(`${server.origin}/edit?story=${slug}`);
			await page.waitForSelector('[data-editor][data-ready]');
			await page.locator('[data-preview-set-theme="' + scheme + '"]').click();
			await page.frameLocator('[data-preview] iframe').locator('h1').waitFor();
			await shot('meta');
			await page.locator('[data-section-button="events"]').click();
			await page.locator(`[data-item="events[${event}]"] .item-toggle`).click();
			await page.locator(`[data-item="events[${event}]"] .item-toggle`).scrollIntoViewIfNeeded();
			await page.frameLocator('[data-preview] iframe').locator('[data-timeline][data-ready="true"]').waitFor();
			await shot('event');
			await page.locator(`[name="events[${event}].when"]`).fill('2019-12-10 mornin');
			await page.locator(`[data-problem][data-path="events[${event}].when"]`).waitFor();
			await page.locator(`[name="events[${event}].when"]`).scrollIntoViewIfNeeded();
			await shot('problem');
			await page.locator('[data-preview]').scrollIntoViewIfNeeded();
			await shot('preview');
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}
