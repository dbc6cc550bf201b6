/**
 * The HTML ids a story page gives its own elements, in one place: the
 * components that write them and the importer that keeps event ids clear of
 * them (import/slug.ts) read the same list. Event ids are HTML ids too (the
 * chronology's articles), so an event called "Sources heading" or "Mark 1"
 * must not take one of these.
 */

/** The shape of every id in a story and of a story's slug: lower-case letters and digits in words joined by single hyphens (idSchema, story/schema.ts). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The site's own pages at the top of its paths (src/routes): a story with one of these slugs would have no page of its own. */
export const RESERVED_SLUGS = ['edit', 'stories', 'schema'] as const;

/** Headings and regions with fixed ids (story page, embed, classroom). */
export const FIXED_PAGE_IDS = [
	'chronology-heading',
	'chronology-pager',
	'method-heading',
	'data-heading',
	'sources-heading',
	'unknowns-heading',
	'framings-heading',
	'framing-notes',
	'questions-heading',
	'notes-heading',
	'rest-heading',
	'embed-code',
	'embed-dialog-title',
	'island',
	'island-props',
	'island-views'
] as const;

/** Prefixes of the ids made from an event, source, quote, chapter or open question. */
export const PAGE_ID_PREFIXES = ['mark', 'chapter', 'source', 'quote', 'framing', 'unknown'] as const;

/** A timeline mark (TrackMarks). */
export const markId = (eventId: string) => `mark-${eventId}`;
/** A chapter's heading in the chronology (Chronology). */
export const chapterId = (index: number) => `chapter-${index}`;
/** A source in the page's source list (StoryBody). */
export const sourceId = (id: string) => `source-${id}`;
/** A framing group (FramingSection). */
export const framingId = (eventId: string) => `framing-${eventId}`;
/** An open question (UnknownItem). */
export const unknownId = (id: string) => `unknown-${id}`;
