/**
 * npm run story:check [--strict] [files…]
 * Validates story files (default: every data/stories/*.json) and prints each
 * problem as `file: severity: $.json.path (item id): message (expected …)`.
 * Exit status 1 on any error; with --strict, warnings count as errors.
 * The build reads story files the same way (src/lib/server/story-files.ts).
 */
import { checkStoryFiles, storyFilePaths } from '../src/lib/server/story-files';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const named = args.filter((a) => !a.startsWith('--'));
const files = named.length ? named : storyFilePaths(false);

const report = checkStoryFiles(files, { strict });
for (const line of report.problems) console.error(line);
for (const line of report.passed) console.log(line);
if (report.failed.length) {
	console.error(`${report.failed.length} of ${files.length} story file(s) failed.`);
	process.exit(1);
}
