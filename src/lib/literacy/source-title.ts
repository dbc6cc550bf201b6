/**
 * How a source is named to readers. A headline that is not the page's title
 * (the words of its address, or our own description of the page) must not be
 * shown as if it were one; and a text that already names its outlet ("i: last
 * week", "BBC: the call…") must not get the outlet's name put before it again.
 */
import type { Source } from '../story/schema';

export type HeadlineIs = NonNullable<Source['headlineIs']>;

export interface SourceTitle {
	/** The headline to show as the source's title: the page title, or its opening sentence; null when neither was recorded. */
	title: string | null;
	/** Set when `title` is an opening sentence rather than a headline. */
	leadSentence: boolean;
	/** Words that stand in for a title that was not recorded: those of its address, or the story's description of the page. */
	standIn: { is: 'url-slug' | 'description'; text: string } | null;
}

export function sourceTitle(source: { headline?: string; headlineIs?: HeadlineIs }): SourceTitle {
	const headline = source.headline?.trim();
	if (!headline) return { title: null, leadSentence: false, standIn: null };
	const is = source.headlineIs ?? 'title';
	if (is === 'url-slug') return { title: null, leadSentence: false, standIn: { is, text: slugWords(headline) } };
	if (is === 'description') return { title: null, leadSentence: false, standIn: { is, text: headline } };
	return { title: headline, leadSentence: is === 'lead-sentence', standIn: null };
}

/** "leaked-phone-call-reveals…" as words; text that already has spaces is kept as it is. */
export function slugWords(text: string): string {
	const trimmed = text.trim();
	return /\s/.test(trimmed) ? trimmed : trimmed.replace(/[-_+]+/g, ' ').trim();
}

/** "The National (Scotland)" → "national"; "BBC News" → "bbc news": the name without article, qualifier or case. */
function comparable(name: string): string[] {
	return name
		.replace(/\s*\([^)]*\)\s*$/, '')
		.trim()
		.toLowerCase()
		.replace(/^the\s+/, '')
		.split(/\s+/)
		.filter(Boolean);
}

function startsWithWords(words: string[], prefix: string[]): boolean {
	return prefix.length > 0 && prefix.length <= words.length && prefix.every((word, i) => words[i] === word);
}

/** A leading "Name: " of at most a few words, as text labels a speaker or outlet. */
const LEAD = /^([^:\n]{1,60}?):\s+/;

/**
 * The label a text starts with when that label names `outlet` ("i: …" for
 * "i", "BBC: …" for "BBC News", "The National: …" for "The National
 * (Scotland)", "Guardian (Andrew Sparrow): …" for "The Guardian"), or null.
 */
export function outletLead(outlet: string, text: string): { label: string; rest: string } | null {
	const match = LEAD.exec(text);
	if (!match) return null;
	const label = comparable(match[1]);
	const name = comparable(outlet);
	// The label may shorten the name ("BBC" for "BBC News"), never add to it ("Times change" is not "The Times").
	if (!startsWithWords(name, label)) return null;
	return { label: match[1].trim(), rest: text.slice(match[0].length) };
}

/**
 * What to show for "outlet: text": the text's own label when it already names
 * the outlet, so nothing is said twice; otherwise the outlet.
 */
export function outletAndText(outlet: string, text: string): { name: string; text: string } {
	const lead = outletLead(outlet, text);
	return lead ? { name: lead.label, text: lead.rest } : { name: outlet, text };
}

/** "Outlet: headline" as one string (for a link's text), without naming the outlet twice. */
export function joinOutlet(outlet: string, headline: string): string {
	const { name, text } = outletAndText(outlet, headline);
	return `${name}: ${text}`;
}

/**
 * A name for a source in data exports (schema.org `name`, the CSV's `name`):
 * its title when one was recorded, otherwise "outlet, kind, date" in the
 * story's words, never the words of its address.
 */
export function sourceName(source: Source, kindText: string, dateText: string): string {
	const { title } = sourceTitle(source);
	if (title) return title;
	return [source.outlet, kindText, dateText].filter(Boolean).join(', ');
}
