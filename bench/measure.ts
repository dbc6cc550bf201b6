/**
 * Measurement helpers for `npm run bench`: an in-page probe (ready time,
 * rAF frame times, long tasks), JS heap through CDP, JS/CSS byte counting from
 * the responses, and the JavaScript-off title count. Nothing here knows which
 * timeline it measures; bench/run.ts passes the selectors and the gestures.
 */
import { gzipSync } from 'node:zlib';
import { inlineCode } from '../scripts/lib/inline-code';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

declare global {
	interface Window {
		__bench?: {
			readyAt: number | null;
			longtasks: { start: number; duration: number }[];
			frames: number[];
			framing: boolean;
			frameStart: number;
			generation?: number;
		};
	}
}

export class Timeout extends Error {
	constructor(
		message: string,
		readonly progress?: string
	) {
		super(message);
	}
}

/** Rejects with a Timeout after `ms`; the work itself is not cancelled (the caller closes the page). */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string, progress?: () => string): Promise<T> {
	let timer: NodeJS.Timeout;
	return Promise.race([
		work,
		new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${ms / 1000} s`, progress?.())), ms);
		})
	]).finally(() => clearTimeout(timer));
}

/**
 * Installed before any page script (context.addInitScript). Records long tasks
 * from the start, and polls for the ready selector with short timers, so
 * `readyAt` is the first moment the main thread is free after the timeline
 * became ready (a selector that appears in the middle of a long task counts
 * when the task ends). Times are performance.now(): ms since navigation start.
 */
export function probeScript(readySelector: string): string {
	return `(() => {
	const bench = (window.__bench = { readyAt: null, longtasks: [], frames: [], framing: false, frameStart: 0 });
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) bench.longtasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch (error) {}
	const selector = ${JSON.stringify(readySelector)};
	const check = () => {
		if (document.querySelector(selector)) bench.readyAt = performance.now();
		else setTimeout(check, 4);
	};
	setTimeout(check, 0);
})();`;
}

/** Ms from navigation start to ready; throws Timeout. */
export async function readyTime(page: Page, timeoutMs: number): Promise<number> {
	try {
		await page.waitForFunction(() => window.__bench?.readyAt != null, undefined, { polling: 50, timeout: timeoutMs });
	} catch (error) {
		if (error instanceof Error && error.name === 'TimeoutError') throw new Timeout(`not ready within ${timeoutMs / 1000} s`);
		throw error;
	}
	return page.evaluate(() => window.__bench!.readyAt!);
}

/**
 * Runs `load` under a trace and returns the main thread's CPU time (the
 * tasks' thread time, `tdur`) from navigation start to `readyAt()` ms after
 * it. The machine is shared: other work stretches wall-clock ready times by
 * half or more, the thread's own CPU time far less, so this says what ready
 * would be on an idle machine, near enough, and compares pages fairly.
 */
export async function cpuUntilReady(cdp: CDPSession, load: () => Promise<void>, readyAt: () => number): Promise<number> {
	const events: { name: string; ph: string; ts: number; tdur?: number; tid: number; pid: number; args?: { data?: { documentLoaderURL?: string } } }[] = [];
	const collect = ({ value }: { value: unknown[] }) => events.push(...(value as typeof events));
	cdp.on('Tracing.dataCollected', collect);
	await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
	try {
		await load();
	} finally {
		const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
		await cdp.send('Tracing.end');
		await done;
		cdp.off('Tracing.dataCollected', collect);
	}
	const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL);
	if (!nav) return NaN;
	const end = nav.ts + readyAt() * 1000;
	const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.tid === nav.tid && e.pid === nav.pid && e.ts >= nav.ts && e.ts < end);
	return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}

/** JS heap in use after a full GC (CDP HeapProfiler.collectGarbage, then Performance.getMetrics JSHeapUsedSize), bytes. */
export async function jsHeapUsed(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
		await cdp.send('Performance.enable');
		const { metrics } = await cdp.send('Performance.getMetrics');
		return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
	} finally {
		await cdp.detach().catch(() => {});
	}
}

export interface Bytes {
	/** Files, and the scripts and stylesheets the document carries inline (each gzipped on its own, as if it were a file). */
	js: { raw: number; gzip: number; files: number; inline: number };
	css: { raw: number; gzip: number; files: number; inline: number };
	/** The HTML document (our page and both peer pages carry their event data inline). */
	html: { raw: number; gzip: number };
	/** Every request of the load, to check nothing leaves 127.0.0.1. */
	requests: string[];
	external: string[];
	/** Bodies that could not be read (then the sums are short). */
	failures: string[];
}

function addInline(target: Bytes['js'], text: string) {
	const body = Buffer.from(text, 'utf8');
	target.raw += body.length;
	target.gzip += gzipSync(body, { level: 9 }).length;
	target.inline++;
}

/** Starts recording every response of the page; `finish()` waits for the bodies and sums them. */
export function recordBytes(page: Page): { finish: () => Promise<Bytes> } {
	const bytes: Bytes = { js: { raw: 0, gzip: 0, files: 0, inline: 0 }, css: { raw: 0, gzip: 0, files: 0, inline: 0 }, html: { raw: 0, gzip: 0 }, requests: [], external: [], failures: [] };
	const pending: Promise<void>[] = [];
	page.on('request', (request) => {
		const url = request.url();
		bytes.requests.push(url);
		if (/^(https?|wss?):/.test(url) && new URL(url).hostname !== '127.0.0.1') bytes.external.push(url);
	});
	page.on('response', (response) => {
		const request = response.request();
		const path = new URL(response.url()).pathname;
		const contentType = response.headers()['content-type'] ?? '';
		const type = request.resourceType();
		const kind =
			type === 'document' && request.frame() === page.mainFrame()
				? 'html'
				: type === 'script' || /javascript/.test(contentType) || /\.m?js$/.test(path)
					? 'js'
					: type === 'stylesheet' || /text\/css/.test(contentType) || /\.css$/.test(path)
						? 'css'
						: null;
		if (!kind || response.status() !== 200) return;
		// Chromium may have dropped a very large body (a 70 MB page) from its buffer; the files are
		// static, so the same URL fetched again from Node gives the same bytes.
		const body = () =>
			response.body().catch(async () => {
				const refetched = await fetch(response.url());
				if (!refetched.ok) throw new Error(`${response.url()}: ${refetched.status}`);
				return Buffer.from(await refetched.arrayBuffer());
			});
		pending.push(
			body()
				.then((body) => {
					const target = bytes[kind];
					target.raw += body.length;
					target.gzip += gzipSync(body, { level: 9 }).length;
					if ('files' in target) target.files++;
					if (kind === 'html') for (const piece of inlineCode(body.toString('utf8'))) addInline(bytes[piece.kind], piece.text);
				})
				.catch((error) => {
					bytes.failures.push(String(error));
				})
		);
	});
	return {
		finish: async () => {
			await Promise.all(pending);
			return bytes;
		}
	};
}

export async function startFrames(page: Page): Promise<void> {
	// A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
	await page.evaluate(`(() => {
		const bench = window.__bench;
		// A generation per recording, so a loop left over from the previous one (its rAF still pending) stops.
		const generation = (bench.generation = (bench.generation || 0) + 1);
		bench.frames = [];
		bench.framing = true;
		bench.frameStart = performance.now();
		const loop = (t) => {
			if (!bench.framing || bench.generation !== generation) return;
			bench.frames.push(t);
			requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	})()`);
}

export interface FrameStats {
	frames: number;
	median: number;
	p95: number;
	worst: number;
	longTasks: number;
	longestTask: number;
	/** Wall time of the whole gesture sequence, ms. */
	duration: number;
}

export async function stopFrames(page: Page): Promise<FrameStats> {
	const { frames, start, end, longtasks } = await page.evaluate(() => {
		const bench = window.__bench!;
		bench.framing = false;
		return { frames: bench.frames, start: bench.frameStart, end: performance.now(), longtasks: bench.longtasks.filter((t) => t.start + t.duration >= bench.frameStart) };
	});
	const deltas = frames.slice(1).map((t, i) => t - frames[i]);
	return {
		frames: deltas.length,
		median: percentile(deltas, 0.5),
		p95: percentile(deltas, 0.95),
		worst: deltas.length ? Math.max(...deltas) : NaN,
		longTasks: longtasks.length,
		longestTask: longtasks.length ? Math.max(...longtasks.map((t) => t.duration)) : 0,
		duration: end - start
	};
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Two animation frames: whatever a gesture triggered has been rendered. */
export async function settleFrames(page: Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/**
 * Event titles a reader sees with JavaScript off: the page is loaded with
 * javaScriptEnabled: false and an event counts when its title is a line of
 * the rendered text (document.body.innerText, which leaves out hidden
 * elements). A page that splits its list into pages (a `rel="next"` link) is
 * followed to the end, so `reachable` counts the titles on any of them and
 * `firstPage` those on the page itself.
 */
export async function titlesWithoutJs(browser: Browser, url: string, titles: readonly string[], timeoutMs: number): Promise<{ firstPage: number; reachable: number; pages: number }> {
	const context: BrowserContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 }, timezoneId: 'Europe/London' });
	try {
		const page = await context.newPage();
		const seen = new Set<string>();
		let firstPage = 0;
		let pages = 0;
		for (let next: string | null = url; next && pages < 1000; pages++) {
			await page.goto(next, { waitUntil: 'load', timeout: timeoutMs });
			const { lines, link } = await page.evaluate(() => ({
				lines: document.body.innerText.split('\n').map((line) => line.trim()),
				link: document.querySelector<HTMLAnchorElement>('a[rel="next"]')?.href ?? null
			}));
			for (const line of lines) seen.add(line);
			if (pages === 0) firstPage = titles.filter((title) => seen.has(title)).length;
			next = link && new URL(link).origin === new URL(url).origin ? link : null;
		}
		return { firstPage, reachable: titles.filter((title) => seen.has(title)).length, pages };
	} finally {
		await context.close().catch(() => {});
	}
}
