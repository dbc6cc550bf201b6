/**
 * npm run story:import -- <file> [--out data/stories/<slug>.json] [--format timelinejs|sheets-csv|plain-csv]
 *                         [--time-zone Europe/London] [--language en-GB] [--title "…"] [--force]
 * Converts a TimelineJS3 JSON file, a TimelineJS3 Google Sheets CSV export or a
 * plain CSV into a draft story. Every loss or guess is printed as
 * `file: warning: <row or JSON path>: <message>`; the story is validated
 * before it is written, and never written when invalid.
 *
 * npm run story:import -- <file>.xlsx|<file>.ods|<folder> [--out data/stories/<slug>.json] [--force]
 * Reads a story workbook (written by story:export, edited anywhere) back
 * into its story file, whole: problems are printed as
 * `file: error: Events!C14 (item id): <message>`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { importStory, ImportError, isImportFormat, IMPORT_FORMATS, type ImportOptions, type ImportResult, type ImportWarning } from '../src/lib/import';
import { FORMAT_NAMES, type ImportFormat } from '../src/lib/import/common';
import { slugify } from '../src/lib/import/slug';
import { inKeyOrderOf, slugProblem, storyFileJson } from '../src/lib/authoring/story-file';
import { formatProblems, type StoryProblem } from '../src/lib/story/validate';
import { loadStory } from '../src/lib/story/load';
import { metaSchema } from '../src/lib/story/schema';
import { formatWorkbookProblems, readStoryCsv, readWorkbook, type WorkbookResult } from '../src/lib/workbook';

const USAGE = `usage: npm run story:import -- <file> [--out data/stories/<slug>.json] [--format ${IMPORT_FORMATS.join('|')}] [--time-zone Europe/London] [--language en-GB] [--title "…"] [--force]
       npm run story:import -- <story workbook .xlsx|.ods|CSV folder> [--out data/stories/<slug>.json] [--force]`;

function fail(message: string): never {
	console.error(`story:import: ${message}`);
	process.exit(1);
}

function parseCommandLine() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				out: { type: 'string' },
				format: { type: 'string' },
				'time-zone': { type: 'string' },
				language: { type: 'string' },
				title: { type: 'string' },
				force: { type: 'boolean', default: false }
			}
		});
	} catch (error) {
		fail(`${(error as Error).message}\n${USAGE}`);
	}
}

function printWarnings(file: string, warnings: readonly ImportWarning[]) {
	for (const { where, message } of warnings) console.error(`${file}: warning: ${where}: ${message}`);
}

/** The import, or the reason there is none (after the warnings that explain it). */
function runImport(input: string, options: ImportOptions & { format?: ImportFormat }): ImportResult & { format: ImportFormat } {
	try {
		// Bytes, not text: the importer tells UTF-8 from UTF-16 and Windows-1252, and says which it read.
		return importStory(readFileSync(input), options);
	} catch (error) {
		if (!(error instanceof ImportError)) throw error;
		printWarnings(input, error.warnings);
		fail(`${input}: ${error.message}`);
	}
}

/** The draft flag and the draft's unsourced events are expected: summed up in one line rather than listed one by one. */
function isMissingSource(problem: StoryProblem): boolean {
	return problem.path === '$.meta.draft' || (/^\$\.events\[\d+\]\.sources$/.test(problem.path) && problem.message.includes('has no source yet'));
}

/** Workbook files SheetJS reads; a folder is read as the CSV files of a workbook. */
const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.ods', '.fods', '.xls', '.xlsb']);

function isWorkbook(input: string): boolean {
	return WORKBOOK_EXTENSIONS.has(extname(input).toLowerCase()) || (existsSync(input) && statSync(input).isDirectory());
}

function readWorkbookInput(input: string, fileSlug?: string): WorkbookResult {
	if (!statSync(input).isDirectory()) return readWorkbook(readFileSync(input), { fileSlug });
	const names = readdirSync(input).filter((name) => name.toLowerCase().endsWith('.csv'));
	if (!names.length) fail(`${input} is a folder without CSV files; give a workbook (.xlsx, .ods) or a folder written by npm run story:export`);
	return readStoryCsv(new Map(names.map((name) => [name, readFileSync(join(input, name))])), { fileSlug });
}

/** The story file about to be overwritten, as its JSON has it (the loader's story has the schema's key order); undefined when there is none or it is not JSON. */
function previousJson(file: string): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** A workbook back into a story file: the whole story, checked by the loader and written only when valid. */
function importWorkbook(input: string, options: typeof values) {
	for (const option of ['format', 'time-zone', 'language', 'title'] as const) {
		if (options[option] !== undefined) fail(`--${option} is for TimelineJS3 and CSV timelines; a story workbook says it in its Story sheet`);
	}
	if (!existsSync(input)) fail(`${input} does not exist`);
	const outSlug = options.out === undefined ? undefined : basename(options.out, '.json');
	if (options.out !== undefined && extname(options.out) !== '.json') fail(`--out must name a .json file, e.g. data/stories/my-story.json`);
	const result = readWorkbookInput(input, outSlug);
	if (result.warnings.length) console.error(formatWorkbookProblems(input, result.warnings));
	if (!result.ok) {
		console.error(formatWorkbookProblems(input, result.errors));
		fail(`${input} has ${result.errors.length} ${result.errors.length === 1 ? 'problem' : 'problems'}, so nothing was written`);
	}
	const { story } = result;
	const out = options.out ?? join('data/stories', `${story.meta.slug}.json`);
	if (existsSync(out) && !options.force) fail(`${out} already exists; pass --force to overwrite it`);
	// Over an existing story file, keys keep that file's order, so a diff shows only what changed.
	const json = storyFileJson(inKeyOrderOf(story, previousJson(out)));
	const check = loadStory(new TextEncoder().encode(json), { fileSlug: basename(out, '.json') });
	if (!check.ok) fail(`the story read from ${input} is invalid as ${out}, so it was not written:\n${formatProblems(out, check.errors)}`);
	writeFileSync(out, json);
	console.log(
		`Imported ${input} into ${out}: ${story.events.length} events, ${story.chapters.length} chapters, ${story.quotes.length} quotes, ${story.sources.length} sources; ${result.warnings.length} warnings above.`
	);
	console.log(`Next: npm run story:check -- ${out}, and git diff ${out} to see what changed.`);
}

const { values, positionals } = parseCommandLine();
if (positionals.length !== 1) fail(`give exactly one file to import\n${USAGE}`);
const [input] = positionals;
if (isWorkbook(input)) {
	importWorkbook(input, values);
	process.exit(0);
}
if (values.format !== undefined && !isImportFormat(values.format)) fail(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
const out = values.out ?? join('data/stories', `${slugify(basename(input, extname(input))) || 'imported-story'}.json`);
if (extname(out) !== '.json') fail(`--out must name a .json file, e.g. data/stories/my-story.json`);
const slug = basename(out, '.json');
const problem = slugProblem(slug);
if (problem) fail(`${problem} (the file name is the slug)`);
// Checked before importing, so a typo costs one line rather than a page of warnings and a refusal.
for (const [option, schema] of [
	['time-zone', metaSchema.shape.timeZone],
	['language', metaSchema.shape.language]
] as const) {
	const value = values[option];
	const issue = value === undefined ? undefined : schema.safeParse(value).error?.issues[0];
	if (issue) fail(`--${option} ${value}: ${issue.message}`);
}
if (existsSync(out) && !values.force) fail(`${out} already exists; pass --force to overwrite it`);
if (!existsSync(input)) fail(`${input} does not exist`);

const { story, warnings, format } = runImport(input, { slug, format: values.format, timeZone: values['time-zone'], language: values.language, title: values.title });
printWarnings(input, warnings);
// The file's own bytes go through the loader that story:check and the build use, so what is written is what they will read.
const json = storyFileJson(story);
const result = loadStory(new TextEncoder().encode(json), { fileSlug: slug });
if (!result.ok) fail(`the imported story is invalid, so ${out} was not written:\n${formatProblems(out, result.errors)}`);
writeFileSync(out, json);

const unsourced = result.warnings.filter((problem) => isMissingSource(problem) && problem.path !== '$.meta.draft').length;
const otherWarnings = result.warnings.filter((problem) => !isMissingSource(problem));
if (otherWarnings.length) console.error(formatProblems(out, otherWarnings));
const cited = new Set([...story.events, ...story.quotes].flatMap((item) => item.sources));
const candidates = story.sources.filter((source) => !cited.has(source.id)).length;
console.log(
	`Imported ${input} (${FORMAT_NAMES[format]}) into ${out}: ${story.events.length} events, ${story.chapters.length} chapters, ` +
		`${story.quotes.length} quotes, ${story.sources.length} sources (${candidates} uncited candidates); ${warnings.length} import warnings above.`
);
console.log(`${out}: valid draft (${unsourced} ${unsourced === 1 ? 'event has' : 'events have'} no source${otherWarnings.length ? `; ${otherWarnings.length} other warnings` : ''}).`);
console.log(`Next: npm run dev and open http://localhost:5173/${slug}, then add sources and remove "draft": true (docs/authoring.md).`);
console.log(`Before publishing: npm run story:check -- --strict ${out}`);
