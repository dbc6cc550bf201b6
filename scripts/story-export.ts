/**
 * npm run story:export -- <slug|file> [--out <name>.xlsx|<name>.ods|<folder>] [--force]
 * Writes a story as a workbook: an .xlsx or .ods file, or a folder of CSV
 * files, one per sheet. `npm run story:import` reads any of them back. The
 * story is read through the loader first, so only a valid story is written.
 * The workbook code is src/lib/workbook (shared with the editor); this is
 * its shell: files in, files out.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadStoryFile } from '../src/lib/server/story-files';
import { formatProblems } from '../src/lib/story/validate';
import { writeStoryCsv, writeWorkbook, type WorkbookFormat } from '../src/lib/workbook';

const USAGE = 'usage: npm run story:export -- <slug|file.json> [--out <name>.xlsx|<name>.ods|<folder>] [--force]';

function fail(message: string): never {
	console.error(`story:export: ${message}`);
	process.exit(1);
}

function parseCommandLine() {
	try {
		return parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false } } });
	} catch (error) {
		fail(`${(error as Error).message}\n${USAGE}`);
	}
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const { values, positionals } = parseCommandLine();
if (positionals.length !== 1) fail(`give exactly one story, by its slug or its file\n${USAGE}`);
const [input] = positionals;
const file = input.endsWith('.json') ? input : join('data/stories', `${input}.json`);
const loaded = loadStoryFile(file);
if (!loaded.ok) fail(`${file} is not a valid story, so nothing was written:\n${formatProblems(file, loaded.errors)}`);
const { story } = loaded;
const out = values.out ?? `${story.meta.slug}.xlsx`;
const extension = extname(out).toLowerCase();
const counts = `${story.events.length} events, ${story.sources.length} sources, ${story.quotes.length} quotes`;

if (extension === '.xlsx' || extension === '.ods') {
	if (existsSync(out) && !values.force) fail(`${out} already exists; pass --force to overwrite it`);
	const bytes = writeWorkbook(story, extension.slice(1) as WorkbookFormat);
	writeFileSync(out, bytes);
	console.log(`Wrote ${out} (${kilobytes(bytes.length)}): ${counts}.`);
} else if (extension === '') {
	const files = writeStoryCsv(story);
	if (existsSync(out) && !values.force && readdirSync(out).some((name) => files.has(name))) fail(`${out} already holds the story's CSV files; pass --force to overwrite them`);
	mkdirSync(out, { recursive: true });
	for (const [name, bytes] of files) writeFileSync(join(out, name), bytes);
	console.log(`Wrote ${files.size} CSV files to ${out}/ (${[...files.keys()].join(', ')}): ${counts}.`);
} else {
	fail(`--out must end in .xlsx or .ods, or name a folder for CSV files (not ${basename(out)})`);
}
console.log(`Read it back with: npm run story:import -- ${out} --out ${file}${file.startsWith('data/stories/') ? ' --force' : ''}`);
