/**
 * npm run screenshots:timeline [-- slug …]: PNGs of the timeline graphic in every view the
 * graphic tests check (opening, each chapter, two zoom steps in and out) at 375, 700 and
 * 1280 px, light and dark, into screenshots/timeline/ (not committed). Build first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from './lib/browser';
import { serveDirectory } from './lib/static-server';

const site = JSON.parse(readFileSync('data/site.json', 'utf8')) as { defaultStory: string };
const slugs = process.argv.slice(2).length ? process.argv.slice(2) : [site.defaultStory];
const widths = (process.env.WIDTHS ?? '375,700,1280').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];

async function settle(page: Page) {
	let last = '';
	for (let i = 0; i < 40; i++) {
		await page.waitForTimeout(60);
		const now = await page.locator('[data-timeline]').evaluate((el) => `${el.getAttribute('data-window-start')} ${el.getAttribute('data-window-end')}`);
		if (now === last) return;
		last = now;
	}
}

mkdirSync('screenshots/timeline', { recursive: true });
const server = await serveDirectory('build');
const browser = await launchBrowser();
try {
	for (const slug of slugs) {
		for (const width of widths) {
			for (const scheme of schemes) {
				const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
				const page = await context.newPage();
				const shoot = async (view: string) => {
					await settle(page);
					const name = `screenshots/timeline/${slug}-${width}-${scheme}-${view}.png`;
					await page.locator('[data-timeline]').screenshot({ path: name });
					console.log(name);
				};
				const open = async () => {
					await page.goto(`${server.origin}/${slug}`);
					await page.waitForSelector('[data-timeline][data-ready="true"]');
				};
				await open();
				await shoot('open');
				for (const [direction, steps] of [
					['in', 2],
					['out', 2]
				] as const) {
					await open();
					for (let i = 1; i <= steps; i++) {
						await page.locator(`[data-zoom="${direction}"]`).click();
						await shoot(`zoom-${direction}-${i}`);
					}
				}
				const chapters = await page.locator('[data-chapter]').evaluateAll((els) => els.map((el) => el.getAttribute('data-chapter')!));
				for (const chapter of chapters) {
					await page.locator(`[data-chapter="${chapter}"]`).click();
					await shoot(`chapter-${chapter}`);
				}
				await context.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
