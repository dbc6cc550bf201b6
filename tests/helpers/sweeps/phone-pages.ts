/**
 * No page scrolls sideways on a phone: every page the test build wrote, and
 * each embed with its whole chronology, with every <details> open and the
 * body laid out in full. `npm test` opens the shipped story's pages, the
 * fixture with long words and times in other zones, the index, the list and
 * the editor; `npm run test:full` every other page.
 */
import { expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { BUILD_DIR } from '../build';
import { defaultStory, type Site } from '../site';

export const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' as const };

/**
 * Width of the page beyond the screen (0 when nothing scrolls sideways). Against
 * the screen's width, not innerWidth: on a phone (isMobile) a page wider than
 * the screen widens the layout viewport to fit, so innerWidth grows with it.
 */
const sideways = (page: Page) => page.evaluate((width) => document.documentElement.scrollWidth - width, PHONE.viewport.width);

/** Every page the build wrote (chronology fragments are parts of a page), and each embed with the whole chronology. */
function builtPages(dir = BUILD_DIR): string[] {
	// Without a build, startSite says so; the list is read while the tests are collected, before it runs.
	if (!existsSync(dir)) return [];
	const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.includes('/chronology/'))
		.map((file) => `/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`)
		.sort();
	return [...pages, ...pages.filter((page) => page.endsWith('/embed')).map((page) => `${page}?full`)];
}

/** What sticks out past the right edge of the screen, innermost first: `tag.class "text"`, for a failure that says where to look. */
const overflowing = (page: Page) =>
	page.evaluate(
		(width) =>
			[...document.body.querySelectorAll('*')]
				.filter((el) => {
					const box = el.getBoundingClientRect();
					return box.width > 0 && box.right > width + 1 && ![...el.children].some((child) => child.getBoundingClientRect().right > width + 1);
				})
				.slice(0, 8)
				.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 60)}" (right ${Math.round(el.getBoundingClientRect().right)})`),
		PHONE.viewport.width
	);

const QUICK_STORIES = [defaultStory().meta.slug, 'wrap-fixture'];
const isQuick = (path: string) => ['/', '/stories', '/edit', '/edit/preview'].includes(path) || QUICK_STORIES.some((slug) => path === `/${slug}` || path.startsWith(`/${slug}/`));

export function phonePageSweeps(site: () => Site, which: 'quick' | 'rest') {
	const pages = builtPages();

	if (which === 'quick') {
		it('covers every story and fixture, the one with long words and other zones among them', () => {
			for (const slug of ['ashworth-leak-2019', 'bridge-fixture', 'fixture-de', 'long-fixture', 'minimal', 'wrap-fixture']) {
				expect(pages, slug).toEqual(expect.arrayContaining([`/${slug}`, `/${slug}/embed`, `/${slug}/embed?full`, `/${slug}/classroom`]));
			}
			expect(pages).toEqual(expect.arrayContaining(['/', '/stories', '/long-fixture/page/2', '/edit']));
		});
	}

	for (const path of pages.filter((path) => isQuick(path) === (which === 'quick'))) {
		it(`${path}, with every <details> open`, async () => {
			const page = await site().open(path, PHONE);
			// The body is laid out in full once the page has loaded (story-layout.css), and what a reader can open is open.
			await expect.poll(() => page.evaluate(() => document.readyState === 'complete' && !document.documentElement.hasAttribute('data-body-deferred'))).toBe(true);
			await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
			const excess = await sideways(page);
			expect(excess > 0 ? await overflowing(page) : [], `${path} scrolls ${excess} px sideways`).toEqual([]);
			expect(excess).toBeLessThanOrEqual(0);
			await page.context().close();
		});
	}
}
