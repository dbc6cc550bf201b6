/**
 * The authoring commands as a journalist runs them (npm run story:new,
 * story:import, story:check): exit status, what they print, what they write.
 * Each run is a Node process with tsx's loader (not `npx tsx`, which adds an
 * npm and a tsx process); each run checks one behaviour of the command, and
 * the runs that can share a process do (story:check reads several files).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMAT_NAMES } from '../../src/lib/import/common';

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

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'story-authoring-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Written by story:new and story:import below, then checked together by story:check. */
const skeleton = () => join(dir, 'council-vote-2024.json');
const draft = () => join(dir, 'millbrook-bridge.json');

describe('npm run story:new', () => {
	it('writes a skeleton with the slug and time zone given', async () => {
		const result = await run('story-new', ['council-vote-2024', '--dir', dir, '--time-zone', 'Europe/London']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`Wrote ${skeleton()}`);
		expect(JSON.parse(readFileSync(skeleton(), 'utf8'))).toMatchObject({ $schema: '../story.schema.json', meta: { slug: 'council-vote-2024', timeZone: 'Europe/London' } });
	});

	it('refuses an existing file, a bad slug and a bad time zone, writing nothing', async () => {
		writeFileSync(join(dir, 'taken.json'), '{}');
		const [existing, badSlug, badZone] = await Promise.all([
			run('story-new', ['taken', '--dir', dir]),
			run('story-new', ['Council Vote', '--dir', dir]),
			run('story-new', ['zoned', '--dir', dir, '--time-zone', 'London'])
		]);
		expect(existing.status).toBe(1);
		expect(existing.stderr).toContain('taken.json already exists');
		expect(readFileSync(join(dir, 'taken.json'), 'utf8')).toBe('{}');

		expect(badSlug.status).toBe(1);
		expect(badSlug.stderr).toContain('"Council Vote" is not a valid slug');

		expect(badZone.status).toBe(1);
		expect(badZone.stderr).toContain('$.meta.timeZone');
		expect(existsSync(join(dir, 'zoned.json'))).toBe(false);
	});
});

describe('npm run story:import', () => {
	it('writes a draft, prints each warning with the input file and place, and sums up', async () => {
		const result = await run('story-import', ['tests/fixtures/import/timeline.json', '--out', draft(), '--time-zone', 'Europe/London']);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain('tests/fixtures/import/timeline.json: warning: $.events[5]: skipped "A rumour with no date"');
		expect(result.stderr).not.toContain('has no source yet');
		expect(result.stdout).toContain('7 events');
		expect(result.stdout).toContain('valid draft (7 events have no source)');
		const written = readFileSync(draft(), 'utf8');
		expect(written.startsWith('{\n\t"$schema": "../story.schema.json",')).toBe(true);
		expect(JSON.parse(written).meta.draft).toBe(true);
	});

	it('obeys --format, overwrites with --force, and refuses to overwrite without it', async () => {
		const out = join(dir, 'from-sheet.json');
		writeFileSync(out, '{}');
		// One run for both: the file exists (so --force is needed) and the format is named.
		const forced = await run('story-import', ['tests/fixtures/import/sheets.csv', '--out', out, '--format', 'sheets-csv', '--force']);
		expect(forced.status, forced.stderr).toBe(0);
		expect(forced.stdout).toContain(`(${FORMAT_NAMES['sheets-csv']}) into ${out}`);
		const written = readFileSync(out, 'utf8');
		expect(JSON.parse(written).meta).toMatchObject({ slug: 'from-sheet', draft: true });

		const [again, wrong] = await Promise.all([
			run('story-import', ['tests/fixtures/import/sheets.csv', '--out', out]),
			run('story-import', ['tests/fixtures/import/sheets.csv', '--out', join(dir, 'wrong.json'), '--format', 'plain-csv'])
		]);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already exists; pass --force');
		expect(readFileSync(out, 'utf8')).toBe(written);
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('no date column');
		expect(existsSync(join(dir, 'wrong.json'))).toBe(false);
	});

	it('refuses a bad --time-zone or --language before importing, writing nothing', async () => {
		const out = join(dir, 'zoned.json');
		const [zone, language] = await Promise.all([
			run('story-import', ['tests/fixtures/import/timeline.json', '--out', out, '--time-zone', 'London']),
			run('story-import', ['tests/fixtures/import/timeline.json', '--out', out, '--language', 'english please'])
		]);
		expect(zone.status).toBe(1);
		expect(zone.stderr).toBe('story:import: --time-zone London: must be an IANA time zone such as "Europe/London"\n');
		expect(language.status).toBe(1);
		expect(language.stderr).toContain('BCP 47');
		expect(existsSync(out)).toBe(false);
	});

	it('reads a spreadsheet saved as Windows-1252, keeping its accents and saying so', async () => {
		const input = join(dir, 'latin1.csv');
		writeFileSync(input, Buffer.from('date,title\n2019-06-04,Café crème\n', 'latin1'));
		const out = join(dir, 'latin1.json');
		const result = await run('story-import', [input, '--out', out, '--time-zone', 'UTC']);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toContain(`${input}: warning: the file: read as Windows-1252 (Latin-1): byte 0xE9 at line 2 is not UTF-8`);
		expect(JSON.parse(readFileSync(out, 'utf8')).events[0].title).toBe('Café crème');
	});

	it('imports twenty good rows and skips the one dated 0500-06-01, naming its row and why', async () => {
		const input = join(dir, 'early-year.csv');
		const rows = Array.from({ length: 20 }, (_, i) => `2019-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')},Event ${i + 1},Summary ${i + 1}.`);
		writeFileSync(input, ['date,title,summary', ...rows.slice(0, 7), '0500-06-01,The early row,Long ago.', ...rows.slice(7)].join('\n'));
		const out = join(dir, 'early-year.json');
		const result = await run('story-import', [input, '--out', out, '--time-zone', 'Europe/London', '--title', 'Early']);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toContain(`${input}: warning: row 9: skipped "The early row": its date "0500-06-01" is in the year 500; years before 1000 are not supported\n`);
		expect(result.stderr).not.toContain('focus');
		const story = JSON.parse(readFileSync(out, 'utf8'));
		expect(story.events).toHaveLength(20);
		expect(story.meta.focus).toEqual({ from: '2019-01-01', to: '2019-12-12' });
	});

	it('refuses an output name that is not a slug, a folder that does not exist and an unknown format', async () => {
		const [badName, badFormat, noFolder] = await Promise.all([
			run('story-import', ['tests/fixtures/import/plain.csv', '--out', join(dir, 'Bad Name.json')]),
			run('story-import', ['tests/fixtures/import/plain.csv', '--out', join(dir, 'x.json'), '--format', 'xlsx']),
			run('story-import', ['tests/fixtures/import/plain.csv', '--out', join(dir, 'no-such-folder', 'x.json')])
		]);
		expect(noFolder.status).toBe(1);
		expect(noFolder.stderr).toBe(`story:import: ${join(dir, 'no-such-folder')} does not exist; --out must name a file in a folder that does\n`);
		expect(badName.status).toBe(1);
		expect(badName.stderr).toContain('is not a valid slug');
		expect(badFormat.status).toBe(1);
		expect(badFormat.stderr).toContain('--format must be one of');
	});
});

describe('npm run story:check on what story:new and story:import wrote', () => {
	it('passes both; with --strict, passes the skeleton and fails the draft on each unsourced event', async () => {
		const [plain, strict] = await Promise.all([run('story-check', [skeleton(), draft()]), run('story-check', ['--strict', skeleton(), draft()])]);
		expect(plain.status, plain.stderr).toBe(0);
		// The draft's warnings (draft flag, unsourced events) are printed; nothing about the skeleton.
		expect(plain.stderr.split('\n').filter((line) => line.startsWith(skeleton()) || line.includes(': error: '))).toEqual([]);
		expect(plain.stdout).toContain(`${skeleton()}: ok`);
		expect(plain.stdout).toContain(`${draft()}: ok`);

		expect(strict.status).toBe(1);
		expect(strict.stdout).toContain(`${skeleton()}: ok`);
		expect(strict.stdout).not.toContain(`${draft()}: ok`);
		const lines = strict.stderr.split('\n');
		expect(lines.filter((line) => line.startsWith(skeleton()))).toEqual([]);
		// The line may also name the item and what was expected; the place and the reason are what matter here.
		expect(lines).toContainEqual(expect.stringMatching(/: error: \$\.events\[0\]\.sources\b.*: event "the-first-bridge-opens" has no source yet/));
		expect(strict.stderr).toContain(`${draft()}: error: $.events[0].sources`);
		expect(strict.stderr).toContain('1 of 2 story file(s) failed.');
	});
});
