/**
 * Checks on the characters of a story's text, run on the raw input before its
 * shape: what a careless paste or a hostile file can hide in a string.
 *
 * - control characters (other than tab and line break) and lone surrogates
 *   are errors anywhere: they are not text, and they break exports and tools
 *   (a carriage return is a line break: `withLineFeeds` makes it one first);
 * - a title or name with no visible character is an error: it would be a
 *   blank headline or a blank entry in a list;
 * - bidi controls and zero-width characters in titles and names are warnings:
 *   they can make a name read differently from what it is (U+202E turns
 *   "txt.exe" around), but some scripts and emoji need the joiners.
 */
import type { StoryProblem } from './validate';
import { decodeWindows1252 } from './utf8';

/** Fields a reader takes as the name of a thing. */
const NAME_FIELDS = new Set(['title', 'name', 'headline', 'outlet', 'label', 'dek']);

const INVISIBLE_FORMATTING: Record<number, string> = {
	0x061c: 'ARABIC LETTER MARK',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE'
};

/**
 * Each control character by its short name (Unicode's abbreviation alias), as
 * tools and manuals name them: "U+0007 BEL". Carriage returns never get here:
 * they are line breaks (see `withLineFeeds`).
 */
const CONTROL_NAMES = [
	...['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI'],
	...['DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US']
];
const C1_NAMES = [
	...['PAD', 'HOP', 'BPH', 'NBH', 'IND', 'NEL', 'SSA', 'ESA', 'HTS', 'HTJ', 'VTS', 'PLD', 'PLU', 'RI', 'SS2', 'SS3'],
	...['DCS', 'PU1', 'PU2', 'STS', 'CCH', 'MW', 'SPA', 'EPA', 'SOS', 'SGC', 'SCI', 'CSI', 'ST', 'OSC', 'PM', 'APC']
];

/** "U+0007 BEL", with what the character usually is when a paste brings it. */
function controlName(code: number): string {
	if (code === 0x0b) return codePointName(code, 'VT (a vertical tab: PowerPoint and Word write one for a line break inside a paragraph; write \\n)');
	if (code === 0x7f) return codePointName(code, 'DEL');
	if (code < 0x20) return codePointName(code, CONTROL_NAMES[code]);
	// Windows-1252 puts printable characters where Latin-1 has C1 controls: a C1 control in a story is nearly always one of them, read wrongly.
	const meant = decodeWindows1252(Uint8Array.of(code));
	const hint = meant.charCodeAt(0) === code ? '' : ` (in Windows-1252 text, 0x${code.toString(16).toUpperCase()} is ${JSON.stringify(meant)}: was the text read as Latin-1?)`;
	return codePointName(code, `${C1_NAMES[code - 0x80]}${hint}`);
}

/** Control characters other than tab (U+0009), line feed (U+000A) and carriage return (a line break, see `withLineFeeds`), including C1. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A character that shows: not white space, not a format or ignorable code point, not a blank glyph (Hangul fillers are ignorable; U+2800 is a blank Braille cell). */
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\u2800]/u;

/** "U+202E RIGHT-TO-LEFT OVERRIDE" */
export function codePointName(codePoint: number, name?: string): string {
	const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
	return name ? `${hex} ${name}` : hex;
}

/** Every string of `input` with its JSON path (object keys are reported by the shape check). */
function* strings(value: unknown, path: string, key?: string): Generator<{ text: string; path: string; key?: string }> {
	if (typeof value === 'string') yield { text: value, path, key };
	else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`, key);
	else if (value !== null && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) yield* strings(v, /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`, k);
	}
}

/**
 * `input` with every Windows line break (CR LF) and old Mac one (a lone CR)
 * in its strings written as a line feed, the one line break the format
 * keeps. Text pasted from Word or saved on Windows carries them, and they mean
 * nothing else. Copies only what changes: a story without CR is returned as is.
 * Keys stay own data properties, `__proto__` included (load.ts).
 */
export function withLineFeeds<T>(input: T): T {
	if (typeof input === 'string') return (input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input) as T;
	if (input === null || typeof input !== 'object') return input;
	if (Array.isArray(input)) {
		let copy: unknown[] | undefined;
		input.forEach((item, i) => {
			const normal = withLineFeeds(item);
			if (normal !== item) (copy ??= input.slice())[i] = normal;
		});
		return (copy ?? input) as T;
	}
	let copy: Record<string, unknown> | undefined;
	for (const [key, value] of Object.entries(input)) {
		const normal = withLineFeeds(value);
		if (normal === value) continue;
		copy ??= Object.defineProperties({}, Object.getOwnPropertyDescriptors(input)) as Record<string, unknown>;
		Object.defineProperty(copy, key, { value: normal, enumerable: true, writable: true, configurable: true });
	}
	return (copy ?? input) as T;
}

export function textProblems(input: unknown): StoryProblem[] {
	const problems: StoryProblem[] = [];
	for (const { text, path, key } of strings(input, '$')) {
		const control = CONTROL.exec(text);
		if (control) {
			const code = control[0].charCodeAt(0);
			problems.push({
				severity: 'error',
				path,
				message: `contains the control character ${controlName(code)} at character ${control.index + 1}`,
				expected: 'text without control characters; a tab (\\t) and a line break (\\n) are fine'
			});
		}
		const surrogate = LONE_SURROGATE.exec(text);
		if (surrogate) {
			problems.push({
				severity: 'error',
				path,
				message: `contains a lone surrogate (${codePointName(surrogate[0].charCodeAt(0))}) at character ${surrogate.index + 1}, which is half of a character`,
				expected: 'valid Unicode text (a \\uD8xx escape must be followed by its \\uDCxx pair)'
			});
		}
		if (!key || !NAME_FIELDS.has(key) || path === '$.$schema') continue;
		if (text.length > 0 && !VISIBLE.test(text)) {
			problems.push({ severity: 'error', path, message: 'has no visible character', expected: 'words a reader can see' });
			continue;
		}
		const found = [...new Set([...text].map((c) => c.codePointAt(0)!).filter((c) => c in INVISIBLE_FORMATTING))];
		if (found.length) {
			problems.push({
				severity: 'warning',
				path,
				message: `contains ${found.map((c) => codePointName(c, INVISIBLE_FORMATTING[c])).join(', ')}: invisible, and can change how the text reads`,
				expected: 'plain text; keep these only where the script or an emoji needs them'
			});
		}
	}
	return problems;
}

/** A message made safe for one line of a terminal: line breaks, controls and invisible characters written as code points. */
export function printable(text: string): string {
	return text.replace(
		/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u2800\u3164\u115F\u1160\uFFA0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu,
		(c) => `<${codePointName(c.codePointAt(0)!)}>`
	);
}
