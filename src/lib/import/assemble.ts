/**
 * Imported events, eras and links → a story. The rules every format shares
 * live here: ids, chapters, sources (cited or only candidates), actors and
 * quotes, and the meta block. The result is always a draft: imported events
 * have no checked sources, and we never invent one.
 */
import type { Actor, Chapter, DateRange, Quote, Source, Story, StoryEvent, StoryMeta } from '../story/schema';
import {
	FORMAT_NAMES,
	ImportError,
	inFileOrder,
	quoted,
	warningCollector,
	type CandidateLink,
	type ImportedEra,
	type ImportedEvent,
	type ImportedTimeline,
	type ImportOptions,
	type ImportResult,
	type Warn
} from './common';
import { coveringRange, startSpan } from './dates';
import { spanOf as spanOfDate } from '../time/local-date';
import { eventIdText, IdAllocator, PAGE_IDS_RESERVED_FOR_EVENTS, slugify } from './slug';
import { todayAsLocalDate } from '../authoring/story-file';
import { guessSourceKind, hostOf } from './urls';

export const DEFAULT_TIME_ZONE = 'UTC';
export const DEFAULT_LANGUAGE = 'en';
export const OTHER_EVENTS_CHAPTER = 'Other events';
export const ALL_EVENTS_CHAPTER = 'All events';
export const UNKNOWN_ROLE = 'unknown role';
export const UNKNOWN_VENUE = 'Not given in the imported file';

/** Where warnings about the import options point, in the words of the CLI. */
const OPTION_WHERE = { timeZone: '--time-zone', title: '--title' };

interface EventWithId {
	imported: ImportedEvent;
	id: string;
}

/**
 * Runs an importer's reader, then assembles the story. When the input cannot
 * become a story, the ImportError carries every warning gathered so far: they
 * usually say why (every row lacked a date, …).
 */
export function importWith(options: ImportOptions, read: (timeZone: string, warn: Warn) => ImportedTimeline): ImportResult {
	const { warnings, warn } = warningCollector();
	try {
		const timeline = read(options.timeZone ?? DEFAULT_TIME_ZONE, warn);
		const story = assembleStory(timeline, options, warn);
		return { story, warnings: inFileOrder(warnings) };
	} catch (error) {
		throw error instanceof ImportError ? new ImportError(error.message, inFileOrder(warnings)) : error;
	}
}

export function assembleStory(timeline: ImportedTimeline, options: ImportOptions, warn: Warn): Story {
	if (timeline.events.length === 0) throw new ImportError('nothing to import: no event has a usable date');
	const timeZone = timeZoneOption(options, warn);
	const events = assignEventIds(timeline.events, warn);
	const chapters = buildChapters(events, timeline.eras, timeZone, warn);
	const sources = new SourceList();
	const citedBy = new Map(events.map((event) => [event.id, sources.cite(event.imported, warn)]));
	sources.listCandidates([...timeline.titleCandidates, ...events.flatMap((event) => event.imported.candidates)], warn);
	const speakers = new SpeakersAndQuotes();
	for (const event of events) speakers.add(event, citedBy.get(event.id)!, warn);

	return {
		meta: buildMeta(timeline, options, timeZone, events, warn),
		actors: speakers.actors,
		sources: sources.all,
		chapters: chapters.list,
		events: events.map(({ imported, id }) => ({
			id,
			title: imported.title,
			summary: imported.summary,
			// No kind can be read off a TimelineJS slide or a spreadsheet row without guessing.
			kind: 'other',
			when: imported.when,
			...(imported.whenNote ? { whenNote: imported.whenNote } : {}),
			chapter: chapters.chapterOf.get(id)!,
			actors: speakers.actorsOf(id),
			importance: 'normal',
			sources: citedBy.get(id)!
		})) satisfies StoryEvent[],
		quotes: speakers.quotes,
		framings: [],
		unknowns: []
	};
}

function timeZoneOption(options: ImportOptions, warn: Warn): string {
	if (options.timeZone) return options.timeZone;
	warn(OPTION_WHERE.timeZone, `no time zone given; dates and times are read as ${DEFAULT_TIME_ZONE}. Pass the zone the timeline was written in, e.g. --time-zone Europe/London`);
	return DEFAULT_TIME_ZONE;
}

/** Ids from the original's unique_id or else the title; repeats are numbered, and both changes reported. */
function assignEventIds(imported: ImportedEvent[], warn: Warn): EventWithId[] {
	const ids = new IdAllocator(PAGE_IDS_RESERVED_FOR_EVENTS);
	return imported.map((event) => {
		const base = eventIdText(event.idHint ?? event.title);
		const { id, renumbered } = ids.allocate(base, 'event');
		if (renumbered) warn(event.where, `the id ${quoted(base || 'event')} is already taken (a repeated ${event.idHint ? 'unique_id' : 'headline'}); this event's id is ${quoted(id)}`);
		else if (!base) warn(event.where, `the ${event.idHint ? 'unique_id' : 'headline'} has no letters a–z or digits to make an id from; this event's id is ${quoted(id)}`);
		else if (event.idHint && event.idHint !== id) warn(event.where, `unique_id ${quoted(event.idHint)} became the id ${quoted(id)} (ids are lower-case slugs); links to the old id will not find it`);
		return { imported: event, id };
	});
}

interface Chapters {
	list: Chapter[];
	chapterOf: Map<string, string>;
}

/** Eras become chapters; without eras, groups do; without either, one chapter holds every event. */
function buildChapters(events: EventWithId[], eras: ImportedEra[], timeZone: string, warn: Warn): Chapters {
	const ids = new IdAllocator();
	const chapters = eras.length
		? chaptersFromEras(events, eras, ids, timeZone, warn)
		: events.some((event) => event.imported.group)
			? chaptersFromGroups(events, ids, timeZone, warn)
			: [spannedChapter(ids.allocate(ALL_EVENTS_CHAPTER, 'events').id, ALL_EVENTS_CHAPTER, events, timeZone)];
	const list = chapters.map((c) => c.chapter).sort((a, b) => spanOfDate(a.span.from, timeZone).start - spanOfDate(b.span.from, timeZone).start);
	const chapterOf = new Map(chapters.flatMap((c) => c.eventIds.map((id) => [id, c.chapter.id] as const)));
	return { list, chapterOf };
}

interface ChapterWithEvents {
	chapter: Chapter;
	eventIds: string[];
}

function spannedChapter(id: string, title: string, events: EventWithId[], timeZone: string): ChapterWithEvents {
	return {
		chapter: {
			id,
			title,
			span: coveringRange(
				events.map((e) => e.imported.when),
				timeZone
			)
		},
		eventIds: events.map((e) => e.id)
	};
}

/** Each event goes to the first era (in date order) its start falls in; the rest to "Other events". */
function chaptersFromEras(events: EventWithId[], eras: ImportedEra[], ids: IdAllocator, timeZone: string, warn: Warn): ChapterWithEvents[] {
	const spanOf = (range: DateRange) => ({ start: spanOfDate(range.from, timeZone).start, end: spanOfDate(range.to, timeZone).end });
	const chapters = eras
		.map((era) => ({ era, span: spanOf(era.span) }))
		.sort((a, b) => a.span.start - b.span.start)
		.map(({ era, span }) => ({
			span,
			chapter: { id: ids.allocate(era.title, 'era').id, title: era.title, span: era.span, ...(era.summary ? { summary: era.summary } : {}) },
			eventIds: [] as string[]
		}));
	const outside: EventWithId[] = [];
	for (const event of events) {
		if (event.imported.group) warn(event.imported.groupWhere ?? event.imported.where, `group ${quoted(event.imported.group)} dropped: the eras already give the chapters, and the format has no tags`);
		const start = startSpan(event.imported.when, timeZone).start;
		const home = chapters.find(({ span }) => start >= span.start && start < span.end);
		if (home) home.eventIds.push(event.id);
		else outside.push(event);
	}
	const result: ChapterWithEvents[] = chapters.map(({ chapter, eventIds }) => ({ chapter, eventIds }));
	if (outside.length) {
		const other = spannedChapter(ids.allocate(OTHER_EVENTS_CHAPTER, 'other').id, OTHER_EVENTS_CHAPTER, outside, timeZone);
		for (const event of outside) warn(event.imported.where, `falls in no era; it is in the chapter ${quoted(OTHER_EVENTS_CHAPTER)}`);
		result.push(other);
	}
	return result;
}

/** One chapter per group, in the order groups first appear; ungrouped events go to "Other events". */
function chaptersFromGroups(events: EventWithId[], ids: IdAllocator, timeZone: string, warn: Warn): ChapterWithEvents[] {
	const byGroup = new Map<string, EventWithId[]>();
	for (const event of events) {
		const group = event.imported.group ?? '';
		if (!group) warn(event.imported.where, `has no group; it is in the chapter ${quoted(OTHER_EVENTS_CHAPTER)}`);
		const members = byGroup.get(group);
		if (members) members.push(event);
		else byGroup.set(group, [event]);
	}
	return [...byGroup].map(([group, members]) => {
		const title = group || OTHER_EVENTS_CHAPTER;
		return spannedChapter(ids.allocate(title, 'group').id, title, members, timeZone);
	});
}

/**
 * Sources from an import. Addresses the author listed as sources (a plain CSV
 * "source url") are cited by their events. Every other link (media, links in
 * the text) is only a candidate: listed with kind "reference" so it is not
 * lost, but cited by nothing, because nobody has checked it supports the event.
 */
class SourceList {
	readonly all: Source[] = [];
	private readonly ids = new IdAllocator();
	private readonly idByUrl = new Map<string, string>();

	/** Source ids for the event's citations, adding a source for each new address. */
	cite(event: ImportedEvent, warn: Warn): string[] {
		const ids = event.citations.map(({ url, where }) => this.idByUrl.get(url) ?? this.addCited(url, event.title, where, warn));
		return [...new Set(ids)];
	}

	private addCited(url: string, eventTitle: string, where: string, warn: Warn): string {
		const outlet = hostOf(url);
		const kind = guessSourceKind(url);
		const id = this.add({ outlet, headline: eventTitle, url, kind, reliability: 'Listed as the source in the imported file; not yet assessed.' });
		warn(
			where,
			`source ${quoted(url)} added as ${quoted(id)}: outlet ${quoted(outlet)} is its address, its headline is the event title and its kind ${quoted(kind)} is a guess; replace them with what the page says`
		);
		return id;
	}

	listCandidates(candidates: CandidateLink[], warn: Warn) {
		for (const candidate of candidates) {
			if (this.idByUrl.has(candidate.url)) continue;
			const id = this.add(
				{
					outlet: hostOf(candidate.url),
					headline: candidate.label,
					url: candidate.url,
					kind: 'reference',
					reliability: candidateReliability(candidate),
					...(candidate.credit ? { author: candidate.credit } : {})
				},
				`${candidate.origin === 'media' ? 'media' : 'link'}-${slugify(candidate.attachedTo)}`
			);
			warn(
				candidate.where,
				`${candidate.origin === 'media' ? 'media' : 'link'} ${quoted(candidate.url)} listed as the source candidate ${quoted(id)} (kind "reference"), cited by no event: check it, then cite it from the event or delete it`
			);
		}
	}

	private add(source: Omit<Source, 'id'>, idText = source.outlet): string {
		const { id } = this.ids.allocate(idText, 'source');
		this.all.push({ id, ...source });
		if (source.url) this.idByUrl.set(source.url, id);
		return id;
	}
}

function candidateReliability(candidate: CandidateLink): string {
	const found = candidate.origin === 'media' ? 'Media attached in the original timeline' : 'Linked from the text in the original timeline';
	return `${found} to ${candidate.attachedTo === 'the title slide' ? 'the title slide' : `“${candidate.attachedTo}”`}; not checked as a source, and cited by no event.`;
}

/** Speakers become actors and quotes become quotes, but only when the row cites a source: a quote without one is not allowed. */
class SpeakersAndQuotes {
	readonly actors: Actor[] = [];
	readonly quotes: Quote[] = [];
	private readonly actorIds = new IdAllocator();
	private readonly quoteIds = new IdAllocator();
	private readonly actorByName = new Map<string, string>();
	private readonly actorsByEvent = new Map<string, string[]>();

	add({ imported, id: eventId }: EventWithId, sourceIds: string[], warn: Warn) {
		const quote = imported.quote;
		if (!quote) return;
		if (!sourceIds.length) {
			warn(quote.where, `quote ${quoted(quote.text)} left out: a quote needs a source, and this row has no source url`);
			return;
		}
		const speaker = this.actorFor(quote.speaker, quote.where, warn);
		this.actorsByEvent.set(eventId, [speaker]);
		this.quotes.push({
			id: this.quoteIds.allocate(`${speaker}-${eventId}`, 'quote').id,
			event: eventId,
			speaker,
			text: quote.text,
			setting: 'other',
			venue: UNKNOWN_VENUE,
			sources: sourceIds
		});
		warn(quote.where, `quote setting "other" and venue ${quoted(UNKNOWN_VENUE)} are placeholders: say where and how it was said`);
	}

	actorsOf(eventId: string): string[] {
		return this.actorsByEvent.get(eventId) ?? [];
	}

	private actorFor(name: string, where: string, warn: Warn): string {
		const known = this.actorByName.get(name);
		if (known) return known;
		const { id } = this.actorIds.allocate(name, 'speaker');
		this.actorByName.set(name, id);
		this.actors.push({ id, name, role: UNKNOWN_ROLE });
		warn(where, `speaker ${quoted(name)} added as the actor ${quoted(id)} with the role ${quoted(UNKNOWN_ROLE)}: write their role at the time`);
		return id;
	}
}

function buildMeta(timeline: ImportedTimeline, options: ImportOptions, timeZone: string, events: EventWithId[], warn: Warn): StoryMeta {
	const today = options.today ?? todayAsLocalDate();
	const unsourced = events.filter((event) => event.imported.citations.length === 0).length;
	return {
		slug: options.slug,
		title: storyTitle(timeline, options, warn),
		dek: timeline.dek ?? placeholderDek(timeline, warn),
		language: options.language ?? DEFAULT_LANGUAGE,
		timeZone,
		lastUpdated: today,
		credits: [{ name: timeline.format === 'plain-csv' ? 'Imported from a spreadsheet' : 'Imported from TimelineJS3', role: 'First draft (replace with the names of the authors)' }],
		method: [
			`Imported on ${today} from ${FORMAT_NAMES[timeline.format]} with npm run story:import.`,
			`${unsourced} of ${events.length} events have no source yet, so the story is a draft.`,
			'Media and links found in the original are listed as sources of kind “reference”, but no event cites them until someone has checked them.'
		].join(' '),
		focus: storyFocus(events, timeZone),
		// An import has not been checked by anyone: it stays a draft until its author has sourced and reviewed it.
		draft: true
	};
}

function storyTitle(timeline: ImportedTimeline, options: ImportOptions, warn: Warn): string {
	if (options.title) return options.title;
	if (timeline.title) return timeline.title;
	const title = options.slug
		.split('-')
		.join(' ')
		.replace(/^./, (first) => first.toUpperCase());
	warn(timeline.format === 'plain-csv' ? OPTION_WHERE.title : titleWhere(timeline), `no title; the story is called ${quoted(title)} (pass --title to choose one)`);
	return title;
}

function placeholderDek(timeline: ImportedTimeline, warn: Warn): string {
	const dek = `Imported from ${FORMAT_NAMES[timeline.format]}; the events are not yet sourced.`;
	warn(titleWhere(timeline), `no introduction text; the dek is a placeholder: ${quoted(dek, 100)}`);
	return dek;
}

function titleWhere(timeline: ImportedTimeline): string {
	return { timelinejs: '$.title', 'sheets-csv': 'the row of Type "title"', 'plain-csv': 'the file' }[timeline.format];
}

/** The timeline opens on every imported event, so the author sees all of them at once. */
function storyFocus(events: EventWithId[], timeZone: string): DateRange {
	return coveringRange(
		events.map((event) => event.imported.when),
		timeZone
	);
}
