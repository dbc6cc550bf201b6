/**
 * What a file dropped on the editor is: a story (opened as it is, with the
 * loader's problems shown), something an importer reads (TimelineJS3 JSON, its
 * Sheets CSV, a plain CSV: opened as a draft), or neither, refused with the
 * loader's one-line messages. Refusing changes nothing: the caller keeps its
 * working copy.
 */
import { decodeUtf8, parseStoryJson } from '../story/load';
import { formatProblems, validateStory, type StoryProblem } from '../story/validate';
import type { StoryInput } from '../story/schema';

export type OpenedFile =
	| { kind: 'story'; story: StoryInput; problems: StoryProblem[] }
	| { kind: 'import'; bytes: Uint8Array }
	/** A spreadsheet workbook (.xlsx, .ods, …), read by lib/workbook. */
	| { kind: 'workbook'; bytes: Uint8Array }
	| { kind: 'refused'; lines: string[] };

/** Workbooks by name, or by their zip signature (xlsx and ods are zip files). */
const isWorkbook = (name: string, bytes: Uint8Array) => /\.(xlsx|xlsm|xls|xlsb|ods|fods)$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);

/** The file name without its folder and extension: what a story saved from it is called. */
export const baseName = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** TimelineJS3's JSON: `events` of slides with a `start_date`, or a `title` slide, and no story `meta`. */
function isTimelineJs(value: Record<string, unknown>): boolean {
	if ('meta' in value) return false;
	const events = value.events;
	return (Array.isArray(events) && events.some((e) => isObject(e) && 'start_date' in e)) || (isObject(value.title) && !('events' in value && !Array.isArray(events)));
}

export function classifyFile(name: string, bytes: Uint8Array): OpenedFile {
	const refuse = (problems: StoryProblem[]) => ({ kind: 'refused' as const, lines: formatProblems(name, problems).split('\n') });
	if (isWorkbook(name, bytes)) return { kind: 'workbook', bytes };
	const looksJson = /\.json$/i.test(name) || /^\s*[{[]/.test(new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, ''));
	if (!looksJson) return { kind: 'import', bytes };
	const decoded = decodeUtf8(bytes);
	if ('error' in decoded) return refuse([decoded.error, ...decoded.warnings]);
	const parsed = parseStoryJson(decoded.text);
	if (parsed.value === undefined || parsed.errors.length) return refuse([...parsed.errors, ...decoded.warnings]);
	const value = parsed.value;
	if (isObject(value) && isTimelineJs(value)) return { kind: 'import', bytes };
	const result = validateStory(value, { fileSlug: /\.json$/i.test(name) ? baseName(name) : undefined });
	const problems = [...decoded.warnings, ...(result.ok ? [] : result.errors), ...result.warnings];
	// Not a story at all (a list, a number, an object with neither meta nor events): nothing to edit.
	if (!isObject(value) || !('meta' in value || 'events' in value)) return refuse(problems.filter((p) => p.severity === 'error'));
	return { kind: 'story', story: value as StoryInput, problems };
}
