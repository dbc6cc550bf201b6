/**
 * Where a byte sequence stops being UTF-8, and where that is for a person
 * reading the file: shared by the story loader (which refuses such a file)
 * and the importers (which read it as Windows-1252, with a warning). And
 * Windows-1252 itself, which the text checks also use to say what a stray
 * C1 control character most likely was (story/text.ts).
 */

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence (as the WHATWG decoder judges it), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i];
		if (lead < 0x80) {
			i++;
			continue;
		}
		const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
		if (!length) return i;
		// The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
		const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
		for (let k = 1; k < length; k++) {
			const next = bytes[i + k];
			const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
			// A sequence cut short is wrong at its lead byte: that is the letter the author sees.
			if (next === undefined || next < min || next > max) return i;
		}
		i += length;
	}
	return -1;
}

/** Line and column (from 1) of a byte offset, counting line feeds. */
export function byteLineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number; lineStart: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1, lineStart };
}

/** Windows-1252's characters for the bytes 0x80–0x9F, where it differs from ISO-8859-1 (five bytes stand for themselves). */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252 as the WHATWG Encoding Standard (and every browser) reads it.
 * Node 20's TextDecoder('windows-1252') reads 0x80–0x9F as control
 * characters instead, which would turn Excel's “curly quotes” and € into
 * nothing.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
	return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80]);
}
