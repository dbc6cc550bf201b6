/**
 * The story as pages need it: events in time order with their dates already
 * resolved and put into words, and lookups by id. Built once per page at
 * prerender time, so the browser does none of this work.
 */
import type { Locale } from 'date-fns';
import type { Actor, Chapter, Quote, Source, Story, StoryEvent } from './schema';
import { orderSpans, resolveWhen, sortByTime, type ResolvedWhen } from '../time/when';
import { narrowSpans } from '../time/constrain';
import { datetimeAttribute, formatWhen, formatLocalDate, type DateContext } from '../time/format';
import { messagesFor } from '../i18n/messages';
import { localDateAt, localDateStart, parseLocalDate, wallSpan, type LocalDate, type Precision } from '../time/local-date';
import type { DateRange } from './schema';
import { quoteLinks, type QuoteLink } from './relations';
import { followedEvents, idsOf } from './order-links';
import { gapBetween, sharedPeriodOf } from '../time/gap';
import { gapWords } from '../i18n/gap-words';
import { chainOf, provenanceOf, type EvidenceLevel, type Provenance } from '../literacy/provenance';

export interface DatedText {
	/** What a reader sees. */
	text: string;
	/** HTML `datetime` values: one for a point, two (from, to) for a range. */
	datetimes: string[];
}

export interface EventView {
	event: StoryEvent;
	/** Position in time order, from 0. */
	order: number;
	/** UTC ms span the event's date stands for; see time/local-date.ts. */
	start: number;
	end: number;
	/** The same span in wall-clock ms, for the timeline axis (see `wallSpan`). */
	wallStart: number;
	wallEnd: number;
	/**
	 * The wall-clock span the graphic draws: the event's own span narrowed by
	 * the story's order links (see time/constrain.ts), never wider than it.
	 */
	drawStart: number;
	drawEnd: number;
	precision: Precision | 'range';
	date: DatedText;
	quoteIds: string[];
	/** The events this one says it followed (`after`) and preceded (`before`), for the reader's "after …, before …". */
	follows: { id: string; title: string }[];
	precedes: { id: string; title: string }[];
	/** The time since the previous event in words ("4 minutes later", "same morning, order known, time unknown"); empty for the first. */
	gapText: string;
}

export interface ProvenanceView {
	level: EvidenceLevel;
	roles: { id: string; role: 'original' | 're-report'; basedOn: string[]; first: boolean }[];
}

export interface ChainView {
	firstPublished: string[];
	reReports: { id: string; depth: number; basedOn: string[] }[];
	responseQuoteIds: string[];
}

export interface StoryView {
	story: Story;
	events: EventView[];
	actors: Record<string, Actor>;
	sources: Record<string, Source>;
	chapters: Record<string, Chapter>;
	quotes: Record<string, Quote>;
	/** Wall-clock spans of the focus window and of each chapter, for the timeline. */
	focusWall: [number, number];
	/** Per chapter, the drawn span of its events (its own `span` when it has none). */
	chapterWalls: Record<string, [number, number]>;
	/** How we know each event and quote (by id), worked out once at build time. */
	provenance: { events: Record<string, ProvenanceView>; quotes: Record<string, ProvenanceView> };
	/** How each event reached the public, where there is a chain worth showing. */
	chains: Record<string, ChainView>;
	/** Ids of the framings and the open questions that touch each event. */
	framingsByEvent: Record<string, string[]>;
	unknownsByEvent: Record<string, string[]>;
	/** Position of each source in the story's source list, from 1 (footnote numbers in print). */
	sourceNumbers: Record<string, number>;
	/** Relations of each quote, both directions. */
	quoteLinks: Record<string, QuoteLink[]>;
	/** Source dates in words, by source id. */
	sourceDates: Record<string, string>;
	/** The same words as the pieces a line may not break inside (`sourceDatePieces`), by source id. */
	sourceDatePieces: Record<string, string[]>;
	/** Framings' publication dates, in words and for <time>, by framing id (framings without one are absent). */
	framingDates: Record<string, StoryDate>;
	/** When a quote was said, for quotes that give their own date (`said`), by quote id. */
	quoteDates: Record<string, { date: DatedText; precision: Precision | 'range' }>;
	lastUpdatedText: string;
}

/** A date the story gives as a plain string, for a reader: in words and as a `datetime` value. */
export interface StoryDate {
	text: string;
	datetime: string;
}

/** A date string in words in the story's language and zone (null for a missing or malformed value, which validated stories hold none of). */
export function storyDate(value: string | undefined, context: DateContext): StoryDate | null {
	const local = value ? parseLocalDate(value) : null;
	if (!local) return null;
	return { text: formatLocalDate(local, context), datetime: datetimeAttribute(local, context.timeZone) };
}

const byId = <T extends { id: string }>(items: readonly T[]): Record<string, T> => Object.fromEntries(items.map((item) => [item.id, item]));

export function datedText(resolved: ResolvedWhen, context: DateContext): DatedText {
	const locals = resolved.kind === 'point' ? [resolved.local] : [resolved.from, resolved.to];
	return { text: formatWhen(resolved, context), datetimes: locals.map((l) => datetimeAttribute(l, context.timeZone)) };
}

export function buildStoryView(story: Story, locale: Locale): StoryView {
	const { timeZone, language } = story.meta;
	const context: DateContext = { timeZone, locale, messages: messagesFor(language) };
	const resolved = new Map(story.events.map((e) => [e.id, resolveWhen(e.when, timeZone)]));
	const followed = followedEvents(story.events);
	const sortSpans = orderSpans(
		story.events,
		(e) => e.id,
		(e) => resolved.get(e.id)!,
		(e) => followed.get(e.id)
	);
	const ordered = sortByTime(story.events, (e) => sortSpans.get(e.id)!);
	const sources = byId(story.sources);
	const titles = new Map(story.events.map((e) => [e.id, e.title]));
	const linksTo = (ids: string[]) => ids.filter((id) => titles.has(id)).map((id) => ({ id, title: titles.get(id)! }));
	const quotesByEvent = new Map<string, string[]>();
	for (const quote of story.quotes) quotesByEvent.set(quote.event, [...(quotesByEvent.get(quote.event) ?? []), quote.id]);

	const formatLocal = (value: string | undefined) => {
		const local = value ? parseLocalDate(value) : null;
		return local ? formatLocalDate(local, context) : '';
	};

	const walls = new Map(
		story.events.map((event) => {
			const when = resolved.get(event.id)!;
			return [event.id, wallOf(when.kind === 'point' ? { from: when.local, to: when.local } : when)] as const;
		})
	);
	const drawn = narrowSpans(story.events.map((e) => ({ id: e.id, start: walls.get(e.id)![0], end: walls.get(e.id)![1], after: followed.get(e.id)! })));
	const events: EventView[] = ordered.map((event, order) => {
		const when = resolved.get(event.id)!;
		const [wallStart, wallEnd] = walls.get(event.id)!;
		return {
			event,
			order,
			start: when.start,
			end: when.end,
			wallStart,
			wallEnd,
			drawStart: drawn.get(event.id)!.start,
			drawEnd: drawn.get(event.id)!.end,
			precision: when.kind === 'point' ? when.precision : 'range',
			date: datedText(when, context),
			quoteIds: quotesByEvent.get(event.id) ?? [],
			follows: linksTo(idsOf(event.after)),
			precedes: linksTo(idsOf(event.before)),
			gapText: ''
		};
	});
	for (let i = 1; i < events.length; i++) {
		const [a, b] = [events[i - 1], events[i]];
		const end = (e: EventView) => ({ start: e.drawStart, end: e.drawEnd, precision: e.precision });
		const linked = followed.get(b.event.id)!.includes(a.event.id);
		const shared = sharedPeriodOf({ start: a.drawStart, end: a.drawEnd }, { start: b.drawStart, end: b.drawEnd });
		b.gapText = gapWords(gapBetween(end(a), end(b), linked, shared), language);
	}

	return {
		story,
		events,
		actors: byId(story.actors),
		sources: byId(story.sources),
		chapters: byId(story.chapters),
		quotes: byId(story.quotes),
		focusWall: wallOfRange(story.meta.focus),
		chapterWalls: Object.fromEntries(story.chapters.map((c) => [c.id, chapterWall(events.filter((e) => e.event.chapter === c.id)) ?? wallOfRange(c.span)])),
		quoteLinks: quoteLinks(story.quotes),
		provenance: {
			events: Object.fromEntries(story.events.map((e) => [e.id, provenanceView(provenanceOf(e.sources, sources, timeZone))])),
			quotes: Object.fromEntries(story.quotes.map((q) => [q.id, provenanceView(provenanceOf(q.sources, sources, timeZone))]))
		},
		chains: Object.fromEntries(
			story.events.flatMap((e) => {
				const chain = chainOf(e, story.quotes, story.sources, timeZone);
				// A chain is worth showing when something was re-reported or answered.
				if (chain.reReports.length === 0 && chain.responseQuoteIds.length === 0) return [];
				const view: ChainView = {
					firstPublished: chain.firstPublished.map((s) => s.id),
					reReports: chain.reReports.map((r) => ({ id: r.source.id, depth: r.depth, basedOn: r.basedOn })),
					responseQuoteIds: chain.responseQuoteIds
				};
				return [[e.id, view]];
			})
		),
		framingsByEvent: groupIds(story.framings, (f) => [f.event]),
		unknownsByEvent: groupIds(story.unknowns, (u) => u.events),
		sourceNumbers: Object.fromEntries(story.sources.map((s, i) => [s.id, i + 1])),
		...sourceDateViews(story.sources, context),
		framingDates: Object.fromEntries(
			story.framings.flatMap((f) => {
				const date = storyDate(f.published, context);
				return date ? [[f.id, date]] : [];
			})
		),
		quoteDates: Object.fromEntries(
			story.quotes.flatMap((q) => {
				if (!q.said) return [];
				const when = resolveWhen(q.said, timeZone);
				return [[q.id, { date: datedText(when, context), precision: when.kind === 'point' ? when.precision : 'range' }]];
			})
		),
		lastUpdatedText: formatLocal(story.meta.lastUpdated)
	};
}

function sourceDateViews(sources: readonly Source[], context: DateContext): Pick<StoryView, 'sourceDates' | 'sourceDatePieces'> {
	const dates = sources.map((source) => [source.id, sourceDatePieces(source, context)] as const);
	return {
		sourceDates: Object.fromEntries(dates.map(([id, pieces]) => [id, pieces.join(' ')])),
		sourceDatePieces: Object.fromEntries(dates)
	};
}

/** Stand-ins for the two dates in `givenAs`, to find where its words put them. */
const CONVERTED = '\u0001';
const ORIGINAL = '\u0002';

/**
 * A source's date in words, in the story's zone. A time the page gives in
 * another zone (`publishedTimeZone`) is converted, and the original is said
 * beside it: "10 December 2019, 17:37 GMT (12:37 EST on the page)".
 *
 * As pieces a line may not break inside, which joined by spaces are those
 * words: a line may break after a comma and between the words around the
 * original time, never inside "10 December 2019" or "12:37 EST" (the page
 * keeps each piece whole, story-content.css `.date-piece`). So a long date
 * wraps where a reader would break it: ["10 December 2019,", "17:37 GMT",
 * "(12:37 EST", "on", "the", "page)"].
 */
function sourceDatePieces(source: Source, context: DateContext): string[] {
	const local = source.published ? parseLocalDate(source.published) : null;
	if (!local) return [];
	const zone = source.publishedTimeZone;
	if (!zone || zone === context.timeZone || (local.precision !== 'hour' && local.precision !== 'minute')) return commaPieces(formatLocalDate(local, context));
	const converted = commaPieces(formatLocalDate(localDateAt(localDateStart(local, zone).getTime(), context.timeZone, local.precision), context));
	const original = formatLocalDate(local, { ...context, timeZone: zone }).replace(/^.*, /, '');
	return context.messages
		.givenAs(CONVERTED, ORIGINAL)
		.split(' ')
		.flatMap((word) => {
			if (!word.includes(CONVERTED)) return [word.replace(ORIGINAL, original)];
			const [before, after] = word.split(CONVERTED);
			return converted.map((piece, i) => `${i === 0 ? before : ''}${piece}${i === converted.length - 1 ? after : ''}`);
		});
}

/** "28 April 2010, 23:12 BST" → ["28 April 2010,", "23:12 BST"]: a line may break after a comma. */
function commaPieces(text: string): string[] {
	return text.split(', ').map((piece, i, all) => (i < all.length - 1 ? `${piece},` : piece));
}

function wallOf(range: { from: LocalDate; to: LocalDate }): [number, number] {
	return [wallSpan(range.from).start, wallSpan(range.to).end];
}

/** The drawn span of a chapter's events, or null when it has none. */
function chapterWall(members: readonly EventView[]): [number, number] | null {
	if (members.length === 0) return null;
	return [Math.min(...members.map((e) => e.drawStart)), Math.max(...members.map((e) => e.drawEnd))];
}

function wallOfRange(range: DateRange): [number, number] {
	return wallOf({ from: parseLocalDate(range.from)!, to: parseLocalDate(range.to)! });
}

function provenanceView(provenance: Provenance): ProvenanceView {
	return {
		level: provenance.level,
		roles: provenance.roles.map((r) => ({ id: r.source.id, role: r.role, basedOn: r.basedOn, first: r.first }))
	};
}

function groupIds<T extends { id: string }>(items: readonly T[], keysOf: (item: T) => readonly string[]): Record<string, string[]> {
	const groups: Record<string, string[]> = {};
	for (const item of items) for (const key of keysOf(item)) (groups[key] ??= []).push(item.id);
	return groups;
}
