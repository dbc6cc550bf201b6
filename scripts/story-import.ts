/**
 * npm run story:import -- <file> [--out data/stories/<slug>.json] [--format timelinejs|sheets-csv|plain-csv]
 *                         [--time-zone Europe/London] [--language en-GB] [--title "…"] [--force]
 * Converts a TimelineJS3 JSON file, a TimelineJS3 Google Sheets CSV export or a
 * plain CSV into a draft story. Every loss or guess is printed as
 * `file: warning: <row or JSON path>: <message>`; the story is validated
 * before it takes the name --out, and never does when invalid.
 *
 * npm run story:import -- <file>.xlsx|<file>.ods|<folder> [--out data/stories/<slug>.json] [--force]
 * Reads a story workbook (written by story:export, edited anywhere) back
 * into its story file, whole: problems are printed as
 * `file: error: Events!C14 (item id): <message>`.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { importStory, ImportError, isImportFormat, IMPORT_FORMATS, type ImportOptions, type ImportResult, type ImportWarning } from '../src/lib/import';
import { FORMAT_NAMES, type ImportFormat } from '../src/lib/import/common';
import { slugify } from '../src/lib/import/slug';
import { inKeyOrderOf, slugProblem, storyFileChunks, storyFileJson } from '../src/lib/authoring/story-file';
import { formatProblems, type StoryProblem, type ValidationResult } from '../src/lib/story/validate';
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

/** One line per warning, written a thousand at a time: a big spreadsheet has hundreds of thousands. */
function printWarnings(file: string, warnings: readonly ImportWarning[]) {
	for (let i = 0; i < warnings.length; i += 1000) {
		process.stderr.write(
			`${warnings
				.slice(i, i + 1000)
				.map(({ where, message }) => `${file}: warning: ${where}: ${message}`)
				.join('\n')}\n`
		);
	}
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
const format = values.format as ImportFormat | undefined;
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
if (!existsSync(dirname(out))) fail(`${dirname(out)} does not exist; --out must name a file in a folder that does`);
if (!existsSync(input)) fail(`${input} does not exist`);

/**
 * Imports the file and writes the story's JSON to `file`, piece by piece,
 * after printing the import's warnings. Nothing of the import outlives this
 * function: a big spreadsheet's story and warnings are garbage before the
 * file is checked, and its text is never one string (84 MB of JSON for
 * 100,000 rows; tests/full/import-memory.test.ts).
 */
function importInto(file: string): { format: ImportFormat; warningCount: number } {
	const { story, warnings, format: read } = runImport(input, { slug, format, timeZone: values['time-zone'], language: values.language, title: values.title });
	printWarnings(input, warnings);
	const descriptor = openSync(file, 'w');
	try {
		for (const chunk of storyFileChunks(story)) writeSync(descriptor, chunk);
	} finally {
		closeSync(descriptor);
	}
	return { format: read, warningCount: warnings.length };
}

// Written beside --out and renamed to it once valid: an invalid import never leaves a file, nor half of one.
const draftFile = join(dirname(out), `.${basename(out)}.${process.pid}.importing`);
let imported: { format: ImportFormat; warningCount: number };
let result: ValidationResult;
try {
	imported = importInto(draftFile);
	// The file's own bytes go through the loader that story:check and the build use, so what is written is what they will read.
	result = loadStory(() => readFileSync(draftFile), { fileSlug: slug });
	if (result.ok) renameSync(draftFile, out);
} finally {
	rmSync(draftFile, { force: true });
}
if (!result.ok) fail(`the imported story is invalid, so ${out} was not written:\n${formatProblems(out, result.errors)}`);

const { story } = result;
const unsourced = result.warnings.filter((problem) => isMissingSource(problem) && problem.path !== '$.meta.draft').length;
const otherWarnings = result.warnings.filter((problem) => !isMissingSource(problem));
if (otherWarnings.length) console.error(formatProblems(out, otherWarnings));
const cited = new Set([...story.events, ...story.quotes].flatMap((item) => item.sources));
const candidates = story.sources.filter((source) => !cited.has(source.id)).length;
console.log(
	`Imported ${input} (${FORMAT_NAMES[imported.format]}) into ${out}: ${story.events.length} events, ${story.chapters.length} chapters, ` +
		`${story.quotes.length} quotes, ${story.sources.length} sources (${candidates} uncited candidates); ${imported.warningCount} import warnings above.`
);
console.log(`${out}: valid draft (${unsourced} ${unsourced === 1 ? 'event has' : 'events have'} no source${otherWarnings.length ? `; ${otherWarnings.length} other warnings` : ''}).`);
console.log(`Next: npm run dev and open http://localhost:5173/${slug}, then add sources and remove "draft": true (docs/authoring.md).`);
console.log(`Before publishing: npm run story:check -- --strict ${out}`);
