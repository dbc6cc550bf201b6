import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readJson } from '../helpers/fixtures';
import { copyProject } from '../helpers/build';
import type { Story } from '../../src/lib/story/schema';

/** The default story, copied under a new slug and broken in one of the ways journalists break files. */
function brokenCopy(slug: string, breakIt: (story: any) => void): object {
	const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
	const story = readJson<Story>(`data/stories/${defaultStory}.json`) as any;
	story.meta.slug = slug;
	breakIt(story);
	return story;
}

const faults = {
	'broken-reference': { break: (s: any) => (s.events[2].chapter = 'no-such-chapter'), path: '$.events[2].chapter', message: 'refers to chapter "no-such-chapter", which does not exist' },
	'bad-date': { break: (s: any) => (s.events[1].when = '2019-11-31'), path: '$.events[1].when', message: '"2019-11-31" is not a real calendar date' },
	'javascript-url': { break: (s: any) => (s.sources[0].url = 'javascript:alert(document.cookie)'), path: '$.sources[0].url', message: 'must be an absolute http:// or https:// URL' }
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
			const run = spawnSync('npx', ['tsx', 'scripts/story-check.ts', file], { encoding: 'utf8' });
			expect(run.status).toBe(1);
			expect(run.stderr).toContain(`${file}: error: ${fault.path}: ${fault.message}`);
		});
	}

	it('passes on the shipped stories', () => {
		const run = spawnSync('npx', ['tsx', 'scripts/story-check.ts'], { encoding: 'utf8' });
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/ok \(\d+ events, \d+ quotes, \d+ sources/);
	});

	it('fails on a file that is not JSON', () => {
		const file = join(workDir, 'not-json.json');
		writeFileSync(file, '{ "meta": ');
		const run = spawnSync('npx', ['tsx', 'scripts/story-check.ts', file], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(`${file}: error: $: is not valid JSON`);
	});
});

describe('the build', () => {
	it('fails on an invalid story with the file and every JSON path', () => {
		// A throwaway copy of the project with one broken story added; node_modules is shared.
		const project = join(workDir, 'project');
		mkdirSync(project);
		copyProject(project);
		symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
		const broken = brokenCopy('broken-copy', (story) => Object.values(faults).forEach((fault) => fault.break(story)));
		writeFileSync(join(project, 'data/stories/broken-copy.json'), JSON.stringify(broken));

		const run = spawnSync('npm', ['run', 'build'], { cwd: project, encoding: 'utf8' });
		const output = run.stdout + run.stderr;
		expect(run.status).not.toBe(0);
		for (const fault of Object.values(faults)) {
			expect(output).toContain(`data/stories/broken-copy.json: error: ${fault.path}: ${fault.message}`);
		}
	}, 120_000);
});
