import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStory } from '../../src/lib/story/validate';

const docs = readFileSync('docs/authoring.md', 'utf8');

describe('docs/authoring.md', () => {
	it('has a worked example that is a valid story with no warnings', () => {
		const section = docs.slice(docs.indexOf('### A worked example'));
		const json = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
		expect(json).toBeDefined();
		const result = validateStory(JSON.parse(json!), { fileSlug: 'council-vote-2024' });
		expect(result.ok && result.warnings).toEqual([]);
	});

	it('is linked from the README', () => {
		expect(readFileSync('README.md', 'utf8')).toContain('](docs/authoring.md)');
	});
});
