/**
 * The editor's forms, as data: for the story's meta and each collection, the
 * fields in the order the format writes them, what kind of control each
 * needs, whether the format requires it, and its help text, which is the
 * schema's own description (story/schema.ts), so the form never says other
 * than the loader. Components render these; nothing here knows the DOM.
 */
import type { z } from 'zod';
import {
	actorSchema,
	chapterSchema,
	creditSchema,
	EVENT_KINDS,
	eventSchema,
	framingSchema,
	IMPORTANCE_LEVELS,
	metaSchema,
	QUOTE_RELATION_TYPES,
	QUOTE_SETTINGS,
	quoteRelationSchema,
	quoteSchema,
	SOURCE_KINDS,
	SOURCE_STANCES,
	sourceSchema,
	teachingSchema,
	unknownSchema
} from '../story/schema';
import { TIMELINE_SCALES } from '../story/vocabulary';
import type { CollectionName, SectionName } from './collections';

export type FieldKind =
	| { type: 'id' }
	| { type: 'text'; long?: boolean }
	| { type: 'url' }
	| { type: 'urls' }
	/** A single local date ("2019-12-10T10:57"). */
	| { type: 'date' }
	/** A local date or an approximate range {from, to, label}. */
	| { type: 'when' }
	/** Always a range {from, to, label}. */
	| { type: 'range' }
	| { type: 'choice'; options: readonly string[] }
	/** One of the options or a list of them (a source's kind). */
	| { type: 'choices'; options: readonly string[] }
	| { type: 'ref'; target: CollectionName }
	/** A list of ids; `oneOrMany`: the format also takes a single id (after, before). */
	| { type: 'refs'; target: CollectionName; oneOrMany?: boolean }
	| { type: 'bool' }
	| { type: 'timeZone' }
	| { type: 'list'; of: FieldSpec[]; noun: string };

export interface FieldSpec {
	key: string;
	label: string;
	kind: FieldKind;
	required: boolean;
	help?: string;
}

type Shape = Record<string, z.ZodType>;

/** Builds specs from a zod object's shape: its keys in order, required-ness and descriptions from the schema. */
function specs(schema: { shape: Shape }, fields: Record<string, [label: string, kind: FieldKind]>): FieldSpec[] {
	return Object.keys(schema.shape).map((key) => {
		const entry = fields[key];
		if (!entry) throw new Error(`The editor has no control for "${key}"`);
		const field = schema.shape[key];
		// An optional field's description may sit on the type it wraps.
		const inner = (field as unknown as { def?: { innerType?: z.ZodType } }).def?.innerType;
		return { key, label: entry[0], kind: entry[1], required: !field.safeParse(undefined).success, help: field.description ?? inner?.description };
	});
}

const text: FieldKind = { type: 'text' };
const long: FieldKind = { type: 'text', long: true };
const HEADLINE_IS = ['title', 'url-slug', 'lead-sentence', 'description'] as const;

export const META_FIELDS: FieldSpec[] = specs(metaSchema as unknown as { shape: Shape }, {
	slug: ['Slug (the file and URL name)', { type: 'id' }],
	title: ['Headline', text],
	dek: ['Dek (one or two sentences under the headline)', long],
	language: ['Language', text],
	timeZone: ['Time zone', { type: 'timeZone' }],
	lastUpdated: ['Last updated', { type: 'date' }],
	credits: ['Credits', { type: 'list', noun: 'credit', of: specs(creditSchema as unknown as { shape: Shape }, { name: ['Name', text], role: ['Role', text] }) }],
	method: ['How this was compiled', long],
	focus: ['Opening window of the timeline', { type: 'range' }],
	scale: ['Opening scale', { type: 'choice', options: TIMELINE_SCALES }],
	draft: ['Draft (events may lack sources; shows a banner)', { type: 'bool' }]
});

export const FIELDS: Record<CollectionName, FieldSpec[]> = {
	chapters: specs(chapterSchema as unknown as { shape: Shape }, {
		id: ['Id', { type: 'id' }],
		title: ['Title', text],
		span: ['Span', { type: 'range' }],
		summary: ['Summary', long]
	}),
	events: specs(eventSchema as unknown as { shape: Shape }, {
		id: ['Id', { type: 'id' }],
		title: ['Title', text],
		summary: ['What happened', long],
		kind: ['Kind', { type: 'choice', options: EVENT_KINDS }],
		when: ['When', { type: 'when' }],
		whenNote: ['How the date was established', long],
		after: ['After (known to have followed)', { type: 'refs', target: 'events', oneOrMany: true }],
		before: ['Before (known to have preceded)', { type: 'refs', target: 'events', oneOrMany: true }],
		chapter: ['Chapter', { type: 'ref', target: 'chapters' }],
		actors: ['Actors', { type: 'refs', target: 'actors' }],
		importance: ['Importance', { type: 'choice', options: IMPORTANCE_LEVELS }],
		sources: ['Sources', { type: 'refs', target: 'sources' }],
		unknown: ['What is not known', long]
	}),
	quotes: specs(quoteSchema as unknown as { shape: Shape }, {
		id: ['Id', { type: 'id' }],
		event: ['Event', { type: 'ref', target: 'events' }],
		speaker: ['Speaker', { type: 'ref', target: 'actors' }],
		text: ['The exact words', long],
		setting: ['Setting', { type: 'choice', options: QUOTE_SETTINGS }],
		venue: ['Where, or to whom', text],
		said: ['Said (when not at the time of its event)', { type: 'when' }],
		sources: ['Sources', { type: 'refs', target: 'sources' }],
		fragment: ['A fragment inside the source’s paraphrase', { type: 'bool' }],
		note: ['Note', long],
		relations: [
			'Relations to other quotes',
			{
				type: 'list',
				noun: 'relation',
				of: specs(quoteRelationSchema as unknown as { shape: Shape }, {
					type: ['Relation', { type: 'choice', options: QUOTE_RELATION_TYPES }],
					quote: ['Quote', { type: 'ref', target: 'quotes' }],
					note: ['Note', text]
				})
			}
		]
	}),
	sources: specs(sourceSchema as unknown as { shape: Shape }, {
		id: ['Id', { type: 'id' }],
		outlet: ['Outlet', text],
		headline: ['Headline', text],
		headlineIs: ['The headline is', { type: 'choice', options: HEADLINE_IS }],
		url: ['Address (URL)', { type: 'url' }],
		published: ['Published', { type: 'date' }],
		publishedTimeZone: ['Time zone the page gives its time in', { type: 'timeZone' }],
		stance: ['Stance', { type: 'choice', options: SOURCE_STANCES }],
		kind: ['Kind', { type: 'choices', options: SOURCE_KINDS }],
		reliability: ['How far to trust it', long],
		author: ['Author', text],
		updated: ['Updated', { type: 'date' }],
		archivedUrl: ['Archived copy (URL)', { type: 'url' }],
		alternateUrls: ['Other addresses', { type: 'urls' }],
		basedOn: ['Based on (sources it copies)', { type: 'refs', target: 'sources' }]
	}),
	actors: specs(actorSchema as unknown as { shape: Shape }, {
		id: ['Id', { type: 'id' }],
		name: ['Name', text],
		role: ['Role at the time', text],
		note: ['Note', long]
	}),
	framings: specs(framingSchema as unknown as { shape: Shape }, {
		id: ['Id', { type: 'id' }],
		event: ['Event', { type: 'ref', target: 'events' }],
		outlet: ['Outlet', text],
		headline: ['Headline', text],
		headlineIs: ['The headline is', { type: 'choice', options: HEADLINE_IS }],
		url: ['Address (URL)', { type: 'url' }],
		published: ['Published', { type: 'date' }],
		source: ['Matching source', { type: 'ref', target: 'sources' }],
		via: ['Known through (source)', { type: 'ref', target: 'sources' }],
		foregrounds: ['What the headline puts first', text],
		note: ['Note', long]
	}),
	unknowns: specs(unknownSchema as unknown as { shape: Shape }, {
		id: ['Id', { type: 'id' }],
		question: ['The open question', long],
		events: ['Events', { type: 'refs', target: 'events' }],
		positions: [
			'What each source says',
			{
				type: 'list',
				noun: 'position',
				of: [
					{ key: 'source', label: 'Source', kind: { type: 'ref', target: 'sources' }, required: true },
					{ key: 'says', label: 'Says', kind: long, required: true, help: 'What this source says.' }
				]
			}
		],
		assessment: ['Assessment', long]
	}),
	'teaching.notes': specs((teachingSchema.shape.notes.unwrap().element as unknown as { shape: Shape }) ?? {}, {
		id: ['Id', { type: 'id' }],
		title: ['Title', text],
		text: ['The point', long],
		events: ['Events', { type: 'refs', target: 'events' }],
		sources: ['Sources', { type: 'refs', target: 'sources' }]
	}),
	'teaching.questions': specs(teachingSchema.shape.questions.unwrap().element as unknown as { shape: Shape }, {
		id: ['Id', { type: 'id' }],
		text: ['Question', long],
		events: ['Events', { type: 'refs', target: 'events' }]
	})
};

export function fieldsOf(section: SectionName): FieldSpec[] {
	return section === 'meta' ? META_FIELDS : FIELDS[section];
}

/** Words for the closed lists, in the interface's language. */
export const CHOICE_WORDS: Record<string, string> = {
	chronological: 'Time',
	sequential: 'Order',
	segmented: 'By day',
	title: 'the page title',
	'url-slug': 'the words of its address',
	'lead-sentence': 'its first sentence',
	description: 'a description in our words',
	partisan: 'Partisan',
	campaigning: 'Campaigning',
	key: 'Key event',
	normal: 'Event',
	minor: 'Minor event'
};
