/**
 * The embed in WordPress, driven by Debian's own wp-embed.js (read from the
 * `wordpress` package at test time, never copied into the repository): the
 * story's oEmbed HTML, as the build wrote it, is put into a post the way
 * WordPress 6.1 does for a provider it does not know (tests/helpers/wordpress.ts:
 * sanitized, sandboxed, `#?secret=…`, hidden until the frame speaks), on a
 * host page of another origin. The frame must be shown, take its content's
 * height (WordPress allows 200–1000 px) after load and after a selection,
 * keep WordPress's secret, open the site's links in the top window and offer
 * other sites' addresses to copy. A real WordPress: tests/full/wordpress.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSite, defaultStory, type Site } from '../helpers/site';
import { BUILD_DIR } from '../helpers/build';
import { serveDirectory, type RunningServer } from '../../scripts/lib/static-server';
import { wordpressFilteredEmbed, wordpressPost, wpEmbedScript } from '../helpers/wordpress';
import { WORDPRESS_MAX_HEIGHT } from '../../src/lib/embed/wordpress';

const slug = defaultStory().meta.slug;
const SECRET = 'Wp7secRet1';
/** The tolerance: the frame's height within 4 px of its content's. */
const TOLERANCE = 4;
const IFRAME = 'iframe.wp-embedded-content';

let site: Site;
let host: RunningServer;
let hostDir: string;
const contexts: BrowserContext[] = [];

/** The built oEmbed document's HTML, with the build's origin replaced by the test server's (the build names TEST_SITE_ORIGIN). */
function oembedHtml(name: string): string {
	const oembed = JSON.parse(readFileSync(join(BUILD_DIR, name, 'oembed.json'), 'utf8')) as { html: string; provider_url: string };
	return oembed.html.replaceAll(new URL(oembed.provider_url).origin, site.server.origin);
}

beforeAll(async () => {
	site = await startSite();
	hostDir = mkdtempSync(join(tmpdir(), 'wordpress-host-'));
	writeFileSync(join(hostDir, 'wp-embed.js'), wpEmbedScript());
	const html = oembedHtml(slug);
	writeFileSync(join(hostDir, 'post.html'), wordpressPost(wordpressFilteredEmbed(html, SECRET)));
	// The whole chronology, taller than WordPress lets a frame be.
	writeFileSync(join(hostDir, 'full.html'), wordpressPost(wordpressFilteredEmbed(html.replace(`/${slug}/embed"`, `/${slug}/embed?full=1"`), SECRET)));
	// A frame without a secret (HTML that did not pass through WordPress's filter): wp-embed.js gives it one, in the
	// frame's hash, when the page has loaded. Run here once the frame has loaded, as when wp-embed.js comes late: run
	// while the frame is still loading, the new hash can be lost, for WordPress's own embeds as for ours.
	const afterFrame = `<script>document.querySelector('iframe').addEventListener('load', () => {
		const script = document.createElement('script');
		script.textContent = ${JSON.stringify(wpEmbedScript()).replace(/</g, '\\u003c')};
		document.body.append(script);
	}, { once: true });</script>`;
	const unsigned = wordpressFilteredEmbed(html, SECRET)
		.replace(/#\?secret=\w+/, '')
		.replace(/ data-secret="\w+"/g, '');
	writeFileSync(join(hostDir, 'late.html'), wordpressPost(unsigned, afterFrame));
	host = await serveDirectory(hostDir);
	expect(new URL(host.origin).port).not.toBe(new URL(site.server.origin).port);
});

afterAll(async () => {
	await Promise.all(contexts.map((c) => c.close().catch(() => {})));
	await site?.close();
	await host?.close();
	if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

interface Opened {
	page: Page;
	frame: Frame;
	/** Uncaught errors, console errors and failed requests, from the post and the frame. */
	errors: string[];
}

async function openPost(path: string, width: number): Promise<Opened> {
	const context = await site.browser.newContext({ viewport: { width, height: 900 } });
	contexts.push(context);
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
	});
	await page.goto(host.origin + path);
	const handle = await page.waitForSelector(IFRAME, { state: 'attached' });
	let frame: Frame | null = null;
	await expect.poll(async () => (frame = await handle.contentFrame()) !== null && frame.url().startsWith(site.server.origin), { timeout: 15_000 }).toBe(true);
	await frame!.waitForSelector('[data-timeline][data-ready="true"]', { state: 'attached', timeout: 15_000 });
	return { page, frame: frame!, errors };
}

/** The iframe's height in the post, whether WordPress shows it, and the embed's content height inside it. */
async function measure({ page, frame }: Opened) {
	const outer = await page.locator(IFRAME).evaluate((el) => ({
		height: el.getBoundingClientRect().height,
		// wp-embed.js removes the style that hides the frame on the frame's first message (and hides the blockquote with the same secret).
		shown: !el.hasAttribute('style'),
		quoteShown: getComputedStyle(document.querySelector('blockquote.wp-embedded-content')!).display !== 'none'
	}));
	const content = await frame.evaluate(() => document.querySelector('[data-story-body]')!.getBoundingClientRect().bottom - document.querySelector('[data-embed]')!.getBoundingClientRect().top);
	return { ...outer, content };
}

/** Waits until WordPress shows the frame at its content's height (within TOLERANCE); returns that height. */
async function fitted(opened: Opened): Promise<number> {
	await expect
		.poll(
			async () => {
				const m = await measure(opened);
				return m.shown && m.content > 200 && Math.abs(m.height - m.content) <= TOLERANCE;
			},
			{ timeout: 10_000 }
		)
		.toBe(true);
	const { height, content } = await measure(opened);
	expect(Math.abs(height - content)).toBeLessThanOrEqual(TOLERANCE);
	return height;
}

const frameHash = (frame: Frame) => frame.evaluate(() => location.hash);

describe('a story embedded in a WordPress post (Debian’s wp-embed.js)', () => {
	for (const width of [1280, 375]) {
		it(`at ${width} px: shown, as tall as its content after load and after a selection, and WordPress’s secret kept`, async () => {
			const opened = await openPost('/post.html', width);
			const { page, frame, errors } = opened;
			const first = await fitted(opened);
			expect((await measure(opened)).quoteShown).toBe(false);
			expect(first).toBeGreaterThan(300);
			expect(first).toBeLessThanOrEqual(WORDPRESS_MAX_HEIGHT);
			// Selected the focus event, and the hash still ends with the secret WordPress gave it.
			const opening = await frame.locator('[data-timeline]').getAttribute('data-selected');
			expect(opening).toBeTruthy();
			expect(await frameHash(frame)).toBe(`#${opening}?secret=${SECRET}`);
			// Another event: another height, again fitted, and the secret still there.
			let next = opening;
			for (let i = 0; i < 6 && next === opening; i++) {
				await frame.locator('[data-step="next"]').click();
				next = await frame.locator('[data-timeline]').getAttribute('data-selected');
			}
			expect(next).not.toBe(opening);
			await expect.poll(() => frameHash(frame)).toBe(`#${next}?secret=${SECRET}`);
			await fitted(opened);
			// WordPress's ready message (it sends one on load) is answered with the height again.
			await page.evaluate(() => {
				const iframe = document.querySelector('iframe')!;
				iframe.height = '300';
				iframe.contentWindow!.postMessage({ message: 'ready', secret: iframe.dataset.secret }, '*');
			});
			await fitted(opened);
			// The post's paragraph after the embed follows the frame: nothing overlaps it.
			const [frameBottom, afterTop] = await page.evaluate(() => [document.querySelector('iframe')!.getBoundingClientRect().bottom, document.getElementById('after')!.getBoundingClientRect().top]);
			expect(afterTop).toBeGreaterThanOrEqual(frameBottom);
			expect(errors).toEqual([]);
		});
	}

	it('“Open the full story” opens the story in the top window (WordPress’s link message)', async () => {
		const opened = await openPost('/post.html', 1280);
		await fitted(opened);
		const selected = await opened.frame.locator('[data-timeline]').getAttribute('data-selected');
		await opened.frame.locator('[data-embed-header] a.open').click();
		await opened.page.waitForURL(`${site.server.origin}/${slug}`);
		await opened.page.waitForSelector('[data-timeline][data-ready="true"]');
		expect(selected).toBeTruthy();
		expect(opened.errors).toEqual([]);
	});

	it('a link to another site says the frame cannot open it and offers its address, selected, to copy', async () => {
		const opened = await openPost('/post.html', 375);
		await fitted(opened);
		const { page, frame } = opened;
		// The sources are behind "How this reached you".
		const article = frame.locator('[data-story-body] article[aria-current="true"]');
		await article.locator('details > summary >> visible=true').first().click();
		const external = article.locator('details[open] a[href^="https://"] >> visible=true').first();
		const href = await external.getAttribute('href');
		expect(href).toBeTruthy();
		const pages = page.context().pages().length;
		await external.click();
		const offer = frame.locator('[data-copy-address]');
		await expect.poll(() => offer.isVisible()).toBe(true);
		expect(await offer.locator('[data-copy-address-url]').inputValue()).toBe(new URL(href!).href);
		// The address is selected, ready for Ctrl+C, and the box is inside the frame's visible height.
		expect(
			await frame.evaluate(
				() =>
					String(getSelection()) ||
					(document.activeElement as HTMLInputElement).value.slice((document.activeElement as HTMLInputElement).selectionStart!, (document.activeElement as HTMLInputElement).selectionEnd!)
			)
		).toBe(new URL(href!).href);
		const [top, bottom] = await offer.evaluate((el) => [el.getBoundingClientRect().top, el.getBoundingClientRect().bottom]);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(bottom).toBeLessThanOrEqual(await frame.evaluate(() => innerHeight));
		// The Clipboard API is not allowed in a cross-origin frame; the browser's copy of the selection is.
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
		await offer.getByRole('button', { name: 'Copy' }).click();
		await expect.poll(() => offer.locator('[role="status"]').textContent()).toBe('Copied to the clipboard.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(href!).href);
		await frame.locator('[data-copy-address-url]').press('Escape');
		await expect.poll(() => offer.isVisible()).toBe(false);
		expect(await frame.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
		// Nothing opened, nothing navigated.
		expect(page.context().pages().length).toBe(pages);
		expect(page.url()).toBe(`${host.origin}/post.html`);
		expect(opened.errors).toEqual([]);
	});

	it('the whole chronology stops at WordPress’s 1000 px and ends with a link to continue on the site', async () => {
		const opened = await openPost('/full.html', 1280);
		const { page, frame } = opened;
		await expect.poll(async () => (await measure(opened)).shown).toBe(true);
		await expect.poll(async () => (await measure(opened)).height).toBe(WORDPRESS_MAX_HEIGHT);
		expect((await measure(opened)).content).toBeGreaterThan(WORDPRESS_MAX_HEIGHT * 3);
		const more = frame.locator('[data-embed-continue]');
		await expect.poll(() => more.isVisible()).toBe(true);
		// At the frame's bottom edge, whatever it has scrolled to.
		const [bottom, height] = await more.evaluate((el) => [el.getBoundingClientRect().bottom, innerHeight]);
		expect(Math.abs(bottom - height)).toBeLessThanOrEqual(1);
		expect(await more.textContent()).toMatch(/^Continue reading on /);
		await more.click();
		await page.waitForURL(new RegExp(`^${site.server.origin}/${slug}(#.*)?$`));
		expect(opened.errors).toEqual([]);
	});

	it('a frame that gets its secret late (wp-embed.js adds one once loaded) is shown and sized too', async () => {
		const opened = await openPost('/late.html', 1280);
		await fitted(opened);
		const secret = await opened.page.locator(IFRAME).getAttribute('data-secret');
		expect(secret).toMatch(/^[a-z0-9]+$/);
		expect(await frameHash(opened.frame)).toMatch(new RegExp(`\\?secret=${secret}$`));
		expect(opened.errors).toEqual([]);
	});

	it('the Embed dialog gives the address to paste into WordPress, and says what WordPress does with a whole chronology', async () => {
		const page = await site.open(`/${slug}`);
		await page.locator('[data-embed-open]').click();
		const wordpress = page.locator('[data-embed-wordpress]');
		expect(await wordpress.textContent()).toContain('paste the story’s address on a line of its own');
		expect(await wordpress.locator('[data-embed-wordpress-url]').inputValue()).toBe(`${site.server.origin}/${slug}`);
		expect(await wordpress.locator('[data-embed-wordpress-full]').count()).toBe(0);
		await page.locator('[data-embed-option="full"]').check();
		expect(await wordpress.locator('[data-embed-wordpress-full]').textContent()).toContain('at most 1,000 px tall');
	});

	it('outside WordPress, links still open in a new tab and nothing is capped (the frame has no secret)', async () => {
		const page = await site.open(`/${slug}/embed?full=1`);
		expect(await page.locator('[data-embed-continue]').isVisible()).toBe(false);
		expect(await page.locator('[data-copy-address]').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.documentElement.hasAttribute('data-embed-wordpress'))).toBe(false);
		expect(await page.evaluate(() => location.hash)).not.toContain('secret');
	});
});
