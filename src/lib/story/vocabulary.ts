/**
 * The story format's vocabulary: the closed lists and the date pattern.
 * Kept apart from the zod schema (schema.ts builds on these) so that code
 * running in the reader's browser can use them without shipping zod.
 */

/**
 * A local date or time in the story's time zone, written only as precisely as
 * the sources allow. The form carries the precision:
 * `2016` (year), `2019-12` (month), `2019-12-10` (day),
 * `2019-12-10T10` (hour: some time between 10:00 and 11:00), `2019-12-10T10:57` (minute).
 * A minute may carry the UTC offset it was in (`2024-10-27T01:30+01:00`): only
 * needed in the hour the clocks go back, which happens twice.
 */
export const LOCAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(Z|[+-]\d{2}:\d{2})?)?)?)?)?$/;

export const SOURCE_KINDS = [
	'primary-recording',
	'primary-broadcast',
	'original-publication',
	'news-report',
	'live-blog',
	'opinion',
	'party-statement',
	'social-post-reported',
	'aggregator-copy',
	'reference'
] as const;

export const EVENT_KINDS = [
	'remark',
	'recording',
	'publication',
	'broadcast',
	'statement',
	'reaction',
	'context',
	'outcome',
	'other'
] as const;

export const IMPORTANCE_LEVELS = ['key', 'normal', 'minor'] as const;

export const QUOTE_SETTINGS = [
	'private-conversation',
	'broadcast-interview',
	'public-statement',
	'speech',
	'written',
	'social-media',
	'reported-speech',
	'other'
] as const;

export const QUOTE_RELATION_TYPES = ['responds-to', 'contradicts', 'revises', 'repeats'] as const;
