import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (script: string, args: string[]) => spawnSync('npx', ['tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8' });

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'story-authoring-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run story:new', () => {
	it('writes a skeleton that passes story:check --strict', () => {
		const result = run('story-new', ['council-vote-2024', '--dir', dir, '--time-zone', 'Europe/London']);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const file = join(dir, 'council-vote-2024.json');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ $schema: '../story.schema.json', meta: { slug: 'council-vote-2024', timeZone: 'Europe/London' } });
		const check = run('story-check', ['--strict', file]);
		expect(check.stderr).toBe('');
		expect(check.status).toBe(0);
	});

	it('refuses an existing file, a bad slug and a bad time zone, writing nothing', () => {
		writeFileSync(join(dir, 'taken.json'), '{}');
		const existing = run('story-new', ['taken', '--dir', dir]);
		expect(existing.status).toBe(1);
		expect(existing.stderr).toContain('taken.json already exists');
		expect(readFileSync(join(dir, 'taken.json'), 'utf8')).toBe('{}');

		const badSlug = run('story-new', ['Council Vote', '--dir', dir]);
		expect(badSlug.status).toBe(1);
		expect(badSlug.stderr).toContain('"Council Vote" is not a valid slug');

		const badZone = run('story-new', ['zoned', '--dir', dir, '--time-zone', 'London']);
		expect(badZone.status).toBe(1);
		expect(badZone.stderr).toContain('$.meta.timeZone');
		expect(existsSync(join(dir, 'zoned.json'))).toBe(false);
	});
});

describe('npm run story:import', () => {
	it('writes a draft, prints each warning with the input file and place, and sums up', () => {
		const out = join(dir, 'millbrook-bridge.json');
		const result = run('story-import', ['tests/fixtures/import/timeline.json', '--out', out, '--time-zone', 'Europe/London']);
		expect(result.status).toBe(0);
		expect(result.stderr).toContain('tests/fixtures/import/timeline.json: warning: $.events[5]: skipped "A rumour with no date"');
		expect(result.stderr).not.toContain('has no source yet');
		expect(result.stdout).toContain('7 events');
		expect(result.stdout).toContain('valid draft (7 events have no source)');
		const written = readFileSync(out, 'utf8');
		expect(written.startsWith('{\n\t"$schema": "../story.schema.json",')).toBe(true);
		expect(JSON.parse(written).meta.draft).toBe(true);

		const check = run('story-check', [out]);
		expect(check.status).toBe(0);
		const strict = run('story-check', ['--strict', out]);
		expect(strict.status).toBe(1);
		// The line may also name the item and what was expected; the place and the reason are what matter here.
		expect(strict.stderr.split('\n')).toContainEqual(expect.stringMatching(/: error: \$\.events\[0\]\.sources\b.*: event "the-first-bridge-opens" has no source yet/));
		expect(strict.stderr).toContain(`${out}: error: $.events[0].sources`);
	});

	it('obeys --format, and refuses to overwrite without --force', () => {
		const out = join(dir, 'from-sheet.json');
		expect(run('story-import', ['tests/fixtures/import/sheets.csv', '--out', out, '--format', 'sheets-csv']).status).toBe(0);
		const again = run('story-import', ['tests/fixtures/import/sheets.csv', '--out', out]);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already exists; pass --force');
		expect(run('story-import', ['tests/fixtures/import/sheets.csv', '--out', out, '--force']).status).toBe(0);
		const wrong = run('story-import', ['tests/fixtures/import/sheets.csv', '--out', join(dir, 'wrong.json'), '--format', 'plain-csv']);
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('no date column');
	});

	it('refuses a bad --time-zone or --language before importing, writing nothing', () => {
		const out = join(dir, 'zoned.json');
		const zone = run('story-import', ['tests/fixtures/import/timeline.json', '--out', out, '--time-zone', 'London']);
		expect(zone.status).toBe(1);
		expect(zone.stderr).toBe('story:import: --time-zone London: must be an IANA time zone such as "Europe/London"\n');
		expect(run('story-import', ['tests/fixtures/import/timeline.json', '--out', out, '--language', 'english please']).stderr).toContain('BCP 47');
		expect(existsSync(out)).toBe(false);
	});

	it('reads a spreadsheet saved as Windows-1252, keeping its accents and saying so', () => {
		const input = join(dir, 'latin1.csv');
		writeFileSync(input, Buffer.from('date,title\n2019-06-04,Café crème\n', 'latin1'));
		const out = join(dir, 'latin1.json');
		const result = run('story-import', [input, '--out', out, '--time-zone', 'UTC']);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toContain(`${input}: warning: the file: read as Windows-1252 (Latin-1): byte 0xE9 at line 2 is not UTF-8`);
		expect(JSON.parse(readFileSync(out, 'utf8')).events[0].title).toBe('Café crème');
	});

	it('refuses an output name that is not a slug and an unknown format', () => {
		expect(run('story-import', ['tests/fixtures/import/plain.csv', '--out', join(dir, 'Bad Name.json')]).stderr).toContain('is not a valid slug');
		expect(run('story-import', ['tests/fixtures/import/plain.csv', '--out', join(dir, 'x.json'), '--format', 'xlsx']).stderr).toContain('--format must be one of');
	});
});
