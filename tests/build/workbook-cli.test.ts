/**
 * npm run story:export and story:import with workbooks, as a journalist runs
 * them: the shipped story out to xlsx, ods and a CSV folder and back in over
 * its own file gives the same bytes. One export and one import per form; the
 * per-story round trips run in-process (tests/unit/workbook.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

const run = (script: string, args: string[]) =>
	new Promise<Run>((done) => {
		execFile(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
			done({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
		});
	});

const STORY = 'data/stories/ashworth-leak-2019.json';
let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'story-workbook-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('story:export then story:import', () => {
	it('gives back the shipped story file byte for byte, from xlsx, ods and CSV', async () => {
		const outs = ['story.xlsx', 'story.ods', 'story-csv'].map((name) => join(dir, name));
		const exports = await Promise.all(outs.map((out) => run('story-export', ['ashworth-leak-2019', '--out', out])));
		for (const [i, result] of exports.entries()) {
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(result.stdout).toContain(`Wrote ${i === 2 ? '14 CSV files to ' : ''}${outs[i]}`);
			expect(result.stdout).toContain('46 events, 80 sources, 91 quotes');
		}
		expect(readdirSync(outs[2])).toContain('events.csv');
		// Each read back over a copy of the story file, as a journalist would over the original.
		const targets = outs.map((_, i) => join(dir, `form-${i}`, 'ashworth-leak-2019.json'));
		for (const target of targets) {
			mkdirSync(dirname(target), { recursive: true });
			copyFileSync(STORY, target);
		}
		const imports = await Promise.all(outs.map((out, i) => run('story-import', [out, '--out', targets[i], '--force'])));
		for (const [i, result] of imports.entries()) {
			expect(result.stderr).toBe('');
			expect(result.status).toBe(0);
			expect(result.stdout).toContain(`Imported ${outs[i]} into ${targets[i]}: 46 events, 6 chapters, 91 quotes, 80 sources; 0 warnings above.`);
			expect(readFileSync(targets[i], 'utf8')).toBe(readFileSync(STORY, 'utf8'));
		}
	});

	it('refuses a workbook with problems in one line each, naming sheet, row and column, and writes nothing', async () => {
		const out = join(dir, 'minimal.json');
		const result = await run('story-import', ['tests/fixtures/workbooks/cells/not-allowed.xlsx', '--out', out]);
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([
			'tests/fixtures/workbooks/cells/not-allowed.xlsx: error: Events!D2 (vote-held): is "meeting", which is not allowed (expected one of "remark", "recording", "publication", "broadcast", "statement", "reaction", "context", "outcome", "other")',
			'tests/fixtures/workbooks/cells/not-allowed.xlsx: error: Quotes!C2 (mayor-pleased): refers to actor "nobody", which does not exist (expected the id of one of the story\'s actors)',
			'story:import: tests/fixtures/workbooks/cells/not-allowed.xlsx has 2 problems, so nothing was written'
		]);
		expect(existsSync(out)).toBe(false);
	});

	it('refuses to overwrite without --force, an unknown form, and a file that is no workbook', async () => {
		const taken = join(dir, 'taken.xlsx');
		writeFileSync(taken, 'mine');
		const notWorkbook = join(dir, 'notes.xlsx');
		writeFileSync(notWorkbook, 'plain text, not a workbook');
		const [existing, form, garbage] = await Promise.all([
			run('story-export', ['tests/fixtures/stories/minimal.json', '--out', taken]),
			run('story-export', ['tests/fixtures/stories/minimal.json', '--out', join(dir, 'story.pdf')]),
			run('story-import', [notWorkbook, '--out', join(dir, 'notes.json')])
		]);
		expect(existing.status).toBe(1);
		expect(existing.stderr).toBe(`story:export: ${taken} already exists; pass --force to overwrite it\n`);
		expect(form.status).toBe(1);
		expect(form.stderr).toBe('story:export: --out must end in .xlsx or .ods, or name a folder for CSV files (not story.pdf)\n');
		expect(garbage.status).toBe(1);
		expect(garbage.stderr.split('\n')[0]).toBe(`${notWorkbook}: error: is not a workbook: an .xlsx or .ods file is a zip archive, and this file is not one`);
		expect(garbage.stderr).not.toMatch(/\n\s+at /);
		expect(readFileSync(taken, 'utf8')).toBe('mine');
	});
});
