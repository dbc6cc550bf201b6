/**
 * npx tsx bench/ready.ts [--dirs build,other-build] [--paths /ashworth-leak-2019] [--runs 5] [--cpu 4] [--viewport 1280x800] [--peers bench/out/peers] [--cpu-time] [--trace | --trace-all | --trace --profile]
 *
 * Time to interactive of built pages, for A/B comparisons and the slow-phone
 * figure of issue 18: serves each build directory on 127.0.0.1 and loads each
 * path in a fresh browser context, alternating the directories' order run by
 * run (the machine is shared, so both sides see the same noise). `--cpu 4`
 * slows the CPU fourfold (CDP Emulation.setCPUThrottlingRate), as DevTools'
 * "4× slowdown" does. Ready is bench/run.ts's: the first moment the main
 * thread is free with `[data-timeline][data-ready="true"]`. `--trace` prints
 * `--cpu-time` also reports the main thread's CPU time until ready, which
 * other work on a shared machine disturbs far less than the wall clock.
 * `--peers` adds vis-timeline's page of the same size (`/bench-<n>` →
 * bench/out/peers/vis-bench-<n>.html, written by `npm run bench`) to every
 * round, for ratios measured under the same load. `--trace` prints
 * the main thread's tasks of the first run (parse, scripts, style, layout,
 * paint), to see where the time goes; `--trace-all`, every event over 1 ms
 * (TRACE_CATS=… sets the trace's categories; PROFILE_US=… the `--profile`
 * sampling interval in µs, 100 by default).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../scripts/lib/browser';
import type { RunningServer } from '../scripts/lib/static-server';
import { serveDirectoryInProcess as serveDirectory } from '../scripts/lib/static-server-process';
import { cpuUntilReady, median, probeScript, readyTime } from './measure';

const argv = process.argv.slice(2);
function flag(name: string): string | undefined {
	const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (i < 0) return undefined;
	return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}
const DIRS = (flag('dirs') ?? 'build').split(',');
const PATHS = (flag('paths') ?? '/ashworth-leak-2019').split(',');
const RUNS = Number(flag('runs') ?? 5);
const CPU = Number(flag('cpu') ?? 1);
const [WIDTH, HEIGHT] = (flag('viewport') ?? '1280x800').split('x').map(Number);
const TRACE = argv.includes('--trace') || argv.includes('--trace-all');
const PROFILE = argv.includes('--profile');
const CPU_TIME = argv.includes('--cpu-time');
const PEERS = flag('peers');
const READY = '[data-timeline][data-ready="true"]';
/** bench/run.ts's ready condition for vis-timeline. */
const VIS_READY = '.vis-timeline[style*="visibility: visible"] .vis-item';

interface Run {
	ready: number;
	/** Main-thread CPU time from navigation start to ready (`--cpu-time`): what ready would be on an idle machine, near enough. */
	cpu: number;
	/** First contentful paint, DOMContentLoaded end. */
	fcp: number;
	dcl: number;
	longest: number;
}

/** Main-thread events worth naming in a trace summary. */
const NAMES = new Set([
	'ParseHTML',
	'EvaluateScript',
	'v8.compile',
	'FunctionCall',
	'UpdateLayoutTree',
	'Layout',
	'Paint',
	'PrePaint',
	'Layerize',
	'TimerFire',
	'EventDispatch',
	'RunMicrotasks',
	'v8.evaluateModule',
	'ScheduleStyleRecalculation',
	'Commit'
]);

async function traced(page: Page, cdp: CDPSession, load: () => Promise<void>) {
	const events: { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: { url?: string; frame?: string }; beginData?: { url?: string } } }[] = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as typeof events)));
	await cdp.send('Tracing.start', { categories: process.env.TRACE_CATS ?? 'devtools.timeline,v8.execute,blink.user_timing,loading', transferMode: 'ReportEvents' });
	await load();
	const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
	await cdp.send('Tracing.end');
	await done;
	const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStartToLoad');
	const main = events.find((e) => e.name === 'ParseHTML')?.tid;
	const origin = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
	const all = argv.includes('--trace-all');
	const rows = events
		.filter((e) => e.tid === main && e.ph === 'X' && (all || NAMES.has(e.name)) && (e.dur ?? 0) >= (all ? 1000 : 3000))
		.sort((a, b) => a.ts - b.ts)
		.map((e) => `${((e.ts - origin) / 1000).toFixed(1).padStart(8)} ms ${((e.dur ?? 0) / 1000).toFixed(1).padStart(7)} ms  ${e.name} ${e.args?.data?.url ?? e.args?.beginData?.url ?? ''}`);
	console.log(rows.join('\n'));
}

/** The CPU profile of a load until ready: self time by function, the heaviest first. */
async function profiled(cdp: CDPSession, load: () => Promise<void>) {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_US ?? 100) });
	await cdp.send('Profiler.start');
	await load();
	const { profile } = await cdp.send('Profiler.stop');
	const self = new Map<string, number>();
	const deltas = profile.timeDeltas ?? [];
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const time = new Map<number, number>();
	(profile.samples ?? []).forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
	for (const [id, ms] of time) {
		const frame = byId.get(id)!.callFrame;
		const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber}:${frame.columnNumber}`;
		self.set(key, (self.get(key) ?? 0) + ms);
	}
	for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
	// Inclusive time: each sample counts for every function on its stack (once per function).
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const inclusive = new Map<string, number>();
	for (const [id, ms] of time) {
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const frame = byId.get(at)!.callFrame;
			const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber}`;
			if (seen.has(key)) continue;
			seen.add(key);
			inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
		}
	}
	console.log('--- inclusive');
	for (const [key, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

async function measure(browser: Browser, origin: string, path: string, trace: boolean, readySelector = READY): Promise<Run> {
	const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, timezoneId: 'Europe/London' });
	try {
		await context.addInitScript(probeScript(readySelector));
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
		let ready = NaN;
		const load = async () => {
			await page.goto(origin + path, { waitUntil: 'commit' });
			ready = await readyTime(page, 60_000);
			await page.waitForTimeout(300);
		};
		let cpu = NaN;
		if (trace && PROFILE) await profiled(cdp, load);
		else if (trace) await traced(page, cdp, load);
		else if (CPU_TIME) cpu = await cpuUntilReady(cdp, load, () => ready);
		else await load();
		const timing = await page.evaluate(() => {
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
			const bench = window.__bench!;
			const before = bench.longtasks.filter((t) => t.start < bench.readyAt!).map((t) => t.duration);
			return { fcp, dcl: nav.domContentLoadedEventEnd, longest: before.length ? Math.max(...before) : 0 };
		});
		return { ready, cpu, ...timing };
	} finally {
		await context.close();
	}
}

async function main() {
	const servers: RunningServer[] = [];
	for (const dir of DIRS) servers.push(await serveDirectory(dir));
	const browser = await launchBrowser();
	try {
		const peers = PEERS ? await serveDirectory(PEERS) : null;
		if (peers) servers.push(peers);
		for (const path of PATHS) {
			const sides = DIRS.map((dir, i) => ({ label: dir, run: (trace: boolean) => measure(browser, servers[i].origin, path, trace) }));
			const n = /^\/bench-(\d+)$/.exec(path)?.[1];
			if (peers && n) sides.push({ label: `vis-timeline ${n}`, run: () => measure(browser, peers.origin, `/vis-bench-${n}.html`, false, VIS_READY) });
			const runs: Run[][] = sides.map(() => []);
			// A warm-up load per side (disk cache of the files, the browser's own start-up), not counted.
			for (const side of sides) await side.run(false);
			for (let run = 0; run < RUNS; run++) {
				const order = sides.map((_, i) => i);
				if (run % 2) order.reverse();
				for (const i of order) runs[i].push(await sides[i].run(TRACE && run === 0));
			}
			console.log(`${path} at ${WIDTH}×${HEIGHT}${CPU > 1 ? `, CPU ${CPU}× slower` : ''}, ${RUNS} runs:`);
			const readyOf = (i: number) => median(runs[i].map((r) => r.ready));
			sides.forEach((side, i) => {
				const m = (key: keyof Run) => median(runs[i].map((r) => r[key])).toFixed(0);
				const ratio = n && peers ? `  ÷ vis ${(readyOf(i) / readyOf(sides.length - 1)).toFixed(2)}` : '';
				const cpu = CPU_TIME
					? `  CPU ${m('cpu').padStart(4)} ms${n && peers ? ` ÷ vis ${(median(runs[i].map((r) => r.cpu)) / median(runs[sides.length - 1].map((r) => r.cpu))).toFixed(2)}` : ''}`
					: '';
				console.log(
					`  ${side.label.padEnd(28)} ready ${m('ready').padStart(5)} ms${ratio}${cpu}  (${runs[i].map((r) => r.ready.toFixed(0)).join(', ')})  FCP ${m('fcp')}  DCL ${m('dcl')}  longest task ${m('longest')}`
				);
			});
		}
	} finally {
		await browser.close();
		for (const server of servers) await server.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
