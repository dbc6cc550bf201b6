import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allStoryFiles } from '../../helpers/fixtures';
import { classifyFile } from '../../../src/lib/editor/open';
import { storyText } from '../../../src/lib/editor/story-text';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a file dropped on the editor', () => {
	it('every story opens as the data it holds, and saves back deep-equal', () => {
		for (const file of allStoryFiles()) {
			const raw = readFileSync(file);
			const opened = classifyFile(file.split('/').pop()!, new Uint8Array(raw));
			expect(opened.kind, file).toBe('story');
			if (opened.kind !== 'story') continue;
			expect(
				opened.problems.filter((p) => p.severity === 'error'),
				file
			).toEqual([]);
			expect(JSON.parse(storyText(opened.story)), file).toEqual(JSON.parse(raw.toString('utf8')));
		}
	});

	it('a story with problems opens, with them', () => {
		const story = JSON.parse(readFileSync('tests/fixtures/stories/minimal.json', 'utf8'));
		story.events[0].chapter = 'nowhere';
		const opened = classifyFile('minimal.json', bytes(JSON.stringify(story)));
		expect(opened.kind).toBe('story');
		expect(opened.kind === 'story' && opened.problems.some((p) => p.path === '$.events[0].chapter' && /does not exist/.test(p.message))).toBe(true);
	});

	it('refuses what is not a story, in the loader’s one-line messages', () => {
		const cases: [string, Uint8Array, RegExp][] = [
			['not-json.json', bytes('{ "meta": '), /not-json\.json: error: \$: is not valid JSON/],
			['dup.json', bytes('{"meta": {}, "meta": {}}'), /dup\.json: error: \$\.meta: appears twice/],
			['utf16.json', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), /utf16\.json: error: \$: is UTF-16/],
			['list.json', bytes('[1, 2]'), /list\.json: error: \$: has the wrong type \(array\)/],
			['other.json', bytes('{"name": "package"}'), /other\.json: error: /],
			['deep.json', bytes('['.repeat(100) + ']'.repeat(100)), /is nested 100 levels deep/]
		];
		for (const [name, content, line] of cases) {
			const opened = classifyFile(name, content);
			expect(opened.kind, name).toBe('refused');
			expect(opened.kind === 'refused' && opened.lines[0], name).toMatch(line);
			expect(opened.kind === 'refused' && opened.lines.every((l) => !/^\s+at /.test(l))).toBe(true);
		}
	});

	it('hands TimelineJS3 files and spreadsheets to the importers', () => {
		expect(classifyFile('timeline.json', new Uint8Array(readFileSync('tests/fixtures/import/timeline.json'))).kind).toBe('import');
		expect(classifyFile('plain.csv', new Uint8Array(readFileSync('tests/fixtures/import/plain.csv'))).kind).toBe('import');
		expect(classifyFile('sheets.csv', new Uint8Array(readFileSync('tests/fixtures/import/sheets.csv'))).kind).toBe('import');
	});
});
