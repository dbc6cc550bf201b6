/**
 * TimelineJS texts are HTML. Our stories hold plain text only (the page
 * escapes it), so HTML is reduced to its words here and never kept. A real
 * parser (htmlparser2) reads it the way a browser would: a `>` inside a quoted
 * attribute does not end the tag, an unclosed tag at the end is dropped, and
 * entities are decoded exactly once, by the parser. <script> and <style> go
 * with their contents and whitespace is collapsed. Links are returned
 * separately so their addresses can be offered to the author as source
 * candidates.
 */
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

export interface ExtractedLink {
	href: string;
	text: string;
}

export interface PlainText {
	text: string;
	links: ExtractedLink[];
	/** Tag names whose formatting was lost (not counting paragraph and line breaks). */
	removedTags: string[];
	/** A <script>, <style> or similar element was dropped with its contents. */
	droppedCode: boolean;
	/**
	 * Tag-like sequences removed from the text itself: markup written as
	 * entities (`&lt;script&gt;`) reads as tags once decoded, and a story must
	 * not carry it even as text. In the order found.
	 */
	removedMarkup: string[];
}

/** Elements whose contents are code or markup for machines, never words for readers. */
const DROPPED_WITH_CONTENTS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);
/** Elements that separate paragraphs; they become a line break. */
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'table', 'section', 'article', 'hr', 'pre', 'figure', 'figcaption']);
/** Names worth listing in a warning; the parser also reports oddities such as a tag called `scr<script`. */
const TAG_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Markup in decoded text: a code element with its contents (to its end tag,
 * or the end of the text), a comment, a tag (`<b>`, `</p>`, `<!doctype …>`),
 * or an unclosed tag with attributes at the very end (`<img src=x onerror=…`).
 * "a < b" and "5 <10" are not tags.
 */
const MARKUP_IN_TEXT = new RegExp(
	[
		`<(${[...DROPPED_WITH_CONTENTS].join('|')})\\b[^>]*>[\\s\\S]*?(?:<\\/\\1\\s*>|$)`,
		'<!--[\\s\\S]*?(?:-->|$)',
		'<\\/?[a-zA-Z][^<>]*>',
		'<[!?][^<>]*>',
		'<[a-zA-Z][a-zA-Z0-9-]*\\s[^<>]*=[^<>]*$'
	].join('|'),
	'gi'
);

/** Characters that are not text: controls (other than whitespace), the soft hyphen, and U+FFFD, which invalid numeric entities such as `&#0;` decode to. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const NOT_TEXT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\ufffd]/g;

export function htmlToText(html: string): PlainText {
	const removedTags = new Set<string>();
	const links: ExtractedLink[] = [];
	const removedMarkup: string[] = [];
	let droppedCode = false;

	// Without "<" or "&" there is nothing to parse; most spreadsheet cells take this path.
	if (!/[<&]/.test(html)) return { text: plainLines(html, removedMarkup), links, removedTags: [], droppedCode, removedMarkup };

	let text = '';
	/** Open elements from a dropped one (<script>, <svg>, …) inward: nothing inside them is text. */
	let droppedDepth = 0;
	/** Links being read: their text so far. A stack, though the parser closes an <a> when the next one opens. */
	const openLinks: { href?: string; text: string }[] = [];
	const append = (chunk: string) => {
		text += chunk;
		for (const link of openLinks) link.text += chunk;
	};

	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (droppedDepth || DROPPED_WITH_CONTENTS.has(name)) {
					droppedCode = true;
					droppedDepth++;
					return;
				}
				if (BLOCK_TAGS.has(name)) append('\n');
				else if (TAG_NAME.test(name)) removedTags.add(name);
				if (name === 'a') openLinks.push({ href: attributes.href?.trim(), text: '' });
			},
			ontext(chunk) {
				if (!droppedDepth) append(chunk);
			},
			onclosetag(name) {
				if (droppedDepth) {
					droppedDepth--;
					return;
				}
				if (BLOCK_TAGS.has(name)) append('\n');
				if (name !== 'a') return;
				const link = openLinks.pop();
				if (link?.href) links.push({ href: link.href, text: collapseWhitespace(withoutMarkup(link.text.replace(NOT_TEXT, ''), [])) });
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }
	);
	parser.end(html);
	return { text: plainLines(text, removedMarkup), links, removedTags: [...removedTags].sort(), droppedCode, removedMarkup };
}

/** The text's non-empty lines (split at LF, CR LF or a lone CR), each with its whitespace collapsed, after removing what is not text. */
function plainLines(text: string, removedMarkup: string[]): string {
	return withoutMarkup(text.replace(NOT_TEXT, ''), removedMarkup)
		.split(/\r\n?|\n/)
		.map(collapseWhitespace)
		.filter((line) => line !== '')
		.join('\n');
}

/**
 * Decoded text with its tag-like sequences removed (and listed in `removed`).
 * They are never decoded again: `&amp;lt;` stays the text "&lt;".
 */
function withoutMarkup(text: string, removed: string[]): string {
	if (!text.includes('<')) return text;
	return text.replace(MARKUP_IN_TEXT, (markup: string) => {
		removed.push(markup);
		const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(markup)?.[1]?.toLowerCase();
		// As with real tags: a paragraph or line break still separates lines; inline tags leave nothing.
		return name && BLOCK_TAGS.has(name) ? '\n' : '';
	});
}

/** HTML entities decoded once, as a browser decodes text; what is not text (`&#0;`, `&shy;`) vanishes. */
export function decodeEntities(text: string): string {
	return decodeHTML(text).replace(NOT_TEXT, '');
}

function collapseWhitespace(text: string): string {
	return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
