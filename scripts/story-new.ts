/**
 * npm run story:new -- <slug> [--title "…"] [--time-zone Europe/London] [--language en-GB] [--dir data/stories]
 * Writes data/stories/<slug>.json: one chapter, event, actor, quote and source,
 * valid as written, every text saying what to replace it with.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffoldStory } from '../src/lib/authoring/scaffold';
import { slugProblem, storyFileJson, todayAsLocalDate } from '../src/lib/authoring/story-file';
import { validateStory, formatProblems } from '../src/lib/story/validate';

const USAGE = 'usage: npm run story:new -- <slug> [--title "…"] [--time-zone Europe/London] [--language en-GB] [--dir data/stories]';

function fail(message: string): never {
	console.error(`story:new: ${message}`);
	process.exit(1);
}

function parseCommandLine() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: { title: { type: 'string' }, 'time-zone': { type: 'string' }, language: { type: 'string' }, dir: { type: 'string', default: 'data/stories' } }
		});
	} catch (error) {
		fail(`${(error as Error).message}\n${USAGE}`);
	}
}

const { values, positionals } = parseCommandLine();
if (positionals.length !== 1) fail(`give exactly one slug\n${USAGE}`);
const [slug] = positionals;
const problem = slugProblem(slug);
if (problem) fail(problem);
const file = join(values.dir, `${slug}.json`);
if (existsSync(file)) fail(`${file} already exists; choose another slug or edit that file`);

const story = scaffoldStory({ slug, today: todayAsLocalDate(), title: values.title, timeZone: values['time-zone'], language: values.language });
// Only an option (--time-zone, --language) can make the scaffold invalid; say so instead of writing a broken file.
const result = validateStory(story, { fileSlug: slug });
if (!result.ok) fail(`not written:\n${formatProblems(file, result.errors)}`);

writeFileSync(file, storyFileJson(story), { flag: 'wx' });
console.log(`Wrote ${file}: a valid skeleton with one chapter, event, quote and source.`);
console.log(`Next: replace every "Replace with …" text and the source URL ${story.sources[0].url}, then`);
console.log(`  npm run story:check -- ${file}`);
console.log(`  npm run dev   (and open http://localhost:5173/${slug})`);
console.log('The format, field by field: docs/authoring.md');
