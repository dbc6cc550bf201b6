/**
 * npm run screenshots [-- path …]: PNGs of built pages at 1280 and 375 px, light and dark,
 * into screenshots/ (not committed). Build first (npm run build).
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './lib/browser';
import { serveDirectory } from './lib/static-server';
import { readFileSync } from 'node:fs';

const site = JSON.parse(readFileSync('data/site.json', 'utf8')) as { defaultStory: string };
const paths = process.argv.slice(2).length ? process.argv.slice(2) : [`/${site.defaultStory}`, '/stories'];
const sizes = [
	{ name: 'desktop', width: 1280, height: 800 },
	{ name: 'tablet', width: 700, height: 900 },
	{ name: 'phone', width: 375, height: 812 }
];

mkdirSync('screenshots', { recursive: true });
const server = await serveDirectory('build');
const browser = await launchBrowser();
try {
	for (const path of paths) {
		for (const size of sizes) {
			for (const scheme of ['light', 'dark'] as const) {
				const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme, deviceScaleFactor: 1 });
				const page = await context.newPage();
				await page.goto(server.origin + path);
				await page.waitForSelector('[data-timeline][data-ready="true"]', { timeout: 10_000 }).catch(() => {});
				await page.waitForTimeout(900);
				const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'index'}-${size.name}-${scheme}.png`;
				await page.screenshot({ path: name, fullPage: false });
				console.log(name);
				await context.close();
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}
