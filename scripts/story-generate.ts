/**
 * npm run story:generate -- --events N --out data/stories/bench-N.json [--seed S] [--slug SLUG]
 *
 * Writes a valid synthetic story (see bench/generate.ts). The slug
 * defaults to the out file's name, so the file passes `story:check` as is.
 * Generated stories are for the benchmark and are not committed
 * (data/stories/bench-*.json is gitignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { generateStory } from '../bench/generate';
import { validateStory, formatProblems } from '../src/lib/story/validate';

function usage(message?: string): never {
	if (message) console.error(`story:generate: ${message}`);
	console.error('usage: npm run story:generate -- --events N --out FILE.json [--seed S] [--slug SLUG]');
	process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Map<string, string>();
for (let i = 0; i < args.length; i++) {
	const arg = args[i];
	if (arg === '--help' || arg === '-h') usage();
	const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
	if (!match) usage(`unexpected argument "${arg}"`);
	const value = match[2] ?? args[++i];
	if (value === undefined) usage(`--${match[1]} needs a value`);
	flags.set(match[1], value);
}
for (const key of flags.keys()) if (!['events', 'out', 'seed', 'slug'].includes(key)) usage(`unknown flag --${key}`);

const events = Number(flags.get('events'));
if (!Number.isInteger(events) || events < 1) usage('--events must be a whole number of at least 1');
const out = flags.get('out') ?? usage('--out is required');
if (!out.endsWith('.json')) usage('--out must name a .json file');
const seed = flags.has('seed') ? Number(flags.get('seed')) : 1;
if (!Number.isInteger(seed)) usage('--seed must be a whole number');
const slug = flags.get('slug') ?? basename(out, '.json');

const story = generateStory({ events, seed, slug });
const result = validateStory(story, { fileSlug: basename(out, '.json') });
if (!result.ok) {
	console.error(formatProblems(out, result.errors));
	process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(story, null, '\t') + '\n');
console.log(`${out}: ${story.events.length} events, ${story.quotes?.length ?? 0} quotes, ${story.sources.length} sources, ${story.chapters.length} chapters (seed ${seed}, slug "${slug}")`);
