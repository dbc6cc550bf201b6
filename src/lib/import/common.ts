/**
 * What every importer shares: the warning and result types, the options, and
 * the intermediate form each input is read into before `assembleStory` turns
 * it into a story.
 */
import type { DateRange, Story, When } from '../story/schema';

/** A loss or a guess, located in the input: `row 7 (Headline)` or `$.events[3].start_date`. */
export interface ImportWarning {
	where: string;
	message: string;
}

export interface ImportResult {
	story: Story;
	warnings: ImportWarning[];
}

export const IMPORT_FORMATS = ['timelinejs', 'sheets-csv', 'plain-csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const FORMAT_NAMES: Record<ImportFormat, string> = {
	timelinejs: 'a TimelineJS3 JSON file',
	'sheets-csv': 'a TimelineJS3 Google Sheets template exported as CSV',
	'plain-csv': 'a spreadsheet (CSV) with date and title columns'
};

export interface ImportOptions {
	/** The story slug, i.e. the output file name without `.json`. */
	slug: string;
	/** IANA zone the input's dates are read in; "UTC" (with a warning) when not given. */
	timeZone?: string;
	/** BCP 47 tag of the story text; "en" when not given. */
	language?: string;
	/** Headline for inputs without a title slide. */
	title?: string;
	/** Today as YYYY-MM-DD, for meta.lastUpdated (tests fix it). */
	today?: string;
}

/** The input cannot be turned into a story at all; the warnings so far explain why. */
export class ImportError extends Error {
	constructor(
		message: string,
		readonly warnings: ImportWarning[] = []
	) {
		super(message);
		this.name = 'ImportError';
	}
}

export type Warn = (where: string, message: string) => void;

/** A link from the original that may lead to a source, but was never checked as one. */
export interface CandidateLink {
	url: string;
	/** What the original called it: a media caption, the link text, … */
	label: string;
	credit?: string;
	/** Where it came from: media attached to a slide, or a link inside its text. */
	origin: 'media' | 'text-link';
	/** Title of the event (or story) it was attached to, so the author can find it again. */
	attachedTo: string;
	where: string;
}

/** A source URL the author listed as such (plain CSV), so it is cited. */
export interface Citation {
	url: string;
	where: string;
}

export interface ImportedQuote {
	text: string;
	speaker: string;
	where: string;
}

/** One event as read from any input, before ids, chapters and sources are assigned. */
export interface ImportedEvent {
	where: string;
	title: string;
	summary: string;
	when: When;
	whenNote?: string;
	/** An id the original gave it (TimelineJS `unique_id`), slugified when assembling. */
	idHint?: string;
	group?: string;
	groupWhere?: string;
	candidates: CandidateLink[];
	citations: Citation[];
	quote?: ImportedQuote;
}

export interface ImportedEra {
	where: string;
	title: string;
	summary?: string;
	span: DateRange;
}

/** Everything an importer read, in a form shared by all formats. */
export interface ImportedTimeline {
	format: ImportFormat;
	title?: string;
	dek?: string;
	titleCandidates: CandidateLink[];
	events: ImportedEvent[];
	eras: ImportedEra[];
}

/** Collects warnings in input order and hands out the `warn` callback. */
export function warningCollector(): { warnings: ImportWarning[]; warn: Warn } {
	const warnings: ImportWarning[] = [];
	return { warnings, warn: (where, message) => warnings.push({ where, message }) };
}

/**
 * Warnings in the order of the file: option warnings first, then by row or
 * by item (`$.events[3]`), keeping the order they were found in within one.
 * Readers and the assembly step find them at different times; a journalist
 * reads them top to bottom next to the file.
 */
export function inFileOrder(warnings: readonly ImportWarning[]): ImportWarning[] {
	// Keys read once and one collator: a 100,000-row file has hundreds of thousands of warnings to sort.
	const collator = new Intl.Collator('en', { numeric: true });
	const keyed = warnings.map((warning) => ({ warning, item: /^(?:row \d+|\$\.\w+(?:\[\d+\])?)/.exec(warning.where)?.[0] ?? '' }));
	return keyed.sort((a, b) => collator.compare(a.item, b.item)).map(({ warning }) => warning);
}

/** Strings and numbers as trimmed text; anything else (objects, null) as "". */
export function asText(value: unknown): string {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return '';
}

/** Quotes an input value in a warning, shortened so one line stays readable. */
export function quoted(value: string, maxLength = 60): string {
	const oneLine = value.replace(/\s+/g, ' ');
	return JSON.stringify(oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine);
}
