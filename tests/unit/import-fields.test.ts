/**
 * The importers' field helpers: text fields from HTML with every loss
 * reported, and stand-ins for a missing title or summary
 * (src/lib/import/text-fields.ts); addresses kept only when absolute http(s),
 * and what a host alone says of a source (src/lib/import/urls.ts).
 */
import { describe, expect, it } from 'vitest';
import { eventTitle, fallbackSummary, labelText, plainText } from '../../src/lib/import/text-fields';
import { guessSourceKind, hostOf, isHttpUrl, keepHttpUrl } from '../../src/lib/import/urls';

function collect() {
	const warnings: [string, string][] = [];
	return { warnings, warn: (where: string, message: string) => warnings.push([where, message]) };
}

describe('plainText', () => {
	it('keeps plain text as it is, without a word', () => {
		const { warnings, warn } = collect();
		expect(plainText('The council votes.', 'events[0].text', warn).text).toBe('The council votes.');
		expect(warnings).toEqual([]);
	});

	it('says which formatting was lost, and that code went with its contents', () => {
		const { warnings, warn } = collect();
		const result = plainText('<p>The <b>council</b> <i>votes</i>.</p><script>alert(1)</script>', 'events[2].text', warn);
		expect(result.text).toBe('The council votes.');
		expect(result.text).not.toContain('alert');
		const messages = warnings.map(([where, message]) => `${where}: ${message}`);
		expect(messages).toEqual(
			expect.arrayContaining([expect.stringMatching(/^events\[2\]\.text: removed a <script>/), expect.stringMatching(/^events\[2\]\.text: HTML formatting removed \(.*<b>.*<i>.*\)/)])
		);
	});
});

describe('labelText', () => {
	it('drops markup hidden as entities in a short field, and says so, with a count of the rest', () => {
		const { warnings, warn } = collect();
		const result = labelText('Mayor &lt;script&gt;x&lt;/script&gt; &lt;img src=x&gt;', 'caption', warn);
		expect(result.text).not.toMatch(/<script|<img/);
		expect(warnings).toHaveLength(1);
		expect(warnings[0][0]).toBe('caption');
		expect(warnings[0][1]).toMatch(/^markup removed from the text: "<script>x<\/script>" and 1 more reads as HTML/);
	});

	it('does not mention lost formatting in a short field', () => {
		const { warnings, warn } = collect();
		expect(labelText('<b>12 May</b>', 'display date', warn).text).toBe('12 May');
		expect(warnings).toEqual([]);
	});
});

describe('eventTitle', () => {
	it('is the headline when there is one', () => {
		const { warnings, warn } = collect();
		expect(eventTitle('Vote held', 'Long text', 'slides[1]', warn)).toBe('Vote held');
		expect(warnings).toEqual([]);
	});

	it('else the start of the text’s first line, cut at a word, with a warning', () => {
		const { warnings, warn } = collect();
		expect(eventTitle('', 'Short first line\nsecond line', 'slides[1]', warn)).toBe('Short first line');
		const long = `${'word '.repeat(30)}end`;
		const title = eventTitle('', long, 'slides[2]', warn);
		expect(title.length).toBeLessThanOrEqual(80);
		expect(title).toMatch(/word…$/);
		expect(long.startsWith(title.slice(0, -1))).toBe(true);
		expect(warnings.map(([where]) => where)).toEqual(['slides[1]', 'slides[2]']);
		expect(warnings[0][1]).toContain('"Short first line"');
	});

	it('cuts a text without spaces where it must', () => {
		const { warn } = collect();
		const title = eventTitle('', 'x'.repeat(200), 'slides[3]', warn);
		expect(title).toBe(`${'x'.repeat(79)}…`);
	});

	it('is "Untitled event" with nothing to go on', () => {
		const { warnings, warn } = collect();
		expect(eventTitle('', '', 'slides[4]', warn)).toBe('Untitled event');
		expect(warnings[0][1]).toMatch(/no headline and no text/);
	});
});

describe('fallbackSummary', () => {
	it('repeats the title until the author writes one, and says so', () => {
		const { warnings, warn } = collect();
		expect(fallbackSummary('Vote held', 'slides[5]', warn)).toBe('Vote held');
		expect(warnings).toEqual([['slides[5]', expect.stringMatching(/no text/)]]);
	});
});

describe('keepHttpUrl', () => {
	it('keeps absolute http and https addresses as they are', () => {
		const { warnings, warn } = collect();
		expect(keepHttpUrl(' https://example.org/a?b=1 ', 'sources[0].url', warn)).toBe('https://example.org/a?b=1');
		expect(keepHttpUrl('http://example.org', 'sources[1].url', warn)).toBe('http://example.org');
		expect(warnings).toEqual([]);
	});

	it('reads a protocol-relative address as https, with a warning', () => {
		const { warnings, warn } = collect();
		expect(keepHttpUrl('//example.org/x', 'media.url', warn)).toBe('https://example.org/x');
		expect(warnings[0][1]).toContain('"https://example.org/x"');
	});

	it('drops everything else, with a warning', () => {
		for (const bad of ['javascript:alert(1)', 'data:text/html,hi', '/relative/path', 'example.org', 'ftp://example.org/f', '// not a host', 'https://exa mple.org']) {
			const { warnings, warn } = collect();
			expect(keepHttpUrl(bad, 'url', warn)).toBeNull();
			expect(warnings).toHaveLength(1);
			expect(warnings[0][1]).toMatch(/dropped: only absolute http:\/\/ and https:\/\/ addresses are kept/);
		}
		expect(isHttpUrl('https://example.org/a b')).toBe(false);
	});
});

describe('what a host says of a source', () => {
	it('is its name without www.', () => {
		expect(hostOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
		expect(hostOf('https://news.example.org/')).toBe('news.example.org');
	});

	it('is a reported social post on a social network, a reference on an encyclopaedia, else a news report', () => {
		expect(guessSourceKind('https://x.com/someone/status/1')).toBe('social-post-reported');
		expect(guessSourceKind('https://www.facebook.com/page')).toBe('social-post-reported');
		expect(guessSourceKind('https://en.wikipedia.org/wiki/Bridge')).toBe('reference');
		expect(guessSourceKind('https://www.theguardian.com/uk')).toBe('news-report');
		// A host that only ends like one is not one.
		expect(guessSourceKind('https://notx.com/post')).toBe('news-report');
	});
});
