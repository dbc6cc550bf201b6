/**
 * A story file's JSON read straight from its UTF-8 bytes, a piece at a time:
 * each member of the top-level object, and each item of a top-level list, is
 * decoded and parsed on its own (JSON.parse), so the file's text is never one
 * string. A story of 100,000 events is 84 MB of UTF-8 and 168 MB as a
 * JavaScript string; read this way, it costs its bytes and its value.
 *
 * Only clean JSON takes this path. Anything else (a syntax error, a raw
 * control character in a string, nesting deeper than the limit, a key twice
 * in one object, a top level that is not an object) gives undefined, and the
 * loader reads the whole text instead, which says exactly what is wrong and
 * where (load.ts). The pieces are checked by JSON.parse, and what lies
 * between them (white space, `:`, `,`, brackets) here, so the value is the
 * one JSON.parse would give for the whole text.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** Thrown inside, caught at the top: the bytes are not clean JSON. */
class NotClean extends Error {}

/** `bytes` (UTF-8 without a byte-order mark, already known to be valid UTF-8) as a JSON value, or undefined when they are not clean JSON. */
export function parseJsonPieces(bytes: Uint8Array, maxDepth: number): { value: unknown } | undefined {
	try {
		return { value: new PieceReader(bytes, maxDepth).topLevel() };
	} catch (error) {
		if (error instanceof NotClean || error instanceof SyntaxError) return undefined;
		throw error;
	}
}

class PieceReader {
	private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
	private at = 0;

	constructor(
		private readonly bytes: Uint8Array,
		private readonly maxDepth: number
	) {}

	/** The top-level object, its members and its lists' items parsed one by one. */
	topLevel(): Record<string, unknown> {
		const top: Record<string, unknown> = {};
		const keys = new Set<string>();
		this.expect(OPEN_OBJECT);
		if (this.peek() === CLOSE_OBJECT) this.at++;
		else {
			for (;;) {
				const key = this.key(keys);
				this.expect(COLON);
				// An own data property even for "__proto__", as JSON.parse makes it.
				Object.defineProperty(top, key, { value: this.peek() === OPEN_ARRAY ? this.list() : this.piece(1), enumerable: true, writable: true, configurable: true });
				if (this.separator(CLOSE_OBJECT) === 'end') break;
			}
		}
		if (this.skipSpace() !== this.bytes.length) throw new NotClean();
		return top;
	}

	/** A list of the top-level object, item by item. */
	private list(): unknown[] {
		const items: unknown[] = [];
		this.expect(OPEN_ARRAY);
		if (this.peek() === CLOSE_ARRAY) {
			this.at++;
			return items;
		}
		for (;;) {
			items.push(this.piece(2));
			if (this.separator(CLOSE_ARRAY) === 'end') return items;
		}
	}

	/** One value, `depth` levels in, parsed by JSON.parse from its own bytes. */
	private piece(depth: number): unknown {
		const start = this.skipSpace();
		this.skipValue(depth);
		return JSON.parse(this.decoder.decode(this.bytes.subarray(start, this.at)));
	}

	/** A key of the top-level object, never seen before in it. */
	private key(keys: Set<string>): string {
		const start = this.skipSpace();
		if (this.bytes[start] !== QUOTE) throw new NotClean();
		const key = JSON.parse(this.decoder.decode(this.bytes.subarray(start, this.skipString()))) as string;
		if (keys.has(key)) throw new NotClean();
		keys.add(key);
		return key;
	}

	/**
	 * Moves past one value: a string, a number or literal (checked later by
	 * JSON.parse), or an object or array, whose objects' keys are checked for
	 * repeats and whose depth for the limit.
	 */
	private skipValue(depth: number) {
		const first = this.bytes[this.at];
		if (first === QUOTE) {
			this.skipString();
			return;
		}
		if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
			while (this.at < this.bytes.length && !isDelimiter(this.bytes[this.at])) this.at++;
			return;
		}
		/** The keys of each open object, innermost last; null for an open array. */
		const open: (Set<string> | null)[] = [];
		do {
			const byte = this.bytes[this.at];
			if (byte === QUOTE) {
				const start = this.at;
				this.skipString();
				const keys = open[open.length - 1];
				if (keys && this.peek() === COLON) {
					const key = JSON.parse(this.decoder.decode(this.bytes.subarray(start, this.at))) as string;
					if (keys.has(key)) throw new NotClean();
					keys.add(key);
				}
				continue;
			}
			if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
				open.push(byte === OPEN_OBJECT ? new Set() : null);
				if (depth + open.length > this.maxDepth) throw new NotClean();
			} else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) open.pop();
			else if (byte === undefined) throw new NotClean();
			this.at++;
		} while (open.length);
	}

	/** Moves past a string (at its opening quote) and returns where it ends; a raw control character in it is not clean. */
	private skipString(): number {
		const { bytes } = this;
		for (let i = this.at + 1; i < bytes.length; i++) {
			const byte = bytes[i];
			if (byte === BACKSLASH) i++;
			else if (byte === QUOTE) return (this.at = i + 1);
			else if (byte < 0x20) throw new NotClean();
		}
		throw new NotClean();
	}

	private skipSpace(): number {
		while (isSpace(this.bytes[this.at])) this.at++;
		return this.at;
	}

	/** The next byte that is not white space, without moving past it. */
	private peek(): number | undefined {
		return this.bytes[this.skipSpace()];
	}

	/** Moves past `byte`, after white space; anything else is not clean. */
	private expect(byte: number) {
		if (this.peek() !== byte) throw new NotClean();
		this.at++;
	}

	/** After an item: a comma and more, or `close` and the end. */
	private separator(close: number): 'more' | 'end' {
		const byte = this.peek();
		if (byte !== COMMA && byte !== close) throw new NotClean();
		this.at++;
		return byte === close ? 'end' : 'more';
	}
}

function isSpace(byte: number | undefined): boolean {
	return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** What ends a number or a literal. */
function isDelimiter(byte: number): boolean {
	return isSpace(byte) || byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || byte === COLON || byte === QUOTE || byte === OPEN_OBJECT || byte === OPEN_ARRAY;
}
