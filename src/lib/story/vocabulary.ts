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
 * A day may name a part of it, as many sources do: `2019-12-10 morning`
 * (PARTS_OF_DAY gives the hours each part stands for).
 */
export const LOCAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(Z|[+-]\d{2}:\d{2})?)?| (early-hours|morning|lunchtime|afternoon|evening|overnight))?)?)?$/;

/**
 * The parts of a day a date may name, with the local hours each stands for
 * (`to` 30 means 06:00 the next day). Morning and afternoon meet at noon;
 * lunchtime sits across that line, and overnight runs into the next day.
 */
export const PARTS_OF_DAY = {
	'early-hours': { from: 0, to: 6 },
	morning: { from: 6, to: 12 },
	lunchtime: { from: 12, to: 14 },
	afternoon: { from: 12, to: 18 },
	evening: { from: 18, to: 24 },
	overnight: { from: 22, to: 30 }
} as const;

export type PartOfDay = keyof typeof PARTS_OF_DAY;

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
	'reference',
	'transcript',
	'participant-account'
] as const;

/** How a source stands towards the story, when a reader should know it is not neutral. */
/** The timeline's scales (timeline/scales.ts); `meta.scale` picks the one a story opens on. */
export const TIMELINE_SCALES = ['chronological', 'sequential', 'segmented'] as const;

export const SOURCE_STANCES = ['partisan', 'campaigning'] as const;

export const EVENT_KINDS = ['remark', 'recording', 'publication', 'broadcast', 'statement', 'reaction', 'context', 'outcome', 'other'] as const;

export const IMPORTANCE_LEVELS = ['key', 'normal', 'minor'] as const;

export const QUOTE_SETTINGS = [
	'private-conversation',
	'broadcast-interview',
	'public-statement',
	'speech',
	'written',
	'social-media',
	'reported-speech',
	'filmed-exchange',
	'press-conference',
	'doorstep',
	'print-interview',
	'televised-debate',
	'on-air-commentary',
	'diary-or-memoir',
	'private-reported',
	'other'
] as const;

/** Settings whose words were not meant for the public (the card says so). */
export const PRIVATE_SETTINGS: readonly string[] = ['private-conversation', 'private-reported'];

/** `transcription-of`: the same words as another outlet transcribed them (not said again, unlike `repeats`). */
export const QUOTE_RELATION_TYPES = ['responds-to', 'contradicts', 'revises', 'repeats', 'transcription-of'] as const;
