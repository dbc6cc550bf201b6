/**
 * The one way a story file is read: by `npm run story:check`, by the build
 * (lib/server/story-files.ts), by the importers' output check and by the tests.
 * Bytes → strict UTF-8 → JSON that reports duplicate keys and never lets
 * `__proto__` shape an object → text checks, shape and cross-checks
 * (validate.ts). So check and build give the same verdict and the same
 * messages for every file.
 *
 * The JSON is read by JSON.parse, which needs little more memory than the
 * story it makes, after one pass over the text for duplicate keys (JSON.parse
 * keeps the last of two silently). Only a file it refuses or one with a key
 * twice is parsed again by momoa (ESLint's JSON parser), whose syntax tree
 * gives the line and column of every member and of the first syntax error,
 * at about 20 times the file's size.
 */
import { parse, type ValueNode } from '@humanwhocodes/momoa';
import { validateStory, type StoryProblem, type ValidateOptions, type ValidationResult } from './validate';
import { byteLineAndColumn, firstInvalidUtf8 } from './utf8';
import { parseJsonPieces } from './json-pieces';

/** Far more than a story needs (about 6); parsers recurse, and a hostile file 5,000 levels deep must not reach them. */
export const MAX_DEPTH = 64;

const BOM = [0xef, 0xbb, 0xbf];
const bomWarning = () => problem('starts with a UTF-8 byte-order mark (bytes EF BB BF), which was ignored', 'UTF-8 without a byte-order mark', 'warning');

/**
 * A story file's bytes → the story, or every problem. `bytes` may be a
 * function that reads them: then nothing holds them once they are decoded,
 * and a big file's bytes, text and story are never all in memory at once.
 */
export function loadStory(bytes: Uint8Array | (() => Uint8Array), options: ValidateOptions = {}): ValidationResult {
	const { value, errors: parseErrors, warnings } = parseBytes(bytes);
	if (value === undefined) return refuse(parseErrors, warnings);
	const result = validateStory(value, options);
	const errors = [...parseErrors, ...(result.ok ? [] : result.errors)];
	const allWarnings = [...warnings, ...result.warnings];
	if (errors.length) return { ok: false, errors, warnings: allWarnings };
	return result.ok ? { ok: true, story: result.story, warnings: allWarnings } : { ok: false, errors, warnings: allWarnings };
}

/**
 * Bytes → a JSON value. A clean file is read in pieces, never as one string
 * (json-pieces.ts); any other is read as a whole text, whose messages say
 * what is wrong and where.
 */
function parseBytes(input: Uint8Array | (() => Uint8Array)): { value?: unknown; errors: StoryProblem[]; warnings: StoryProblem[] } {
	const bytes = typeof input === 'function' ? input() : input;
	const bom = BOM.every((byte, i) => bytes[i] === byte);
	const body = bom ? bytes.subarray(BOM.length) : bytes;
	if (firstInvalidUtf8(body) < 0) {
		const clean = parseJsonPieces(body, MAX_DEPTH);
		if (clean) return { value: clean.value, errors: [], warnings: bom ? [bomWarning()] : [] };
	}
	return parseText(bytes);
}

/** Bytes → text → a JSON value, with every problem on the way. */
function parseText(bytes: Uint8Array): { value?: unknown; errors: StoryProblem[]; warnings: StoryProblem[] } {
	const decoded = decodeUtf8(bytes);
	if ('error' in decoded) return { errors: [decoded.error], warnings: decoded.warnings };
	const parsed = parseStoryJson(decoded.text);
	return { value: parsed.value, errors: parsed.errors, warnings: [...decoded.warnings, ...parsed.warnings] };
}

function refuse(errors: StoryProblem | StoryProblem[], warnings: StoryProblem[]): ValidationResult {
	return { ok: false, errors: Array.isArray(errors) ? errors : [errors], warnings };
}

function problem(message: string, expected?: string, severity: StoryProblem['severity'] = 'error', path = '$'): StoryProblem {
	return { severity, path, message, expected };
}

/** Strict UTF-8: a byte-order mark is dropped with a warning; UTF-16 and invalid bytes are refused with where they are. */
export function decodeUtf8(bytes: Uint8Array): { text: string; warnings: StoryProblem[] } | { error: StoryProblem; warnings: StoryProblem[] } {
	const warnings: StoryProblem[] = [];
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
		return { error: problem(`is UTF-16 (${order}) text, starting with its byte-order mark`, 'a file saved as UTF-8'), warnings };
	}
	let body = bytes;
	if (BOM.every((byte, i) => bytes[i] === byte)) {
		body = bytes.subarray(3);
		warnings.push(bomWarning());
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), warnings };
	} catch {
		const at = Math.max(0, firstInvalidUtf8(body));
		const { line, column } = byteLineAndColumn(body, at);
		const byte = body[at].toString(16).toUpperCase().padStart(2, '0');
		return {
			error: problem(`is not UTF-8: byte 0x${byte} at line ${line}, column ${column} is not part of a UTF-8 character`, 'a file saved as UTF-8 (Latin-1 and Windows-1252 files must be converted)'),
			warnings
		};
	}
}

/**
 * JSON to a plain value. Errors: syntax (with line and column), nesting past
 * MAX_DEPTH, duplicate keys. `__proto__` and other keys become own data
 * properties, so the shape check sees (and refuses) them like any unknown field.
 */
export function parseStoryJson(text: string): { value?: unknown; errors: StoryProblem[]; warnings: StoryProblem[] } {
	if (text.trim() === '') return { errors: [problem('is empty', 'a JSON object with meta, actors, sources, chapters, events, quotes, framings and unknowns')], warnings: [] };
	const { depth, rawControl } = scan(text);
	if (depth > MAX_DEPTH) return { errors: [problem(`is nested ${depth} levels deep`, `at most ${MAX_DEPTH} levels (a story needs about 6)`)], warnings: [] };
	if (rawControl !== undefined) {
		// momoa accepts these; JSON (and JSON.parse, and every editor) does not.
		const { line, column } = lineAndColumnOf(text, rawControl);
		const code = text.charCodeAt(rawControl);
		const what = code === 0x0a || code === 0x0d ? 'a line break' : code === 0x09 ? 'a tab' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
		return { errors: [problem(`is not valid JSON: ${what} inside a string at line ${line}, column ${column}`, 'line breaks and tabs in text written as \\n and \\t')], warnings: [] };
	}
	let value: unknown;
	try {
		// JSON.parse makes `__proto__` an own data property, as JSON says; it keeps the last of two equal keys, which duplicateKeys finds.
		value = JSON.parse(text);
	} catch (error) {
		return { errors: [syntaxProblem(text, error)], warnings: [] };
	}
	if (!hasDuplicateKeys(text)) return { value, errors: [], warnings: [] };
	// Rare, and refused: momoa's tree says where each key is, and the value keeps the first of two, as an editor shows them.
	const errors: StoryProblem[] = [];
	return { value: toValue(parse(text, { mode: 'json' }).body, '$', errors), errors, warnings: [] };
}

/**
 * Whether an object in `text` (valid JSON) has the same key twice. One pass
 * holding only the keys of the objects open at a time, so a story of 100,000
 * events costs no more than its text: momoa's tree of the same story took
 * about 20 times the file's size.
 */
export function hasDuplicateKeys(text: string): boolean {
	/** The keys of each open object, innermost last; null for an open array. */
	const open: (Set<string> | null)[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) {
			const start = i;
			let escaped = false;
			for (i++; text.charCodeAt(i) !== 0x22; i++) {
				if (text.charCodeAt(i) === 0x5c) {
					escaped = true;
					i++;
				}
			}
			const keys = open[open.length - 1];
			if (!keys || !isKey(text, i + 1)) continue;
			const key = escaped ? (JSON.parse(text.slice(start, i + 1)) as string) : text.slice(start + 1, i);
			if (keys.has(key)) return true;
			keys.add(key);
		} else if (c === 0x7b) open.push(new Set());
		else if (c === 0x5b) open.push(null);
		else if (c === 0x7d || c === 0x5d) open.pop();
	}
	return false;
}

/** A string in an object is a key when a colon follows it. */
function isKey(text: string, from: number): boolean {
	let i = from;
	while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d || text.charCodeAt(i) === 0x09) i++;
	return text.charCodeAt(i) === 0x3a;
}

/** A syntax error in words, where momoa (which says where, unlike JSON.parse) finds it. */
function syntaxProblem(text: string, jsonError: unknown): StoryProblem {
	let error: unknown = jsonError;
	try {
		parse(text, { mode: 'json' });
	} catch (momoaError) {
		error = momoaError;
	}
	const { line, column, offset, message = '' } = (error ?? {}) as { line?: number; column?: number; offset?: number; message?: string };
	if (message.startsWith('Unexpected end of input')) {
		return problem('is not valid JSON: the file ends before the JSON does', 'every { and [ closed and every string ended');
	}
	if (typeof line !== 'number' || typeof offset !== 'number') return problem(`is not valid JSON: ${message || String(error)}`);
	const before = text.slice(0, offset).trimEnd();
	const at = text[offset];
	if (before.endsWith(',') && (at === '}' || at === ']')) {
		return problem(`is not valid JSON: a comma after the last item at line ${line}, column ${column}`, 'no comma before a closing } or ]');
	}
	const found = /Unexpected (?:character|identifier) '(.*)' found/.exec(message)?.[1] ?? at;
	return problem(`is not valid JSON: unexpected ${JSON.stringify(found)} at line ${line}, column ${column}`, 'JSON: double-quoted keys and strings, no comments or trailing commas');
}

/** One pass before parsing: the deepest nesting of objects and arrays, and the first raw control character inside a string. */
function scan(text: string): { depth: number; rawControl?: number } {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	let rawControl: number | undefined;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c) i++;
			else if (c === 0x22) inString = false;
			else if (c < 0x20 && rawControl === undefined) rawControl = i;
		} else if (c === 0x22) inString = true;
		else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
		else if (c === 0x7d || c === 0x5d) depth--;
	}
	return { depth: deepest, rawControl };
}

function lineAndColumnOf(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

function keyPath(path: string, key: string): string {
	return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function toValue(node: ValueNode, path: string, errors: StoryProblem[]): unknown {
	switch (node.type) {
		case 'Object': {
			const object: Record<string, unknown> = {};
			const seen = new Map<string, { line: number; column: number }>();
			for (const member of node.members) {
				const key = member.name.type === 'String' ? member.name.value : member.name.name;
				const at = keyPath(path, key);
				const { line, column } = member.name.loc.start;
				const first = seen.get(key);
				if (first !== undefined) {
					const where = first.line === line ? `line ${line}, columns ${first.column} and ${column}` : `lines ${first.line} and ${line}`;
					errors.push(problem(`appears twice in the same object (${where}); JSON readers would silently keep only the last`, 'each field once', 'error', at));
					continue;
				}
				seen.set(key, { line, column });
				// An own data property even for "__proto__": assignment would set the prototype instead.
				Object.defineProperty(object, key, { value: toValue(member.value, at, errors), enumerable: true, writable: true, configurable: true });
			}
			return object;
		}
		case 'Array':
			return node.elements.map((element, i) => toValue(element.value, `${path}[${i}]`, errors));
		case 'String':
		case 'Number':
		case 'Boolean':
			return node.value;
		case 'Null':
			return null;
		default:
			return undefined;
	}
}
