/**
 * Set-up for a browser test file: the test build on a loopback port and
 * Chromium, both started once for all files by global-site.ts; each file
 * connects to the browser and closes what it opened.
 */
import { inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { connectBrowser } from '../../scripts/lib/browser';
import { readJson } from './fixtures';
import type { Story } from '../../src/lib/story/schema';

export interface Site {
	server: { origin: string };
	browser: Browser;
	open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
	close: () => Promise<void>;
}

export async function startSite(): Promise<Site> {
	const server = { origin: inject('siteOrigin') };
	const browser = await connectBrowser(inject('browserEndpoint'));
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

/**
 * Waits until the page has loaded and nothing moves: the scroll position, the
 * document's height and the timeline's window stay the same for `frames`
 * animation frames in a row (at most `timeout` ms). A condition, not a pause:
 * it returns as soon as the page is still, and a page still moving after
 * `timeout` fails the test rather than being measured half-way.
 */
export async function quiet(page: Page, frames = 6, timeout = 10_000): Promise<void> {
	await page.waitForLoadState('load');
	await page.waitForFunction(
		(frames) =>
			new Promise<boolean>((done) => {
				const state = () => {
					const root = document.querySelector('[data-timeline]');
					return [scrollX, scrollY, document.documentElement.scrollHeight, root?.getAttribute('data-window-start'), root?.getAttribute('data-window-end')].join(' ');
				};
				let last = state();
				let same = 0;
				let tries = 0;
				const tick = () => {
					const now = state();
					same = now === last ? same + 1 : 0;
					last = now;
					if (same >= frames) done(true);
					else if (++tries > frames * 4) done(false);
					else requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			}),
		frames,
		{ timeout, polling: 50 }
	);
}
