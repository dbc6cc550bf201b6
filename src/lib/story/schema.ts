/**
 * The story format. This module is the single source of truth: the TypeScript
 * types (`Story`, `StoryEvent`, …), the runtime validation (`storySchema`) and
 * the JSON Schema for editors (`storyJsonSchema()`) are all derived from it.
 *
 * Cross-references between collections (an event's chapter, a quote's speaker,
 * …) cannot be expressed in the shape alone; they are checked in `validate.ts`.
 */
import { z } from 'zod';
import { ID_PATTERN } from './page-ids';
import { EVENT_KINDS, IMPORTANCE_LEVELS, LOCAL_DATE_PATTERN, PRIVATE_SETTINGS, QUOTE_RELATION_TYPES, QUOTE_SETTINGS, SOURCE_KINDS, SOURCE_STANCES, TIMELINE_SCALES } from './vocabulary';

export { EVENT_KINDS, IMPORTANCE_LEVELS, LOCAL_DATE_PATTERN, PRIVATE_SETTINGS, QUOTE_RELATION_TYPES, QUOTE_SETTINGS, SOURCE_KINDS, SOURCE_STANCES };

const describe = <T extends z.ZodType>(schema: T, description: string) => schema.describe(description);

/** Lower-case slug used for every id, so ids are safe in URLs and HTML ids. */
export const idSchema = describe(
	z.string().regex(ID_PATTERN, {
		message: 'must be a slug: lower-case letters, digits and single hyphens (e.g. "guido-publishes-recording")'
	}),
	'Slug: lower-case letters, digits and single hyphens.'
);

const text = (description: string) => describe(z.string().trim().min(1, { message: 'must not be empty' }), description);

/**
 * Only http(s): story files come from many hands and a `javascript:` or `data:`
 * link rendered on our pages would run in the reader's browser.
 */
export const httpUrlSchema = describe(
	z
		.string()
		.regex(/^https?:\/\//i, { message: 'must be an absolute http:// or https:// URL', abort: true })
		.refine(
			(value) => {
				try {
					const url = new URL(value);
					return url.protocol === 'http:' || url.protocol === 'https:';
				} catch {
					return false;
				}
			},
			{ message: 'must be an absolute http:// or https:// URL' }
		),
	'Absolute http:// or https:// URL.'
);

export const localDateSchema = describe(
	z.string().regex(LOCAL_DATE_PATTERN, {
		message:
			'must be a local date as precise as the sources allow: "2016", "2019-12", "2019-12-10", "2019-12-10T10" (hour) or "2019-12-10T10:57" (minute, optionally with the offset it was in, "2024-10-27T01:30+01:00", for the hour the clocks go back)'
	}),
	'Local date/time in the story time zone; precision follows the form: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH (hour), YYYY-MM-DDTHH:mm (minute), YYYY-MM-DDTHH:mm+HH:MM (a minute in the offset it was in: only needed in the hour the clocks go back, which happens twice).'
);

export const dateRangeSchema = z
	.object({
		from: localDateSchema,
		to: localDateSchema,
		label: text('How to say the range in words, e.g. "late November or early December 2019".').optional()
	})
	.strict()
	.describe('An approximate time: somewhere between `from` and `to` (both inclusive, at their own precision).');

/** When something happened: a single local date of some precision, or an approximate range. */
export const whenSchema = z.union([localDateSchema, dateRangeSchema]).describe('A local date string (its form gives the precision) or an approximate range {from, to, label}.');

const idList = (description: string) => z.array(idSchema).describe(description);

export const creditSchema = z.object({ name: text('Person or organisation.'), role: text('What they did, e.g. "Research", "Editing".') }).strict();

const timeZoneSchema = z.string().refine(isIanaTimeZone, { message: 'must be an IANA time zone such as "Europe/London"' });

export const metaSchema = z
	.object({
		slug: idSchema.describe('URL slug; must equal the file name without .json.'),
		title: text('Headline of the story.'),
		dek: text('One or two sentences under the headline.'),
		language: describe(
			z.string().regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, { message: 'must be a BCP 47 language tag such as "en-GB" or "de"' }),
			'BCP 47 language tag of the story text, e.g. "en-GB".'
		),
		timeZone: timeZoneSchema.describe('IANA time zone the local dates are written in, e.g. "Europe/London".'),
		lastUpdated: localDateSchema.describe('When the story file was last revised.'),
		credits: z.array(creditSchema).min(1, { message: 'must name at least one credit' }),
		method: text('How the data was compiled: sources searched, rules for dates and quotes.'),
		focus: dateRangeSchema.describe('The window the timeline opens on.'),
		scale: z
			.enum(TIMELINE_SCALES)
			.optional()
			.describe(
				'The scale the timeline opens on: a time axis ("chronological"), the events evenly spaced in order with the time between them ("sequential"), or a row per day ("segmented"). Omitted: chosen from the story\'s shape (docs/authoring.md).'
			),
		draft: z.boolean().optional().describe('A draft may have events without sources; it shows a "Draft: unsourced" banner.')
	})
	.strict();

export const actorSchema = z
	.object({
		id: idSchema,
		name: text('Full name as used in the story.'),
		role: text('Role at the time of the story, e.g. "Shadow Health Secretary, Labour".'),
		note: text('Anything a reader should know about how this actor is identified.').optional()
	})
	.strict();

const headlineIsSchema = z
	.enum(['title', 'url-slug', 'lead-sentence', 'description'])
	.optional()
	.describe(
		"What `headline` holds when the title itself was not available: the page title (default), the words of its URL, its first sentence, or a description of the page in the story's own words."
	);

export const sourceSchema = z
	.object({
		id: idSchema,
		outlet: text('Publisher, e.g. "BBC News".'),
		headline: text('Headline or page title as published; omit when it is not known (the source is then shown by outlet, kind and date).').optional(),
		headlineIs: headlineIsSchema,
		url: httpUrlSchema.optional().describe('Address of the page; omit for a source with none (a wire story, a print-only interview), which is then cited by outlet, kind and date.'),
		published: localDateSchema.optional().describe('Publication date, as precise as the page shows; omit when the page shows none.'),
		publishedTimeZone: timeZoneSchema
			.optional()
			.describe(
				'The zone `published` is written in, when the page gives its time in another zone than the story (a US site\'s "12:37 ET"): shown converted to the story\'s zone, with the original beside it.'
			),
		stance: z.enum(SOURCE_STANCES).optional().describe('Set when the source is partisan (a party, a partisan site) or campaigning (an advocacy group): readers are told.'),
		kind: z
			.union([z.enum(SOURCE_KINDS), z.array(z.enum(SOURCE_KINDS)).min(1, { message: 'must name at least one kind' })])
			.describe('What kind of source this is; a list when it is more than one (a transcript that is also a news report), the main kind first.'),
		reliability: text('Plain-words note on how far to trust it and why.'),
		author: text('Byline, when known.').optional(),
		updated: localDateSchema.optional().describe('When the page says it was last updated, if it says so.'),
		archivedUrl: httpUrlSchema.optional(),
		alternateUrls: z.array(httpUrlSchema).optional().describe('Other addresses of the same page (feeds, mirrors run by the publisher).'),
		basedOn: idList('Ids of sources this one re-reports or copies.').optional()
	})
	.strict();

export const chapterSchema = z
	.object({
		id: idSchema,
		title: text('Short chapter title, e.g. "The day of the leak".'),
		span: dateRangeSchema,
		summary: text('One sentence on what this chapter covers.').optional()
	})
	.strict();

const orderLinkSchema = z.union([idSchema, z.array(idSchema).min(1, { message: 'must name at least one event' })]).optional();

export const eventSchema = z
	.object({
		id: idSchema,
		title: text('Short headline of the event.'),
		summary: text('What happened, in two or three sentences.'),
		kind: z.enum(EVENT_KINDS),
		when: whenSchema,
		whenNote: text('How the date was established, e.g. worked out from "last Thursday" in a source.').optional(),
		after: orderLinkSchema.describe(
			'Id (or list of ids) of events this one is known to have followed, when its own date is too coarse to say so (a day-precision reaction to a minute-precision post). Orders the chronology and narrows where the graphic draws it; never changes the date shown.'
		),
		before: orderLinkSchema.describe(
			'Id (or list of ids) of events this one is known to have preceded: "that morning, after the breakfast interview and before 10:57" is `after` one and `before` the other.'
		),
		chapter: idSchema.describe('Id of the chapter this event belongs to.'),
		actors: idList('Ids of the actors involved.'),
		importance: z.enum(IMPORTANCE_LEVELS),
		sources: idList('Ids of the sources that establish this event (at least one unless the story is a draft).'),
		unknown: text('What is not known about this event.').optional()
	})
	.strict();

export const quoteRelationSchema = z
	.object({
		type: z.enum(QUOTE_RELATION_TYPES),
		quote: idSchema.describe('Id of the related quote.'),
		note: text('How the two relate.').optional()
	})
	.strict();

export const quoteSchema = z
	.object({
		id: idSchema,
		event: idSchema.describe('Id of the event the words belong to.'),
		speaker: idSchema.describe('Id of the actor who said or wrote the words.'),
		text: text('The exact words, as the cited source prints them (including its censoring and typos).'),
		setting: z.enum(QUOTE_SETTINGS),
		venue: text('Where or to whom, e.g. "BBC Two, Victoria Derbyshire".'),
		said: whenSchema.optional().describe('When the words were said or written, if not at the time of their event: an interview a year later recalling the day. Shown on the card.'),
		sources: z.array(idSchema).min(1, { message: 'a quote needs at least one source' }),
		fragment: z.boolean().optional().describe("The words are a partial quote inside the source's own paraphrase, not a full sentence the speaker said."),
		note: text('Variants between sources, censoring, who transcribed it.').optional(),
		relations: z.array(quoteRelationSchema).optional()
	})
	.strict();

export const framingSchema = z
	.object({
		id: idSchema,
		event: idSchema.describe('Id of the event the headline is about.'),
		outlet: text('Publisher.'),
		headline: text('The headline as published.'),
		headlineIs: headlineIsSchema,
		url: httpUrlSchema,
		published: localDateSchema.optional(),
		source: idSchema.optional().describe('Id of the matching entry in sources, when there is one.'),
		via: idSchema
			.optional()
			.describe('Id of the source the framing is known through, when it was not seen first-hand: a front page known only from a press review. The framing still names its own outlet.'),
		foregrounds: text('What the headline puts first, in a few words.'),
		note: text('What a reader should notice.').optional()
	})
	.strict();

export const unknownSchema = z
	.object({
		id: idSchema,
		question: text('The open question.'),
		events: idList('Ids of the events the question touches.').min(1, { message: 'must name at least one event' }),
		positions: z.array(z.object({ source: idSchema, says: text('What this source says.') }).strict()).min(1, { message: 'must give at least one position' }),
		assessment: text('What we conclude, and how sure we are.')
	})
	.strict();

export const teachingSchema = z
	.object({
		notes: z
			.array(
				z
					.object({
						id: idSchema,
						title: text('Short title of the teaching point.'),
						text: text('The point, in plain words.'),
						events: idList('Events the point is about.').optional(),
						sources: idList('Sources that show it.').optional()
					})
					.strict()
			)
			.optional(),
		questions: z.array(z.object({ id: idSchema, text: text('A question for class discussion.'), events: idList('Events it is about.').optional() }).strict()).optional()
	})
	.strict();

export const storySchema = z
	.object({
		$schema: z.string().optional(),
		meta: metaSchema,
		actors: z.array(actorSchema),
		sources: z.array(sourceSchema),
		chapters: z.array(chapterSchema).min(1, { message: 'must have at least one chapter' }),
		events: z.array(eventSchema).min(1, { message: 'must have at least one event' }),
		quotes: z.array(quoteSchema).default([]),
		framings: z.array(framingSchema).default([]),
		unknowns: z.array(unknownSchema).default([]),
		teaching: teachingSchema.optional()
	})
	.strict();

export type Story = z.output<typeof storySchema>;
export type StoryInput = z.input<typeof storySchema>;
export type StoryMeta = Story['meta'];
export type Actor = Story['actors'][number];
export type Source = Story['sources'][number];
export type Chapter = Story['chapters'][number];
export type StoryEvent = Story['events'][number];
export type Quote = Story['quotes'][number];
export type QuoteRelation = NonNullable<Quote['relations']>[number];
export type Unknown = Story['unknowns'][number];
export type When = z.output<typeof whenSchema>;
export type DateRange = z.output<typeof dateRangeSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type QuoteSetting = (typeof QUOTE_SETTINGS)[number];
export type Importance = (typeof IMPORTANCE_LEVELS)[number];

/** JSON Schema (draft 2020-12) for editors, generated from the same definitions. */
export function storyJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(storySchema, { io: 'input', unrepresentable: 'any' }),
		$id: '/schema/story.schema.json',
		title: 'Story timeline'
	};
}

function isIanaTimeZone(zone: string): boolean {
	if (!zone.includes('/') && zone !== 'UTC') return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}
