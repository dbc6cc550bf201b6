import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/lib/import/html-to-text';

describe('htmlToText', () => {
	it('drops <script> and <style> elements with everything inside them', () => {
		const result = htmlToText('<p>Before</p><script>alert("x"); document.title = "<b>"</script><style>p { color: red }</style><p>After</p>');
		expect(result.text).toBe('Before\nAfter');
		expect(result.droppedCode).toBe(true);
	});

	it('drops an unclosed <script> to the end, as a browser would', () => {
		expect(htmlToText('Safe <script>alert(1) and more').text).toBe('Safe');
	});

	it('decodes named, decimal and hex entities, and &nbsp; becomes a plain space', () => {
		expect(htmlToText('Tom &amp; Jerry &quot;said&quot; &#39;hi&#39; &#x2014; 7&ndash;2&nbsp;&nbsp;votes &hellip;').text).toBe(
			'Tom & Jerry "said" \'hi\' — 7–2 votes …'
		);
	});

	it('never turns decoded text back into markup: &lt;b&gt; stays the text "<b>"', () => {
		const result = htmlToText('a &lt;b&gt;bold&lt;/b&gt; claim');
		expect(result.text).toBe('a <b>bold</b> claim');
		expect(result.removedTags).toEqual([]);
	});

	it('keeps paragraph and line breaks as single newlines and collapses other whitespace', () => {
		expect(htmlToText('<p>One   line\n  wrapped.</p>\n\n<p>Two<br/>Three</p><ul><li>Four</li></ul>').text).toBe('One line\nwrapped.\nTwo\nThree\nFour');
	});

	it('removes inline tags without adding spaces before punctuation', () => {
		const result = htmlToText('Planning and <b>build</b>ing<i>.</i>');
		expect(result.text).toBe('Planning and building.');
		expect(result.removedTags).toEqual(['b', 'i']);
	});

	it('returns link addresses and texts, keeping only the text in place', () => {
		const result = htmlToText('See <a href="https://example.org/a?x=1&amp;y=2" target="_blank">the <em>minutes</em></a> and <a href=\'mailto:x@example.org\'>mail</a>.');
		expect(result.text).toBe('See the minutes and mail.');
		expect(result.links).toEqual([
			{ href: 'https://example.org/a?x=1&y=2', text: 'the minutes' },
			{ href: 'mailto:x@example.org', text: 'mail' }
		]);
	});

	it('leaves text that only looks like HTML alone', () => {
		expect(htmlToText('a < b and c > d, AT&T; 5 &lt 6').text).toBe('a < b and c > d, AT&T; 5 &lt 6');
	});

	it('drops comments and invalid numeric entities', () => {
		expect(htmlToText('x<!-- hidden -->y &#0;&#xD800;z').text).toBe('xy z');
		expect(decodeEntities('&#128512;')).toBe('😀');
	});
});
