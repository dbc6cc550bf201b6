/**
 * Importing a big plain CSV keeps memory proportional to what it must hold:
 * the real `story:import` command, run as a child process on 20,000 and
 * 100,000 rows (2.5 and 12 MB), its peak resident memory measured by the
 * kernel (GNU time's "Maximum resident set size", from wait4) and printed.
 * 100,000 rows once took 2.5 GB, about 200 times the file, most of it a
 * syntax tree of the written story built only to check it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spreadsheet } from '../helpers/spreadsheet';

const TIME = '/usr/bin/time';
/** 100,000 rows must import in less than this; the story written is 84 MB of JSON. */
const LIMIT_BYTES = 1_000_000_000;

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'story-import-memory-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Measured {
	status: number | null;
	stdout: string;
	stderr: string;
	peakBytes: number;
	seconds: number;
}

/** Runs story:import on `rows` generated rows under GNU time; its report goes to a file of its own, apart from the command's warnings. */
function importRows(rows: number): Promise<Measured & { out: string }> {
	const input = join(dir, `rows-${rows}.csv`);
	const out = join(dir, `rows-${rows}.json`);
	const report = join(dir, `rows-${rows}.time`);
	writeFileSync(input, spreadsheet(rows));
	const command = [process.execPath, '--import', 'tsx', 'scripts/story-import.ts', input, '--out', out, '--time-zone', 'UTC', '--title', 'Big'];
	return new Promise((done) => {
		execFile(TIME, ['-v', '-o', report, ...command], { encoding: 'utf8', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
			const text = readFileSync(report, 'utf8');
			const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1]);
			const [, minutes, seconds] = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:\d+:)?(\d+):([\d.]+)/.exec(text) ?? [];
			done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr, peakBytes: kib * 1024, seconds: Number(minutes) * 60 + Number(seconds), out });
		});
	});
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;

describe('story:import on a big plain CSV', () => {
	it('needs GNU time to measure the peak (Debian: apt-get install time)', () => {
		expect(existsSync(TIME)).toBe(true);
	});

	for (const rows of [20_000, 100_000]) {
		it(`imports ${rows.toLocaleString('en')} rows${rows === 100_000 ? ' in less than 1 GB' : ''}, and prints its peak memory`, async () => {
			const result = await importRows(rows);
			expect(result.status, result.stderr.slice(-2000)).toBe(0);
			console.info(`story:import, ${rows.toLocaleString('en')} plain CSV rows: peak RSS ${megabytes(result.peakBytes)} in ${result.seconds.toFixed(1)} s`);
			expect(result.peakBytes).toBeGreaterThan(0);
			expect(result.stdout).toContain(`${rows.toLocaleString('en')} events`.replace(/,/g, ''));
			const story = JSON.parse(readFileSync(result.out, 'utf8')) as { events: unknown[] };
			expect(story.events).toHaveLength(rows);
			if (rows === 100_000) expect(result.peakBytes).toBeLessThan(LIMIT_BYTES);
		}, 600_000);
	}
});
