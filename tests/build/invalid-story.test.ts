import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync, readdirSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readJson } from '../helpers/fixtures';
import { buildEnv, copyProject } from '../helpers/build';
import { checkStoryFiles } from '../../src/lib/server/story-files';
import type { Story } from '../../src/lib/story/schema';

function shipped(): Story {
	const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
	return readJson<Story>(`data/stories/${defaultStory}.json`);
}

/** The default story, copied under a new slug and broken in one of the ways journalists break files. */
function brokenCopy(slug: string, breakIt: (story: any) => void): object {
	const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
	const story = readJson<Story>(`data/stories/${defaultStory}.json`) as any;
	story.meta.slug = slug;
	breakIt(story);
	return story;
}

const faults = {
	'broken-reference': { break: (s: any) => (s.events[2].chapter = 'no-such-chapter'), path: `$.events[2].chapter (${shipped().events[2].id})`, message: 'refers to chapter "no-such-chapter", which does not exist' },
	'bad-date': { break: (s: any) => (s.events[1].when = '2019-11-31'), path: `$.events[1].when (${shipped().events[1].id})`, message: '"2019-11-31" is not a real calendar date' },
	'javascript-url': { break: (s: any) => (s.sources[0].url = 'javascript:alert(document.cookie)'), path: `$.sources[0].url (${shipped().sources[0].id})`, message: 'must be an absolute http:// or https:// URL' }
};

let workDir: string;
beforeAll(() => {
	workDir = mkdtempSync(join(tmpdir(), 'story-invalid-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('npm run story:check', () => {
	for (const [name, fault] of Object.entries(faults)) {
		it(`fails on a ${name} and names the file and JSON path`, () => {
			const file = join(workDir, `${name}.json`);
			writeFileSync(file, JSON.stringify(brokenCopy(name, fault.break)));
			const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', file], { encoding: 'utf8' });
			expect(run.status).toBe(1);
			expect(run.stderr).toContain(`${file}: error: ${fault.path}: ${fault.message}`);
		});
	}

	it('passes on the shipped stories', () => {
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts'], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/ok \(\d+ events, \d+ quotes, \d+ sources/);
	});

	it('fails on a file that is not JSON', () => {
		const file = join(workDir, 'not-json.json');
		writeFileSync(file, '{ "meta": ');
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', file], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${file}: error: $: is not valid JSON`);
	});
});

/**
 * The hostile corpus (tests/fixtures/invalid, written from the minimal story):
 * for each file, the verdict and the first line `story:check` prints for it.
 */
const CORPUS_DIR = 'tests/fixtures/invalid';
const corpus: Record<string, { ok: boolean; first: string }> = {
	'bidi-override': { ok: true, first: 'warning: $.actors[0].name (mayor): contains U+202E RIGHT-TO-LEFT OVERRIDE: invisible' },
	'byte-order-mark': { ok: true, first: 'warning: $: starts with a UTF-8 byte-order mark (bytes EF BB BF), which was ignored' },
	'constructor-key': { ok: false, first: 'error: $.events[0] (vote-held): has unknown field "constructor"' },
	'control-bel-esc': { ok: false, first: 'error: $.actors[0].name (mayor): contains the control character U+0007 BEL at character 6' },
	'control-nul': { ok: false, first: 'error: $.meta.title: contains the control character U+0000 NUL at character 10' },
	'date-with-offset': { ok: false, first: 'error: $.events[2].when (vote-day): "2024-03-05+01:00" has a UTC offset, which only a time to the minute can carry' },
	'date-with-seconds': { ok: false, first: 'error: $.events[0].when (vote-held): "2024-03-05T18:30:15" has seconds; dates stop at the minute' },
	'dst-ambiguous': { ok: true, first: 'warning: $.sources[1].published (gazette): "2024-10-27T01:30" happened twice in Europe/London: the clocks went back an hour then; read as the first (+01:00)' },
	'dst-gap': { ok: false, first: 'error: $.events[0].when (vote-held): "2024-03-31T01:30" does not exist in Europe/London: the clocks went forward an hour then' },
	'duplicate-key': { ok: false, first: 'error: $.meta.title: appears twice in the same object (lines 5 and 6)' },
	empty: { ok: false, first: 'error: $: is empty' },
	'invisible-event-title': { ok: false, first: 'error: $.events[1].title (proposal): has no visible character' },
	'invisible-title': { ok: false, first: 'error: $.meta.title: has no visible character' },
	'javascript-url': { ok: false, first: 'error: $.sources[0].url (minutes): must be an absolute http:// or https:// URL' },
	'latin-1': { ok: false, first: 'error: $: is not UTF-8: byte 0xE9 at line 90, column 19' },
	'lone-surrogate': { ok: false, first: 'error: $.events[0].title (vote-held): contains a lone surrogate (U+D800)' },
	'nested-5000': { ok: false, first: 'error: $: is nested 5000 levels deep' },
	'not-json': { ok: false, first: 'error: $: is not valid JSON: the file ends before the JSON does' },
	'proto-field': { ok: false, first: 'error: $: has unknown field "__proto__"' },
	'proto-title': { ok: false, first: 'error: $.meta.title: is missing' },
	'slug-mismatch': { ok: false, first: 'error: $.meta.slug: is "another-slug" but the file is named "slug-mismatch.json"' },
	'title-not-text': { ok: false, first: 'error: $.meta.title: has the wrong type (number)' },
	'top-level-array': { ok: false, first: 'error: $: has the wrong type (array)' },
	'trailing-comma': { ok: false, first: 'error: $: is not valid JSON: a comma after the last item at line 206, column 1' },
	'utf-16': { ok: false, first: 'error: $: is UTF-16 (little-endian) text' },
	whitespace: { ok: false, first: 'error: $: is empty' },
	'wrong-offset': { ok: false, first: 'error: $.sources[1].published (gazette): "2024-03-05T18:30+02:00" gives the offset +02:00, but Europe/London was at +00:00 then' },
	'year-0050': { ok: false, first: 'error: $.events[1].when (proposal): "0050" is in the year 50; years before 1000 are not supported' }
};

/** story:check's lines about `name`.json, wherever the file was. */
const linesAbout = (output: string, name: string) => output.split('\n').filter((line) => new RegExp(`(^|/)${name}\\.json: (error|warning): `).test(line)).map((line) => line.replace(/^.*?\.json: /, ''));

describe('the hostile corpus', () => {
	it('lists every file of tests/fixtures/invalid', () => {
		expect(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(corpus).sort());
	});

	it('story:check refuses or warns on each with one clear line, and its exit status follows', () => {
		// In-process per file (what the command runs for each file), then the command itself once over all of them.
		for (const [name, expected] of Object.entries(corpus)) {
			const report = checkStoryFiles([join(CORPUS_DIR, `${name}.json`)]);
			expect(report.failed.length === 0, name).toBe(expected.ok);
			expect(linesAbout(report.problems.join('\n'), name)[0], name).toContain(expected.first);
		}
		const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', ...Object.keys(corpus).map((name) => join(CORPUS_DIR, `${name}.json`))], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		for (const [name, expected] of Object.entries(corpus)) {
			expect(linesAbout(run.stderr, name)[0], name).toContain(expected.first);
			if (expected.ok) expect(run.stdout, name).toContain(`${name}.json: ok (`);
		}
		expect(run.stderr).toContain(`${Object.values(corpus).filter((c) => !c.ok).length} of ${Object.keys(corpus).length} story file(s) failed.`);
		expect(run.stderr).not.toMatch(/^\s+at /m);
	});
});

describe('the build', () => {
	// One throwaway copy of the project (node_modules is shared) with the hostile corpus and a story broken three ways added: one build.
	it('refuses them before bundling anything, with exactly the lines story:check prints, every JSON path, and no stack trace', () => {
		const project = join(workDir, 'corpus-project');
		mkdirSync(project);
		copyProject(project);
		symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
		for (const name of Object.keys(corpus)) copyFileSync(join(CORPUS_DIR, `${name}.json`), join(project, 'data/stories', `${name}.json`));
		const broken = brokenCopy('broken-copy', (story) => Object.values(faults).forEach((fault) => fault.break(story)));
		writeFileSync(join(project, 'data/stories/broken-copy.json'), JSON.stringify(broken));
		const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts'], { cwd: project, encoding: 'utf8' });
		const build = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8', env: buildEnv() });
		const output = build.stdout + build.stderr;
		expect(check.status).toBe(1);
		expect(build.status).toBe(1);
		for (const [name, expected] of Object.entries(corpus)) {
			const fromBuild = linesAbout(output, name);
			expect(fromBuild, name).toEqual(linesAbout(check.stderr, name));
			expect(fromBuild[0], name).toContain(expected.first);
		}
		for (const fault of Object.values(faults)) expect(output).toContain(`data/stories/broken-copy.json: error: ${fault.path}: ${fault.message}`);
		// The corpus's refusals and the broken copy, of the corpus, the broken copy and the shipped story.
		expect(output).toContain(`${Object.values(corpus).filter((c) => !c.ok).length + 1} of ${Object.keys(corpus).length + 2} story file(s) failed; nothing was built.`);
		expect(output).not.toMatch(/^\s+at /m);
		expect(output).not.toMatch(/panicked|RUST_BACKTRACE|node:internal/);
		// Each warning once (SvelteKit's second build must not check again).
		const bom = 'data/stories/byte-order-mark.json: warning: $: starts with a UTF-8 byte-order mark (bytes EF BB BF), which was ignored';
		expect(output.split(bom).length - 1).toBe(1);
		expect(check.stderr.split(bom).length - 1).toBe(1);
		// The gate is the islands build's first step: nothing was bundled, let alone prerendered.
		expect(output).not.toMatch(/modules transformed/);
		expect(existsSync(join(project, 'static/_islands'))).toBe(false);
		expect(existsSync(join(project, 'build'))).toBe(false);
		expect(existsSync(join(project, '.svelte-kit/output/prerendered'))).toBe(false);
	}, 120_000);
});
