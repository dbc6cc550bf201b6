/**
 * The embed in a real WordPress: Debian's WordPress 6.1 with MariaDB, set up
 * and torn down by scripts/wordpress-test-server.sh, with two posts whose
 * content is the story's URL on a line of its own (as the classic editor
 * keeps it, and in the Embed block the block editor saves). WordPress
 * discovers the oEmbed document from the story page, fetches it over
 * loopback (which only the script's test-only mu-plugin allows), filters its
 * HTML and loads wp-embed.js; the story site is a build of this project for
 * the origin it is served on. At 1280 and 375 px the frame must be shown,
 * take its content's height within 4 px after load and after a selection,
 * open the full story in the top window, and log no errors.
 *
 * Loopback is http; a real site is https, which the block editor needs to turn
 * a pasted URL into an embed (docs/wordpress.md).
 *
 * WORDPRESS_SCREENSHOTS=<dir> writes a screenshot of each post at each width there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../../scripts/lib/browser';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server';
import { buildEnv, copyProject } from '../helpers/build';
import { defaultStory } from '../helpers/site';
import { startWordPress, type RunningWordPress } from '../helpers/wordpress';
import { WORDPRESS_MAX_HEIGHT } from '../../src/lib/embed/wordpress';

const slug = defaultStory().meta.slug;
const TOLERANCE = 4;
const IFRAME = 'iframe.wp-embedded-content';
const SCREENSHOTS = process.env.WORDPRESS_SCREENSHOTS;

let project: string;
let site: RunningServer;
let wordpress: RunningWordPress;
let browser: Browser;

beforeAll(async () => {
	// The story site, built for the origin it is served on (its pages link their oEmbed documents absolutely).
	project = mkdtempSync(join(tmpdir(), 'wordpress-site-'));
	copyProject(project);
	symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
	mkdirSync(join(project, 'build'));
	site = await serveDirectory(join(project, 'build'));
	const build = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', env: buildEnv(site.origin) });
	expect(build.status, build.stdout + build.stderr).toBe(0);
	wordpress = await startWordPress(site.origin, [{ url: `${site.origin}/${slug}` }, { url: `${site.origin}/${slug}`, block: true }]);
	browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await wordpress?.close();
	await site?.close();
	if (project) rmSync(project, { recursive: true, force: true });
}, 60_000);

interface Opened {
	page: Page;
	frame: Frame;
	errors: string[];
}

async function openPost(url: string, width: number): Promise<Opened> {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
	});
	await page.goto(url);
	// WordPress renders the embed on the server, or the bare link when it could not (and remembers that).
	if ((await page.locator(IFRAME).count()) === 0) throw new Error(`WordPress rendered no embed:\n${await page.locator('.entry-content').innerHTML()}`);
	const handle = await page.waitForSelector(IFRAME, { state: 'attached' });
	let frame: Frame | null = null;
	await expect.poll(async () => (frame = await handle.contentFrame()) !== null && frame.url().startsWith(site.origin), { timeout: 15_000 }).toBe(true);
	await frame!.waitForSelector('[data-timeline][data-ready="true"]', { state: 'attached', timeout: 15_000 });
	return { page, frame: frame!, errors };
}

async function fitted({ page, frame }: Opened): Promise<number> {
	const measure = async () => {
		const outer = await page.locator(IFRAME).evaluate((el) => ({ height: el.getBoundingClientRect().height, shown: !el.hasAttribute('style') }));
		const content = await frame.evaluate(() => document.querySelector('[data-story-body]')!.getBoundingClientRect().bottom - document.querySelector('[data-embed]')!.getBoundingClientRect().top);
		return { ...outer, content };
	};
	await expect
		.poll(
			async () => {
				const m = await measure();
				return m.shown && m.content > 200 && Math.abs(m.height - m.content) <= TOLERANCE;
			},
			{ timeout: 15_000 }
		)
		.toBe(true);
	return (await measure()).height;
}

/**
 * The post from its title to the paragraph after the embed, into WORDPRESS_SCREENSHOTS. The viewport is made that tall
 * for it: Chromium paints a frame from another site only where it is in view, so a full-page screenshot has holes.
 */
async function shoot(page: Page, name: string) {
	if (!SCREENSHOTS) return;
	const viewport = page.viewportSize()!;
	const [top, bottom] = await page.evaluate(() => {
		const paragraphs = [...document.querySelectorAll('.entry-content p')];
		const after = paragraphs.find((p) => p.textContent?.includes('continues after'))!;
		return [document.querySelector('h1')!.getBoundingClientRect().top + scrollY, after.getBoundingClientRect().bottom + scrollY];
	});
	await page.setViewportSize({ width: viewport.width, height: Math.ceil(bottom + 48) });
	await page.evaluate(() => scrollTo(0, 0));
	await page.screenshot({ path: join(SCREENSHOTS, name), clip: { x: 0, y: Math.max(0, top - 24), width: viewport.width, height: Math.ceil(bottom - top + 48) } });
	await page.setViewportSize(viewport);
}

const posts = [
	['the URL on a line of its own', 0],
	['the block editor’s Embed block', 1]
] as const;

describe('a story’s URL in a real WordPress post (Debian’s WordPress 6.1)', () => {
	for (const [what, index] of posts) {
		for (const width of [1280, 375]) {
			it(`${what}, at ${width} px: shown, sized to its content after load and after a selection; the full story opens in the top window`, async () => {
				const opened = await openPost(wordpress.posts[index], width);
				const { page, frame, errors } = opened;
				// What WordPress made of the oEmbed HTML: its sandbox, its secret, the blockquote it hides.
				const iframe = page.locator(IFRAME);
				expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
				const secret = await iframe.getAttribute('data-secret');
				expect(secret).toMatch(/^[A-Za-z0-9]{10}$/);
				expect(await iframe.getAttribute('src')).toBe(`${site.origin}/${slug}/embed#?secret=${secret}`);
				expect(await page.locator(`blockquote.wp-embedded-content[data-secret="${secret}"] a`).getAttribute('href')).toBe(`${site.origin}/${slug}`);

				const first = await fitted(opened);
				expect(first).toBeGreaterThan(300);
				expect(first).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
				expect(await page.locator('blockquote.wp-embedded-content').isVisible()).toBe(false);
				const opening = await frame.locator('[data-timeline]').getAttribute('data-selected');
				expect(await frame.evaluate(() => location.hash)).toBe(`#${opening}?secret=${secret}`);
				await shoot(page, `wordpress-${index ? 'block' : 'classic'}-${width}.png`);

				let next = opening;
				for (let i = 0; i < 6 && next === opening; i++) {
					await frame.locator('[data-step="next"]').click();
					next = await frame.locator('[data-timeline]').getAttribute('data-selected');
				}
				expect(next).not.toBe(opening);
				await expect.poll(() => frame.evaluate(() => location.hash)).toBe(`#${next}?secret=${secret}`);
				await fitted(opened);
				await shoot(page, `wordpress-${index ? 'block' : 'classic'}-${width}-selected.png`);

				await frame.locator('[data-embed-header] a.open').click();
				await page.waitForURL(`${site.origin}/${slug}`);
				await page.waitForSelector('[data-timeline][data-ready="true"]');
				expect(errors).toEqual([]);
				await page.context().close();
			});
		}
	}
});
