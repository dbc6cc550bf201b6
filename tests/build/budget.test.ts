/**
 * Byte budgets (issue 7): on a first load, everything a story page requests
 * until its timeline is ready, and until the network is idle after that, is at
 * most 45 KB of JavaScript and 8 KB of CSS, gzipped. Checked on the story page
 * and on the embed. Serves the already-built build/ (npm test builds first);
 * bytes, not timings, so the check is stable in CI. Timings are in
 * `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server';
import { readJson } from '../helpers/fixtures';
import { BUILD_DIR } from '../helpers/build';

export const JS_BUDGET_GZ = 45 * 1024;
export const CSS_BUDGET_GZ = 8 * 1024;

interface Asset {
	url: string;
	type: 'js' | 'css';
	raw: number;
	gzip: number;
}

const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
const PAGES = [`/${defaultStory}`, `/${defaultStory}/embed`];
let server: RunningServer;
let browser: Browser;
const loaded = new Map<string, Asset[]>();

function kindOf(url: string, resourceType: string, contentType: string): Asset['type'] | null {
	const path = new URL(url).pathname;
	if (resourceType === 'script' || /javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (resourceType === 'stylesheet' || /text\/css/.test(contentType) || /\.css$/.test(path)) return 'css';
	return null;
}

/** Every JS and CSS response of a first load of `path` (empty cache), until ready and the network is idle. */
async function assetsOf(path: string): Promise<Asset[]> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const assets: Asset[] = [];
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const request = response.request();
		const type = kindOf(response.url(), request.resourceType(), response.headers()['content-type'] ?? '');
		if (!type) return;
		pending.push(
			response.body().then((body) => {
				assets.push({ url: response.url().replace(server.origin, ''), type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
			})
		);
	});
	await page.goto(`${server.origin}${path}`);
	await page.waitForSelector('[data-timeline][data-ready="true"]', { timeout: 30_000 });
	// Whatever the page starts fetching as it becomes ready (lazy chunks) counts too.
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	return assets.sort((a, b) => a.type.localeCompare(b.type) || b.gzip - a.gzip);
}

beforeAll(async () => {
	if (!existsSync(`${BUILD_DIR}/${defaultStory}.html`)) {
		throw new Error(`${BUILD_DIR}/${defaultStory}.html is missing: run \`npm run build\` before this test (npm test does).`);
	}
	server = await serveDirectory(BUILD_DIR);
	browser = await launchBrowser();
	for (const path of PAGES) loaded.set(path, await assetsOf(path));
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of PAGES) {
	const assets = () => loaded.get(path)!;
	const total = (type: Asset['type'], key: 'raw' | 'gzip') => assets().filter((a) => a.type === type).reduce((sum, a) => sum + a[key], 0);

	describe(`byte budget of ${path} (first load, until ready)`, () => {
		it('reports what it loaded', () => {
			const lines = assets().map((a) => `  ${a.type.padEnd(3)} ${kb(a.raw).padStart(9)} raw ${kb(a.gzip).padStart(8)} gz  ${a.url}`);
			console.log(
				[
					`${path}: ${assets().length} JS/CSS responses`,
					...lines,
					`  JS  total ${kb(total('js', 'raw'))} raw, ${kb(total('js', 'gzip'))} gzipped (budget ${kb(JS_BUDGET_GZ)})`,
					`  CSS total ${kb(total('css', 'raw'))} raw, ${kb(total('css', 'gzip'))} gzipped (budget ${kb(CSS_BUDGET_GZ)})`
				].join('\n')
			);
			expect(assets().some((a) => a.type === 'js')).toBe(true);
		});

		it(`ships at most ${JS_BUDGET_GZ / 1024} KB of JavaScript, gzipped`, () => {
			expect(total('js', 'gzip'), `JS is ${kb(total('js', 'gzip'))} gzipped, over the ${kb(JS_BUDGET_GZ)} budget`).toBeLessThanOrEqual(JS_BUDGET_GZ);
		});

		it(`ships at most ${CSS_BUDGET_GZ / 1024} KB of CSS, gzipped`, () => {
			expect(total('css', 'gzip'), `CSS is ${kb(total('css', 'gzip'))} gzipped, over the ${kb(CSS_BUDGET_GZ)} budget`).toBeLessThanOrEqual(CSS_BUDGET_GZ);
		});
	});
}
