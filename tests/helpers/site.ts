/** Shared set-up for browser tests: the built site on a loopback port and one Chromium. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server';
import { readJson } from './fixtures';
import type { Story } from '../../src/lib/story/schema';

export interface Site {
	server: RunningServer;
	browser: Browser;
	open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
	close: () => Promise<void>;
}

export async function startSite(): Promise<Site> {
	if (!existsSync('build/index.html')) throw new Error('build/ is missing: run `npm run build` first (npm test does).');
	const server = await serveDirectory('build');
	const browser = await launchBrowser();
	const contexts: { close: () => Promise<void> }[] = [];
	return {
		server,
		browser,
		async open(path, options = {}) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
			contexts.push(context);
			const page = await context.newPage();
			await page.goto(server.origin + path);
			if (options.javaScriptEnabled !== false && (await page.locator('[data-timeline]').count()) > 0) {
				await page.waitForSelector('[data-timeline][data-ready="true"]');
			}
			return page;
		},
		async close() {
			await Promise.all(contexts.map((c) => c.close().catch(() => {})));
			await browser.close();
			await server.close();
		}
	};
}

export function defaultStory(): Story {
	const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
	return readJson<Story>(`data/stories/${defaultStory}.json`);
}

/** The visible window of the timeline, in wall-clock ms. */
export async function visibleWindow(page: Page): Promise<[number, number]> {
	const root = page.locator('[data-timeline]');
	return [Number(await root.getAttribute('data-window-start')), Number(await root.getAttribute('data-window-end'))];
}

/** Waits until the window stops moving (fly-to animations end). */
export async function settled(page: Page): Promise<[number, number]> {
	let last = await visibleWindow(page);
	for (let i = 0; i < 40; i++) {
		await page.waitForTimeout(60);
		const next = await visibleWindow(page);
		if (next[0] === last[0] && next[1] === last[1]) return next;
		last = next;
	}
	return last;
}
