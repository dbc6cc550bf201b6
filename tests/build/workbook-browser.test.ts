/**
 * The workbook code runs in a browser, as the editor needs it: bundled by
 * Vite for the browser (src/lib/workbook with the story's loader), it holds
 * no Node API, and in Debian's Chromium it writes xlsx, ods and CSV and reads
 * them back to the same story. Also the bytes it adds to a bundle, gzipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser';

/** What the workbook code, SheetJS, fflate and csv-parse's browser build add to the loader's bundle, gzipped, with room to grow (measured: about 165 KB). */
const ADDED_BUDGET_GZ = 180 * 1024;

let dir: string;
let browser: Browser;
const bundles = new Map<string, string>();

async function bundle(name: string, source: string): Promise<string> {
	const entry = join(dir, `${name}.ts`);
	writeFileSync(entry, source);
	const output = (await build({
		configFile: false,
		logLevel: 'silent',
		root: dir,
		build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: name } }
	})) as Rolldown.RolldownOutput[];
	return output[0].output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'workbook-bundle-'));
	const lib = (path: string) => JSON.stringify(resolve('src/lib', path));
	bundles.set('loader', await bundle('loader', `export { loadStory } from ${lib('story/load.ts')};`));
	bundles.set('workbook', await bundle('workbook', `export { loadStory } from ${lib('story/load.ts')};\nexport * from ${lib('workbook/index.ts')};`));
	browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	rmSync(dir, { recursive: true, force: true });
});

const gzipped = (code: string) => gzipSync(code, { level: 9 }).length;

describe('the workbook code in a browser bundle', () => {
	it('holds no Node API and imports nothing it does not bundle', () => {
		const code = bundles.get('workbook')!;
		expect(code).not.toMatch(/\bfrom\s*["'](node:|fs|path|buffer|stream)/);
		expect(code).not.toMatch(/\bimport\s*\(\s*["']node:/);
		expect(code).not.toMatch(/^import\s/m);
	});

	it(`adds at most ${ADDED_BUDGET_GZ / 1024} KB gzipped to the loader's bundle`, () => {
		const added = gzipped(bundles.get('workbook')!) - gzipped(bundles.get('loader')!);
		console.log(`workbook bundle: ${(gzipped(bundles.get('workbook')!) / 1024).toFixed(1)} KB gzipped, ${(added / 1024).toFixed(1)} KB more than the loader's alone`);
		expect(added).toBeGreaterThan(50 * 1024);
		expect(added).toBeLessThan(ADDED_BUDGET_GZ);
	});

	it('writes and reads back the same story in Chromium, in xlsx, ods and CSV', async () => {
		const page = await browser.newPage();
		try {
			const stories = ['tests/fixtures/stories/minimal.json', 'tests/fixtures/workbooks/tricky-text.json'].map((file) => readFileSync(file, 'utf8'));
			// Loaded as a module from a blob, in a string: Vitest would rewrite an import() written in this file.
			await page.evaluate(`window.bundle = ${JSON.stringify(bundles.get('workbook'))}`);
			await page.evaluate("(async () => { window.workbook = await import(URL.createObjectURL(new Blob([window.bundle], { type: 'text/javascript' }))); })()");
			const results = await page.evaluate(
				(stories) => {
					const m = (window as any).workbook;
					return stories.map((json) => {
						const loaded = m.loadStory(new TextEncoder().encode(json));
						if (!loaded.ok) return { error: 'the story does not load' };
						const same = (result: { ok: boolean; story?: unknown }) => result.ok && JSON.stringify(result.story) === JSON.stringify(loaded.story);
						const xlsx = m.writeWorkbook(loaded.story, 'xlsx');
						return {
							isBuffer: typeof (globalThis as { Buffer?: unknown }).Buffer !== 'undefined',
							xlsxBytes: xlsx instanceof Uint8Array && xlsx.length,
							xlsx: same(m.readWorkbook(xlsx)),
							ods: same(m.readWorkbook(m.writeWorkbook(loaded.story, 'ods'))),
							csv: same(m.readStoryCsv(m.writeStoryCsv(loaded.story)))
						};
					});
				},
				stories
			);
			for (const result of results) expect(result).toEqual({ isBuffer: false, xlsxBytes: expect.any(Number), xlsx: true, ods: true, csv: true });
		} finally {
			await page.close();
		}
	});
});
