/**
 * What the interactive timeline needs of a story, and nothing more. The page
 * ships this instead of the whole story view: the chronology is static HTML
 * the browser never hydrates, so the page's data grows by a few dozen bytes per
 * event rather than by its quotes, sources and literacy panels. Stored as
 * columns (one array per field) because that is about a third smaller than an
 * array of objects once serialised, which matters at 10,000 events.
 */
import type { EventKind, Importance } from '../story/schema';
import type { StoryView } from '../story/view';
import { EVENT_KINDS, IMPORTANCE_LEVELS } from '../story/vocabulary';
import { selectionLookup, type SelectionLookup } from '../story/selection';
import { axisLabelsFor, type AxisLabels } from './axis';
import { clampDomain, fullDomainOf } from './zoom';
import { defaultScaleOf, type ScaleName } from './scales';
import { scaleWords, type ScaleWords } from '../i18n/scale-words';

export interface TimelineData {
	slug: string;
	language: string;
	/** Events in time order, one entry per event in each column. */
	columns: {
		id: string[];
		title: string[];
		/** The date as the reader sees it in the chronology. */
		dateText: string[];
		/** Index into EVENT_KINDS / IMPORTANCE_LEVELS. */
		kind: number[];
		importance: number[];
		/**
		 * Wall-clock ms (see time/local-date.ts `wallSpan`) of the span the graphic
		 * draws: the event's own span narrowed by the story's order links (story/view.ts `drawStart`).
		 */
		wallStart: number[];
		wallEnd: number[];
		/** Index into `chapters`. */
		chapter: number[];
		/** Index into `gapWords`: the time since the previous event, in words (story/view.ts `gapText`). */
		gap: number[];
	};
	/** Each distinct gap text once ("4 minutes later", "same day, time not known"): a story repeats a few dozen. */
	gapWords: string[];
	/** The scale the timeline opens on: the author's (`meta.scale`), else the story's shape decides (scales.ts). */
	scale: ScaleName;
	/** The scale control's words in the story's language (i18n/scale-words.ts). */
	scaleWords: ScaleWords;
	/** Quote id → index of its event, so `#quote-…` links select the quote's event. */
	quoteEvents: Record<string, number>;
	chapters: { id: string; title: string; wall: [number, number] }[];
	focusWall: [number, number];
	/** Events per page of the static chronology (see story/pages.ts). */
	pageSize: number;
	/** The opening window's axis labels at every width, formatted here so the page builds no Intl.DateTimeFormat to start (axis.ts). */
	axisLabels: AxisLabels;
}

export interface TimelineEvent {
	id: string;
	/** Position in time order, from 0. */
	order: number;
	title: string;
	dateText: string;
	kind: EventKind;
	importance: Importance;
	wallStart: number;
	wallEnd: number;
	chapter: string;
	/** The time since the previous event in words ('' for the first). */
	gapText: string;
}

export function timelineDataOf(view: StoryView, pageSize: number): TimelineData {
	const events = view.events;
	// The window the timeline opens on (TimelineState's first): the focus, inside the story's drawn spans.
	const opening = clampDomain(view.focusWall, fullDomainOf(events.map((e) => ({ start: e.drawStart, end: e.drawEnd }))));
	const order = new Map(events.map((e, i) => [e.event.id, i]));
	const chapterIndex = new Map(view.story.chapters.map((c, i) => [c.id, i]));
	const gapWords = [...new Set(events.map((e) => e.gapText))];
	const gapIndex = new Map(gapWords.map((text, i) => [text, i]));
	const drawn = events.map((e) => ({ wallStart: e.drawStart, wallEnd: e.drawEnd }));
	return {
		slug: view.story.meta.slug,
		language: view.story.meta.language,
		columns: {
			id: events.map((e) => e.event.id),
			title: events.map((e) => e.event.title),
			dateText: events.map((e) => e.date.text),
			kind: events.map((e) => EVENT_KINDS.indexOf(e.event.kind)),
			importance: events.map((e) => IMPORTANCE_LEVELS.indexOf(e.event.importance)),
			wallStart: events.map((e) => e.drawStart),
			wallEnd: events.map((e) => e.drawEnd),
			chapter: events.map((e) => chapterIndex.get(e.event.chapter) ?? -1),
			gap: events.map((e) => gapIndex.get(e.gapText)!)
		},
		gapWords,
		scale: view.story.meta.scale ?? defaultScaleOf(drawn, view.focusWall),
		scaleWords: scaleWords(view.story.meta.language),
		quoteEvents: Object.fromEntries(view.story.quotes.map((q) => [q.id, order.get(q.event)!])),
		chapters: view.story.chapters.map((c) => ({ id: c.id, title: c.title, wall: view.chapterWalls[c.id] })),
		focusWall: view.focusWall,
		pageSize,
		axisLabels: axisLabelsFor(opening, view.story.meta.language)
	};
}

/** The columns back as one object per event, in time order. */
export function timelineEvents(data: TimelineData): TimelineEvent[] {
	const c = data.columns;
	return c.id.map((id, i) => ({
		id,
		order: i,
		title: c.title[i],
		dateText: c.dateText[i],
		kind: EVENT_KINDS[c.kind[i]],
		importance: IMPORTANCE_LEVELS[c.importance[i]],
		wallStart: c.wallStart[i],
		wallEnd: c.wallEnd[i],
		chapter: data.chapters[c.chapter[i]]?.id ?? '',
		gapText: data.gapWords[c.gap[i]] ?? ''
	}));
}

const lookups = new WeakMap<TimelineData, SelectionLookup>();

/** Which event a hash selects, for this data: built once, shared by everything on the page that asks. */
export function lookupOf(data: TimelineData): SelectionLookup {
	let lookup = lookups.get(data);
	if (!lookup) lookups.set(data, (lookup = selectionLookup(data.columns.id, data.quoteEvents)));
	return lookup;
}

/**
 * The event a compact view opens on: the first key event in the story's focus
 * window, else the first event in it, else the first event of the story.
 */
export function focusEventOf(data: TimelineData): string | null {
	const c = data.columns;
	const [from, to] = data.focusWall;
	const inFocus = c.id.map((_, i) => i).filter((i) => c.wallEnd[i] >= from && c.wallStart[i] <= to);
	const key = IMPORTANCE_LEVELS.indexOf('key');
	const index = inFocus.find((i) => c.importance[i] === key) ?? inFocus[0] ?? 0;
	return c.id[index] ?? null;
}
