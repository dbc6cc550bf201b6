import { describe, expect, it } from 'vitest';
import { decodeInput, firstInvalidUtf8 } from '../../src/lib/import/encoding';
import { importStory } from '../../src/lib/import';

const CSV = 'date,title,summary\n2019-06-04,Café crème,Zoë’s “vote” costs €5\n';
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const swapPairs = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i ^ 1]);
const withMark = (mark: number[], bytes: Uint8Array) => new Uint8Array([...mark, ...bytes]);
/** Windows-1252 bytes, as Excel on Windows saves "CSV": é is 0xE9, ’ 0x92, “ ” 0x93 0x94, € 0x80. */
function windows1252(text: string): Uint8Array {
	const special: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '€': 0x80 };
	return new Uint8Array([...text].map((char) => special[char] ?? char.charCodeAt(0)));
}

describe('decodeInput', () => {
	it('reads valid UTF-8 as it is, without a warning', () => {
		const result = decodeInput(new TextEncoder().encode(`${CSV}2020,日本語,ok\n`));
		expect(result).toEqual({ text: `${CSV}2020,日本語,ok\n`, encoding: 'utf-8', warnings: [] });
	});

	it('drops a UTF-8 byte-order mark, without a warning', () => {
		const result = decodeInput(withMark([0xef, 0xbb, 0xbf], new TextEncoder().encode(CSV)));
		expect(result).toEqual({ text: CSV, encoding: 'utf-8', warnings: [] });
	});

	it('reads a file that is not UTF-8 as Windows-1252, and names the first byte that is not', () => {
		const result = decodeInput(windows1252(CSV));
		expect(result.text).toBe(CSV);
		expect(result.encoding).toBe('windows-1252');
		expect(result.warnings).toEqual([
			{
				where: 'the file',
				message: expect.stringMatching(
					/^read as Windows-1252 \(Latin-1\): byte 0xE9 at line 2 is not UTF-8 \(read as "é" in "2019-06-04,Café crème,Zoë’s “vote” cos…"\); check accented letters, or re-save the file as UTF-8/
				)
			}
		]);
	});

	it.each([
		['UTF-16 LE with its byte-order mark', withMark([0xff, 0xfe], utf16le(CSV)), 'utf-16le', /read as UTF-16 LE \(recognised by its byte-order mark\)/],
		['UTF-16 LE without one', utf16le(CSV), 'utf-16le', /read as UTF-16 LE \(recognised by the zero bytes/],
		['UTF-16 BE with its byte-order mark', withMark([0xfe, 0xff], swapPairs(utf16le(CSV))), 'utf-16be', /read as UTF-16 BE \(recognised by its byte-order mark\)/],
		['UTF-16 BE without one', swapPairs(utf16le(CSV)), 'utf-16be', /read as UTF-16 BE \(recognised by the zero bytes/]
	])('reads %s, with a warning naming it', (_, bytes, encoding, message) => {
		const result = decodeInput(bytes);
		expect(result.text).toBe(CSV);
		expect(result.encoding).toBe(encoding);
		expect(result.warnings).toEqual([{ where: 'the file', message: expect.stringMatching(message) }]);
		expect(result.warnings[0].message).toContain('re-save the file as UTF-8');
	});

	it('reads an empty file as empty UTF-8 text', () => {
		expect(decodeInput(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', warnings: [] });
	});
});

describe('firstInvalidUtf8', () => {
	it.each([
		['valid text', [0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1],
		['a Latin-1 letter', [0x41, 0x42, 0xe9, 0x43], 2],
		['a sequence cut short', [0x41, 0xe2, 0x82], 1],
		['an overlong form', [0xc0, 0x80], 0],
		['a surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
		['a continuation byte alone', [0x41, 0x80], 1]
	])('%s', (_, bytes, offset) => {
		expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
	});

	it('agrees with the strict decoder', () => {
		for (const bytes of [
			[0xf4, 0x90, 0x80, 0x80],
			[0xe0, 0x80, 0x80],
			[0xf5, 0x80]
		]) {
			expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))).toThrow();
			expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(0);
		}
	});
});

describe('importStory from bytes', () => {
	const options = { slug: 'encodings', timeZone: 'UTC', today: '2024-05-01' };

	it('imports a Windows-1252 spreadsheet with its accents, the encoding warning first', () => {
		const result = importStory(windows1252(CSV), options);
		expect(result.encoding).toBe('windows-1252');
		expect(result.story.events[0]).toMatchObject({ title: 'Café crème', summary: 'Zoë’s “vote” costs €5' });
		expect(result.warnings[0].message).toMatch(/^read as Windows-1252/);
	});

	it('tells the format of a UTF-16 file, BOM or not', () => {
		const json = JSON.stringify({ events: [{ start_date: { year: 2001 }, text: { headline: 'Élan' } }] });
		for (const bytes of [withMark([0xff, 0xfe], utf16le(json)), utf16le(json), swapPairs(utf16le(CSV))]) {
			const result = importStory(bytes, options);
			expect(result.story.events[0].title).toMatch(/^(Élan|Café crème)$/);
			expect(result.warnings[0].message).toMatch(/^read as UTF-16/);
		}
	});

	it('keeps the encoding warning when the import fails', () => {
		expect.assertions(2);
		try {
			importStory(utf16le('name,age\nAda,36\n'), options);
		} catch (error) {
			expect((error as Error).message).toMatch(/cannot tell the format/);
			expect((error as { warnings: { message: string }[] }).warnings[0].message).toMatch(/^read as UTF-16 LE/);
		}
	});
});
