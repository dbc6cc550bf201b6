/**
 * The story as pages need it: events in time order with their dates already
 * resolved and put into words, and lookups by id. Built once per page at
 * prerender time, so the browser does none of this work.
 */
import type { Locale } from 'date-fns';
import type { Actor, Chapter, Quote, Source, Story, StoryEvent } from './schema';
import { orderSpans, resolveWhen, sortByTime, type ResolvedWhen } from '../time/when';
import { datetimeAttribute, formatWhen, formatLocalDate, type DateContext } from '../time/format';
import { messagesFor } from '../i18n/messages';
import { parseLocalDate, wallSpan, type LocalDate, type Precision } from '../time/local-date';
import type { DateRange } from './schema';
import { quoteLinks, type QuoteLink } from './relations';

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
	precision: Precision | 'range';
	date: DatedText;
	quoteIds: string[];
	/** Title of the event this one is known to have followed (`after`), for the reader. */
	afterTitle?: string;
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
	chapterWalls: Record<string, [number, number]>;
	/** Relations of each quote, both directions. */
	quoteLinks: Record<string, QuoteLink[]>;
	/** Source dates in words, by source id. */
	sourceDates: Record<string, string>;
	lastUpdatedText: string;
}

const byId = <T extends { id: string }>(items: readonly T[]): Record<string, T> =>
	Object.fromEntries(items.map((item) => [item.id, item]));

export function datedText(resolved: ResolvedWhen, context: DateContext): DatedText {
	const locals = resolved.kind === 'point' ? [resolved.local] : [resolved.from, resolved.to];
	return { text: formatWhen(resolved, context), datetimes: locals.map((l) => datetimeAttribute(l, context.timeZone)) };
}

export function buildStoryView(story: Story, locale: Locale): StoryView {
	const { timeZone, language } = story.meta;
	const context: DateContext = { timeZone, locale, messages: messagesFor(language) };
	const resolved = new Map(story.events.map((e) => [e.id, resolveWhen(e.when, timeZone)]));
	const sortSpans = orderSpans(story.events, (e) => e.id, (e) => resolved.get(e.id)!, (e) => e.after);
	const ordered = sortByTime(story.events, (e) => sortSpans.get(e.id)!);
	const titles = new Map(story.events.map((e) => [e.id, e.title]));
	const quotesByEvent = new Map<string, string[]>();
	for (const quote of story.quotes) quotesByEvent.set(quote.event, [...(quotesByEvent.get(quote.event) ?? []), quote.id]);

	const formatLocal = (value: string | undefined) => {
		const local = value ? parseLocalDate(value) : null;
		return local ? formatLocalDate(local, context) : '';
	};

	return {
		story,
		events: ordered.map((event, order) => {
			const when = resolved.get(event.id)!;
			const [wallStart, wallEnd] = wallOf(when.kind === 'point' ? { from: when.local, to: when.local } : when);
			return {
				event,
				order,
				start: when.start,
				end: when.end,
				wallStart,
				wallEnd,
				precision: when.kind === 'point' ? when.precision : 'range',
				date: datedText(when, context),
				quoteIds: quotesByEvent.get(event.id) ?? [],
				afterTitle: event.after ? titles.get(event.after) : undefined
			};
		}),
		actors: byId(story.actors),
		sources: byId(story.sources),
		chapters: byId(story.chapters),
		quotes: byId(story.quotes),
		focusWall: wallOfRange(story.meta.focus),
		chapterWalls: Object.fromEntries(story.chapters.map((c) => [c.id, wallOfRange(c.span)])),
		quoteLinks: quoteLinks(story.quotes),
		sourceDates: Object.fromEntries(story.sources.map((s) => [s.id, formatLocal(s.published)])),
		lastUpdatedText: formatLocal(story.meta.lastUpdated)
	};
}

function wallOf(range: { from: LocalDate; to: LocalDate }): [number, number] {
	return [wallSpan(range.from).start, wallSpan(range.to).end];
}

function wallOfRange(range: DateRange): [number, number] {
	return wallOf({ from: parseLocalDate(range.from)!, to: parseLocalDate(range.to)! });
}
