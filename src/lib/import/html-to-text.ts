/**
 * TimelineJS texts are HTML. Our stories hold plain text only (the page
 * escapes it), so HTML is reduced to its words here and never kept: tags go,
 * <script> and <style> go with their contents, entities are decoded and
 * whitespace is collapsed. Links are returned separately so their addresses
 * can be offered to the author as source candidates.
 */

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
}

/** Elements whose contents are code or markup for machines, never words for readers. */
const DROPPED_WITH_CONTENTS = ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math'];
/** Elements that separate paragraphs; they become a line break. */
const BLOCK_TAGS = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'table', 'section', 'article', 'hr', 'pre', 'figure', 'figcaption']);

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
	ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
	copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', cent: '¢', yen: '¥', sect: '§', middot: '·', bull: '•',
	eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', aring: 'å',
	iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', oslash: 'ø',
	uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', shy: ''
};

export function htmlToText(html: string): PlainText {
	const removedTags = new Set<string>();
	const links: ExtractedLink[] = [];
	let droppedCode = false;

	let rest = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
	for (const tag of DROPPED_WITH_CONTENTS) {
		// An unclosed <script> runs to the end of the text, as a browser would read it.
		const element = new RegExp(`<${tag}\\b[\\s\\S]*?(?:<\\/${tag}\\s*>|$)`, 'gi');
		rest = rest.replace(element, () => {
			droppedCode = true;
			return ' ';
		});
	}
	rest = rest.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_, attributes: string, inner: string) => {
		const href = hrefOf(attributes);
		const innerText = collapseWhitespace(decodeEntities(stripTags(inner, removedTags)));
		if (href) links.push({ href, text: innerText });
		removedTags.add('a');
		return inner;
	});
	rest = stripTags(rest, removedTags);
	const text = decodeEntities(rest)
		.split('\n')
		.map(collapseWhitespace)
		.filter((line) => line !== '')
		.join('\n');
	return { text, links, removedTags: [...removedTags].sort(), droppedCode };
}

/** Removes tags only where `<` opens something tag-like, so "a < b" survives as text; block tags become line breaks. */
function stripTags(html: string, removedTags: Set<string>): string {
	return html.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>|<![^>]*>|<\?[^>]*>/g, (_, name: string | undefined) => {
		const tag = name?.toLowerCase();
		if (tag && BLOCK_TAGS.has(tag)) return '\n';
		if (tag) removedTags.add(tag);
		// Inline tags sit inside words and before punctuation ("<b>build</b>ing."): they leave nothing behind.
		return '';
	});
}

function hrefOf(attributes: string): string | undefined {
	const match = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
	const raw = match?.[1] ?? match?.[2] ?? match?.[3];
	return raw === undefined ? undefined : decodeEntities(raw).trim();
}

export function decodeEntities(text: string): string {
	return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g, (entity, body: string) => {
		if (body.startsWith('#')) return codePointText(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
		return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? entity;
	});
}

/** A numeric entity's character; control characters and invalid code points are not text, so they vanish. */
function codePointText(codePoint: number): string {
	if (!Number.isInteger(codePoint) || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return '';
	if (codePoint === 0xa0) return ' ';
	if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return codePoint === 0x0a || codePoint === 0x09 ? ' ' : '';
	return String.fromCodePoint(codePoint);
}

function collapseWhitespace(text: string): string {
	return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
