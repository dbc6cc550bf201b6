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
		expect(htmlToText('Tom &amp; Jerry &quot;said&quot; &#39;hi&#39; &#x2014; 7&ndash;2&nbsp;&nbsp;votes &hellip;').text).toBe('Tom & Jerry "said" \'hi\' — 7–2 votes …');
	});

	it('decodes every named entity, capitals included', () => {
		expect(htmlToText('&Eacute;cole, &Agrave; la carte, &Ouml;l, &oelig;uvre, &euro;5').text).toBe('École, À la carte, Öl, œuvre, €5');
	});

	it('decodes entities exactly once: &amp;lt; is the text "&lt;"', () => {
		const result = htmlToText('write &amp;lt;b&amp;gt; for bold');
		expect(result.text).toBe('write &lt;b&gt; for bold');
		expect(result.removedMarkup).toEqual([]);
	});

	it('never emits markup that entities spell: &lt;b&gt; is removed, and reported', () => {
		const result = htmlToText('a &lt;b&gt;bold&lt;/b&gt; claim');
		expect(result.text).toBe('a bold claim');
		expect(result.removedTags).toEqual([]);
		expect(result.removedMarkup).toEqual(['<b>', '</b>']);
	});

	it('drops an entity-encoded <script> with its contents', () => {
		const result = htmlToText('Before &lt;script&gt;alert(1)&lt;/script&gt; after');
		expect(result.text).toBe('Before after');
		expect(result.text).not.toContain('<');
		expect(result.removedMarkup).toEqual(['<script>alert(1)</script>']);
	});

	it('drops an entity-encoded tag with attributes, closed or cut off at the end', () => {
		expect(htmlToText('x &lt;img src=x onerror=alert(1)&gt; y').text).toBe('x y');
		expect(htmlToText('x &lt;img src=x onerror=alert(1)').text).toBe('x');
	});

	it('keeps a ">" inside a quoted attribute inside the tag', () => {
		const result = htmlToText('A <a title="x>y">link</a> here');
		expect(result.text).toBe('A link here');
		expect(result.links).toEqual([]);
		expect(result.removedTags).toEqual(['a']);
	});

	it('drops an unclosed tag at the end, attributes and all, as a browser would', () => {
		expect(htmlToText('Photo <img src=x onerror=alert(1)').text).toBe('Photo');
		expect(htmlToText('<img src=x onerror=alert(1)').text).toBe('');
	});

	it('reads nested and odd markup without leaking any of it', () => {
		expect(htmlToText('<p>One <b><i>two</b></i> three</p><p>four').text).toBe('One two three\nfour');
		expect(htmlToText('see <scr<script>ipt>alert(1)</script> end').text).not.toMatch(/<|script/);
		expect(htmlToText('x<svg><script>1</script><text>drawn</text></svg>y').text).toBe('xy');
		expect(htmlToText('a <![CDATA[x]]> b <!DOCTYPE html> <?xml version="1.0"?> c').text).toBe('a b c');
		const raw = htmlToText('<textarea><b>typed</b></textarea>');
		expect(raw.text).toBe('typed');
		expect(raw.removedMarkup).toEqual(['<b>', '</b>']);
	});

	it('keeps link text and collects the first of two links the parser closes', () => {
		expect(htmlToText('<a href="https://a.example/">one<a href="https://b.example/">two</a>three</a>').links).toEqual([
			{ href: 'https://a.example/', text: 'one' },
			{ href: 'https://b.example/', text: 'two' }
		]);
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
		const result = htmlToText('a < b and c > d, AT&T; 5 <10');
		expect(result.text).toBe('a < b and c > d, AT&T; 5 <10');
		expect(result.removedMarkup).toEqual([]);
	});

	it('reads "&lt" without its semicolon as a browser does', () => {
		expect(htmlToText('5 &lt 6').text).toBe('5 < 6');
	});

	it('drops comments and invalid numeric entities', () => {
		expect(htmlToText('x<!-- hidden -->y &#0;&#xD800;z').text).toBe('xy z');
		expect(decodeEntities('&#128512;')).toBe('😀');
	});
});
