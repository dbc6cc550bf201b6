/**
 * Text fields of imported events: plain text from HTML with every loss
 * reported, and the stand-ins used when a title or summary is missing (the
 * format requires both).
 */
import { asText, quoted, type Warn } from './common';
import { htmlToText, type PlainText } from './html-to-text';

const TITLE_LENGTH_FROM_TEXT = 80;

/** Plain text of an HTML field, with a warning for every kind of loss. */
export function plainText(value: unknown, where: string, warn: Warn): PlainText {
	const result = labelText(value, where, warn);
	if (result.droppedCode) warn(where, 'removed a <script>, <style> or embedded element together with its contents');
	if (result.removedTags.length) {
		warn(where, `HTML formatting removed (${result.removedTags.map((tag) => `<${tag}>`).join(', ')}); the text is kept as plain text`);
	}
	return result;
}

/**
 * Plain text of a short HTML field (a caption, a credit, a display date),
 * where lost formatting is not worth a warning but markup hidden in the text
 * always is.
 */
export function labelText(value: unknown, where: string, warn: Warn): PlainText {
	const result = htmlToText(asText(value));
	if (result.removedMarkup.length) {
		const [first, ...more] = result.removedMarkup;
		warn(
			where,
			`markup removed from the text: ${quoted(first, 40)}${more.length ? ` and ${more.length} more` : ''} reads as HTML once its entities (&lt; …) are decoded, and a story holds plain text only`
		);
	}
	return result;
}

export function eventTitle(headline: string, text: string, where: string, warn: Warn): string {
	if (headline) return headline;
	if (text) {
		const title = shorten(text.split('\n')[0], TITLE_LENGTH_FROM_TEXT);
		warn(where, `no headline; the title is the start of the text: ${quoted(title)}`);
		return title;
	}
	warn(where, 'no headline and no text; the title is "Untitled event"');
	return 'Untitled event';
}

export function fallbackSummary(title: string, where: string, warn: Warn): string {
	warn(where, 'no text; the summary repeats the headline until you write one');
	return title;
}

function shorten(text: string, maxLength: number): string {
	if (text.length <= maxLength) return text;
	const cut = text.slice(0, maxLength - 1);
	const lastSpace = cut.lastIndexOf(' ');
	return `${lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut}…`;
}
