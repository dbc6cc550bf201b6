/**
 * Byte budgets (issue 7): on a first load, everything a story page requests
 * until its timeline is ready, and until the network is idle after that, plus
 * the scripts and stylesheets its HTML carries inline, is at most 45 KB of
 * JavaScript and 8 KB of CSS, gzipped. Checked on the story page
 * and on the embed. Reads the test build (npm test builds it first);
 * bytes, not timings, so the check is stable in CI. Timings are in
 * `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import { readJson } from '../helpers/fixtures';
import { startSite, type Site } from '../helpers/site';
import { BUILD_DIR } from '../helpers/build';
import { inlineCode } from '../../scripts/lib/inline-code';

export const JS_BUDGET_GZ = 45 * 1024;
export const CSS_BUDGET_GZ = 8 * 1024;

/**
 * Each page's budget and what says it is ready. The reader's pages (the
 * story and its embed) have the budget above; the editor's are tools an
 * author opens, with budgets of their own: the editor carries the loader
 * (zod, the JSON parser, every check) and its forms; its preview frame the
 * site's page components and what builds a story's view in the browser.
 */
const BUDGETS: Record<string, { js: number; css: number; ready: string }> = {
	story: { js: JS_BUDGET_GZ, css: CSS_BUDGET_GZ, ready: '[data-timeline][data-ready="true"]' },
	editor: { js: 110 * 1024, css: 12 * 1024, ready: '[data-editor][data-ready]' },
	preview: { js: 115 * 1024, css: 12 * 1024, ready: '.preview-waiting' }
};

interface Asset {
	url: string;
	type: 'js' | 'css';
	raw: number;
	gzip: number;
}

const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
const PAGES: [string, keyof typeof BUDGETS][] = [
	[`/${defaultStory}`, 'story'],
	[`/${defaultStory}/embed`, 'story'],
	['/edit', 'editor'],
	['/edit/preview', 'preview']
];
let site: Site;
const loaded = new Map<string, Asset[]>();

function kindOf(url: string, resourceType: string, contentType: string): Asset['type'] | null {
	const path = new URL(url).pathname;
	if (resourceType === 'script' || /javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (resourceType === 'stylesheet' || /text\/css/.test(contentType) || /\.css$/.test(path)) return 'css';
	return null;
}

/** Every JS and CSS response of a first load of `path` (empty cache), until ready and the network is idle. */
async function assetsOf(path: string, ready: string): Promise<Asset[]> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const assets: Asset[] = [];
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		const request = response.request();
		const type = kindOf(response.url(), request.resourceType(), response.headers()['content-type'] ?? '');
		if (!type) return;
		pending.push(
			response.body().then((body) => {
				assets.push({ url: response.url().replace(site.server.origin, ''), type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
			})
		);
	});
	await page.goto(`${site.server.origin}${path}`);
	await page.waitForSelector(ready, { timeout: 30_000 });
	// Whatever the page starts fetching as it becomes ready (lazy chunks) counts too.
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	// What the HTML carries inline counts as much (each gzipped on its own, as if it were a file).
	inlineCode(readFileSync(join(BUILD_DIR, `${path}.html`), 'utf8')).forEach(({ kind, text }, i) => {
		const body = Buffer.from(text, 'utf8');
		assets.push({ url: `inline ${kind} ${i + 1}`, type: kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
	});
	return assets.sort((a, b) => a.type.localeCompare(b.type) || b.gzip - a.gzip);
}

beforeAll(async () => {
	if (!existsSync(`${BUILD_DIR}/${defaultStory}.html`)) {
		throw new Error(`${BUILD_DIR}/${defaultStory}.html is missing: run \`npm run build\` before this test (npm test does).`);
	}
	site = await startSite();
	for (const [path, budget] of PAGES) loaded.set(path, await assetsOf(path, BUDGETS[budget].ready));
});

afterAll(async () => {
	await site?.close();
});

/** The scripts and stylesheets the prerendered HTML of `path` names (script src, stylesheet and preload links), as paths on this site. */
function referencedBy(path: string): string[] {
	const document = parseDocument(readFileSync(join(BUILD_DIR, `${path}.html`), 'utf8'));
	const rel = (el: { attribs: Record<string, string> }) => (el.attribs.rel ?? '').toLowerCase().split(/\s+/);
	const elements = DomUtils.findAll(
		(el) =>
			(el.name === 'script' && 'src' in el.attribs) ||
			// A disabled stylesheet (SvelteKit's record of one it inlined) is never fetched.
			(el.name === 'link' &&
				!('disabled' in el.attribs) &&
				(rel(el).includes('stylesheet') || rel(el).includes('modulepreload') || (rel(el).includes('preload') && /^(script|style)$/.test(el.attribs.as ?? '')))),
		document.children
	);
	return [...new Set(elements.map((el) => new URL(el.attribs.src ?? el.attribs.href, `http://site${path}`).pathname))];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const [path, budgetName] of PAGES) {
	const budget = BUDGETS[budgetName];
	const assets = () => loaded.get(path)!;
	const total = (type: Asset['type'], key: 'raw' | 'gzip') =>
		assets()
			.filter((a) => a.type === type)
			.reduce((sum, a) => sum + a[key], 0);

	describe(`byte budget of ${path} (first load, until ready)`, () => {
		it('measured every script and stylesheet the page names, byte for byte as built', () => {
			const lines = assets().map((a) => `  ${a.type.padEnd(3)} ${kb(a.raw).padStart(9)} raw ${kb(a.gzip).padStart(8)} gz  ${a.url}`);
			console.log(
				[
					`${path}: ${assets().length} JS/CSS responses`,
					...lines,
					`  JS  total ${kb(total('js', 'raw'))} raw, ${kb(total('js', 'gzip'))} gzipped (budget ${kb(budget.js)})`,
					`  CSS total ${kb(total('css', 'raw'))} raw, ${kb(total('css', 'gzip'))} gzipped (budget ${kb(budget.css)})`
				].join('\n')
			);
			// Every script and stylesheet in the HTML was counted, linked or inline (lazy chunks come on top of these)…
			const referenced = referencedBy(path);
			expect(referenced.filter((url) => url.endsWith('.js')).length, 'the page names no script').toBeGreaterThan(0);
			expect(assets().filter((a) => a.type === 'css').length, 'the page has no styles').toBeGreaterThan(0);
			expect(assets().filter((a) => a.url.startsWith('inline js')).length, 'the theme script is inline').toBe(1);
			const measured = assets().map((a) => a.url);
			for (const url of referenced) expect(measured, `${url} is in the page but was not measured`).toContain(url);
			// …each under its own type, and as many bytes as the built file has, raw and gzipped.
			for (const asset of assets().filter((a) => !a.url.startsWith('inline '))) {
				expect(asset.url, 'an asset from outside the site').toMatch(/^\//);
				const file = readFileSync(join(BUILD_DIR, new URL(asset.url, 'http://site').pathname));
				expect(asset.type, asset.url).toBe(asset.url.split('?')[0].endsWith('.css') ? 'css' : 'js');
				expect([asset.raw, asset.gzip], asset.url).toEqual([file.length, gzipSync(file, { level: 9 }).length]);
			}
		});

		it(`ships at most ${budget.js / 1024} KB of JavaScript, gzipped`, () => {
			expect(total('js', 'gzip'), `JS is ${kb(total('js', 'gzip'))} gzipped, over the ${kb(budget.js)} budget`).toBeLessThanOrEqual(budget.js);
		});

		it(`ships at most ${budget.css / 1024} KB of CSS, gzipped`, () => {
			expect(total('css', 'gzip'), `CSS is ${kb(total('css', 'gzip'))} gzipped, over the ${kb(budget.css)} budget`).toBeLessThanOrEqual(budget.css);
		});
	});
}
