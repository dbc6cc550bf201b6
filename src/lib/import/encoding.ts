/**
 * The bytes of an imported file → text. Spreadsheets save CSV in whatever
 * the author's machine likes: UTF-8 (with or without a byte-order mark),
 * UTF-16 ("Unicode text" in Excel), or Windows-1252 ("CSV" in Excel on
 * Windows, often called Latin-1). Reading them all as UTF-8 turns "Café" into
 * "Caf�" without a word, so each encoding other than UTF-8 is read as itself
 * and reported.
 */
import { quoted, type ImportWarning } from './common';
import { byteLineAndColumn, decodeWindows1252, firstInvalidUtf8 } from '../story/utf8';

export { decodeWindows1252, firstInvalidUtf8 };

export interface DecodedInput {
	text: string;
	/** The encoding the text was read as, in WHATWG's names: utf-8, utf-16le, utf-16be or windows-1252. */
	encoding: string;
	warnings: ImportWarning[];
}

const WHERE = 'the file';
const ENCODING_NAMES: Record<string, string> = { 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252 (Latin-1)' };
/** How much of the start is enough to recognise UTF-16 without a byte-order mark. */
const SAMPLE_BYTES = 4096;
/** Bytes of context either side of a byte that is not UTF-8, in the warning. */
const CONTEXT_BYTES = 24;

export function decodeInput(bytes: Uint8Array): DecodedInput {
	const utf16 = utf16ByteOrderMark(bytes) ?? utf16ByNulBytes(bytes);
	if (utf16) {
		// The decoder drops the byte-order mark itself; a lone surrogate becomes U+FFFD rather than stopping the import.
		const text = new TextDecoder(utf16.encoding).decode(bytes);
		const how = utf16.byMark ? 'by its byte-order mark' : 'by the zero bytes between its letters, as it has no byte-order mark';
		const warning = `read as ${ENCODING_NAMES[utf16.encoding]} (recognised ${how}); if letters look wrong, re-save the file as UTF-8 (in a spreadsheet: "CSV UTF-8")`;
		return { text, encoding: utf16.encoding, warnings: [{ where: WHERE, message: warning }] };
	}
	const body = hasUtf8ByteOrderMark(bytes) ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', warnings: [] };
	} catch {
		return windows1252(body);
	}
}

function hasUtf8ByteOrderMark(bytes: Uint8Array): boolean {
	return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

interface Utf16 {
	encoding: 'utf-16le' | 'utf-16be';
	byMark: boolean;
}

function utf16ByteOrderMark(bytes: Uint8Array): Utf16 | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', byMark: true };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', byMark: true };
	return undefined;
}

/**
 * UTF-16 without a mark: text files never hold zero bytes, but UTF-16 puts
 * one beside every ASCII letter, digit, comma and line break, which a CSV or
 * JSON file is mostly made of. Zero bytes on one side of most pairs, and
 * (almost) none on the other, give the byte order.
 */
function utf16ByNulBytes(bytes: Uint8Array): Utf16 | undefined {
	const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
	if (pairs < 2) return undefined;
	let zeroFirst = 0;
	let zeroSecond = 0;
	for (let i = 0; i < pairs; i++) {
		if (bytes[2 * i] === 0) zeroFirst++;
		if (bytes[2 * i + 1] === 0) zeroSecond++;
	}
	if (zeroSecond >= pairs / 2 && zeroFirst <= pairs / 20) return { encoding: 'utf-16le', byMark: false };
	if (zeroFirst >= pairs / 2 && zeroSecond <= pairs / 20) return { encoding: 'utf-16be', byMark: false };
	return undefined;
}

/**
 * Not UTF-8: most likely a spreadsheet saved by Excel on Windows. Every byte
 * is a character in Windows-1252, so the text is readable, but a guess: the
 * warning points at the first byte that gave it away.
 */
function windows1252(bytes: Uint8Array): DecodedInput {
	const offset = Math.max(0, firstInvalidUtf8(bytes));
	const { line, lineStart } = byteLineAndColumn(bytes, offset);
	const lineEnd = bytes.indexOf(0x0a, offset) < 0 ? bytes.length : bytes.indexOf(0x0a, offset);
	// A few words either side of the byte, so the author can find it in a long line.
	const from = Math.max(lineStart, offset - CONTEXT_BYTES);
	const to = Math.min(lineEnd, offset + CONTEXT_BYTES);
	const context = `${from > lineStart ? '…' : ''}${decodeWindows1252(bytes.subarray(from, to)).trim()}${to < lineEnd ? '…' : ''}`;
	const byte = `0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')}`;
	const message =
		`read as ${ENCODING_NAMES['windows-1252']}: byte ${byte} at line ${line} is not UTF-8 (read as ${quoted(decodeWindows1252(bytes.subarray(offset, offset + 1)))} in ${quoted(context, 2 * CONTEXT_BYTES + 2)}); ` +
		'check accented letters, or re-save the file as UTF-8 (in a spreadsheet: "CSV UTF-8")';
	return { text: decodeWindows1252(bytes), encoding: 'windows-1252', warnings: [{ where: WHERE, message }] };
}
