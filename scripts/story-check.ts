/**
 * npm run story:check [--strict] [files…]
 * Validates story files (default: every data/stories/*.json) and prints each
 * problem as `file: severity: $.json.path: message (expected …)`.
 * Exit status 1 on any error; with --strict, warnings count as errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateStory, formatProblems, type StoryProblem } from '../src/lib/story/validate';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length
	? named
	: readdirSync('data/stories')
			.filter((f) => f.endsWith('.json'))
			.sort()
			.map((f) => join('data/stories', f));

let failed = 0;
for (const file of files) {
	let problems: StoryProblem[];
	let input: unknown;
	try {
		input = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		console.error(`${file}: error: $: ${error instanceof SyntaxError ? `is not valid JSON: ${error.message}` : String(error)}`);
		failed++;
		continue;
	}
	const result = validateStory(input, { fileSlug: basename(file, '.json') });
	problems = result.ok ? result.warnings : [...result.errors, ...result.warnings];
	if (strict) problems = problems.map((p) => ({ ...p, severity: 'error' }));
	const hasErrors = problems.some((p) => p.severity === 'error');
	if (problems.length) console.error(formatProblems(file, problems));
	if (hasErrors) failed++;
	else if (result.ok) {
		const { events, quotes, sources } = result.story;
		console.log(`${file}: ok (${events.length} events, ${quotes.length} quotes, ${sources.length} sources${result.warnings.length ? `, ${result.warnings.length} warnings` : ''})`);
	}
}
if (failed) {
	console.error(`${failed} of ${files.length} story file(s) failed.`);
	process.exit(1);
}
