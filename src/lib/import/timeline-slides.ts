/**
 * TimelineJS3 slides (from its JSON or from its Google Sheets template) →
 * imported events, eras and the title. Both importers read their input into
 * this slide shape so the mapping rules live in one place; they differ only
 * in how a warning names its place (`$.events[3].start_date` or
 * `row 7 (Year, Month, Day, Time)`).
 */
import type { When } from '../story/schema';
import { asText, quoted, type CandidateLink, type ImportedEra, type ImportedEvent, type Warn } from './common';
import { localDateFromParts, whenFromDates, type DateParts } from './dates';
import { htmlToText } from './html-to-text';
import { eventTitle, fallbackSummary, labelText, plainText } from './text-fields';
import { keepHttpUrl } from './urls';

export interface SlideDate extends DateParts {
	display_date?: unknown;
}

export interface SlideMedia {
	url?: unknown;
	caption?: unknown;
	credit?: unknown;
	thumbnail?: unknown;
}

/** A TimelineJS3 slide, read loosely: any field may be missing or of the wrong type. */
export interface Slide {
	start_date?: SlideDate;
	end_date?: SlideDate;
	text?: { headline?: unknown; text?: unknown };
	media?: SlideMedia;
	group?: unknown;
	display_date?: unknown;
	background?: unknown;
	unique_id?: unknown;
}

export type SlideField = 'start_date' | 'end_date' | 'headline' | 'text' | 'media' | 'media_thumbnail' | 'group' | 'display_date' | 'background' | 'unique_id';

/** Names a slide, or one of its fields, in the words of the input format. */
export type Locate = (field?: SlideField) => string;

export function readEventSlide(slide: Slide, locate: Locate, timeZone: string, warn: Warn): ImportedEvent | null {
	const when = whenOfSlide(slide, locate, timeZone, warn);
	if ('problem' in when) {
		const name = htmlToText(asText(slide.text?.headline)).text;
		warn(locate(), `skipped${name ? ` ${quoted(name)}` : ''}: ${when.problem ? `its start date ${when.problem}` : 'it has no usable start date (a year at least)'}`);
		return null;
	}
	const headline = plainText(slide.text?.headline, locate('headline'), warn);
	const text = plainText(slide.text?.text, locate('text'), warn);
	const title = eventTitle(headline.text, text.text, locate('headline'), warn);
	const summary = text.text || fallbackSummary(title, locate('text'), warn);
	const group = asText(slide.group);
	warnAboutBackground(slide, locate, warn);
	return {
		where: locate(),
		title,
		summary,
		when: when.value,
		whenNote: when.note,
		idHint: asText(slide.unique_id) || undefined,
		group: group || undefined,
		groupWhere: locate('group'),
		candidates: [...mediaCandidates(slide.media, title, locate, warn), ...linkCandidates([...headline.links, ...text.links], title, locate, warn)],
		citations: []
	};
}

/** An era becomes a chapter: its span is its start and end dates, whatever their precision. */
export function readEraSlide(slide: Slide, locate: Locate, eraNumber: number, timeZone: string, warn: Warn): ImportedEra | null {
	const span = eraSpan(slide, locate, timeZone, warn);
	if ('problem' in span) {
		warn(locate(), `era skipped: ${span.problem ? `its start date ${span.problem}` : 'it has no usable start date'}`);
		return null;
	}
	let title = plainText(slide.text?.headline, locate('headline'), warn).text;
	if (!title) {
		title = `Era ${eraNumber}`;
		warn(locate('headline'), `era has no headline; the chapter is called ${quoted(title)}`);
	}
	const summary = plainText(slide.text?.text, locate('text'), warn).text || undefined;
	const media = asText(slide.media?.url);
	if (media) warn(locate('media'), `media ${quoted(media)} dropped: chapters have no media`);
	return { where: locate(), title, summary, span };
}

/** Why a slide has no start date the format can hold; no `problem` when it has none at all. */
interface NoStart {
	problem: string | undefined;
}

function eraSpan(slide: Slide, locate: Locate, timeZone: string, warn: Warn): { from: string; to: string } | NoStart {
	const { date: start, problem } = localDateFromParts(slide.start_date ?? {}, timeZone, locate('start_date'), warn);
	if (!start) return { problem };
	const end = slide.end_date ? endDateOf(slide.end_date, timeZone, locate('end_date'), warn) : null;
	if (!end) warn(locate('end_date'), `era has no end date; the chapter spans only ${quoted(start)}`);
	const when = whenFromDates(start, end, undefined, timeZone, locate('end_date'), warn);
	return typeof when === 'string' ? { from: when, to: when } : { from: when.from, to: when.to };
}

export interface TitleSlide {
	title?: string;
	dek?: string;
	candidates: CandidateLink[];
}

export function readTitleSlide(slide: Slide, locate: Locate, warn: Warn): TitleSlide {
	const headline = plainText(slide.text?.headline, locate('headline'), warn);
	const text = plainText(slide.text?.text, locate('text'), warn);
	const attachedTo = 'the title slide';
	return {
		title: headline.text || undefined,
		dek: text.text || undefined,
		candidates: [...mediaCandidates(slide.media, attachedTo, locate, warn), ...linkCandidates([...headline.links, ...text.links], attachedTo, locate, warn)]
	};
}

/** The slide's start and end as a `when`, plus a note when its display date cannot be a label. */
function whenOfSlide(slide: Slide, locate: Locate, timeZone: string, warn: Warn): { value: When; note?: string } | NoStart {
	const { date: start, problem } = localDateFromParts(slide.start_date ?? {}, timeZone, locate('start_date'), warn);
	if (!start) return { problem };
	const end = slide.end_date ? endDateOf(slide.end_date, timeZone, locate('end_date'), warn) : null;
	const label = displayDateOf(slide, locate, warn);
	const value = whenFromDates(start, end, label, timeZone, locate('end_date'), warn);
	if (typeof value !== 'string') {
		warn(locate('end_date'), `start and end became the range ${quoted(`${value.from} to ${value.to}`)}; in this format a range means "some time between", not "lasting from … to": check the meaning`);
		return { value };
	}
	if (!label) return { value };
	// A single date string cannot carry a label, but the words the author chose are worth keeping.
	warn(locate('display_date'), `display date ${quoted(label)} kept as a note on the date (whenNote): a single date is shown as ${quoted(value)} at its own precision`);
	return { value, note: `The original timeline showed this date as “${label}”.` };
}

function endDateOf(date: SlideDate, timeZone: string, where: string, warn: Warn): string | null {
	const hasParts = Object.values(date).some((part) => asText(part) !== '');
	if (!hasParts) return null;
	const { date: end, problem } = localDateFromParts(date, timeZone, where, warn);
	if (problem) warn(where, `end date dropped: ${problem}`);
	else if (!end) warn(where, 'end date has no usable year; it was dropped');
	return end;
}

/** The slide's display date, or the start and end dates' own display dates joined. */
function displayDateOf(slide: Slide, locate: Locate, warn: Warn): string | undefined {
	const slideLabel = labelText(slide.display_date, locate('display_date'), warn).text;
	if (slideLabel) return slideLabel;
	const parts = [labelText(slide.start_date?.display_date, locate('start_date'), warn).text, labelText(slide.end_date?.display_date, locate('end_date'), warn).text].filter(Boolean);
	return parts.length ? parts.join(' – ') : undefined;
}

/** Media is a source candidate: the link may be the evidence, but nobody has checked that it is. */
function mediaCandidates(media: SlideMedia | undefined, attachedTo: string, locate: Locate, warn: Warn): CandidateLink[] {
	const thumbnail = asText(media?.thumbnail);
	if (thumbnail) warn(locate('media_thumbnail'), `thumbnail ${quoted(thumbnail)} dropped: the timeline shows no images`);
	const raw = asText(media?.url);
	if (!raw) return [];
	const url = raw.startsWith('<') ? firstUrlInEmbedCode(raw, locate('media'), warn) : keepHttpUrl(raw, locate('media'), warn);
	if (!url) return [];
	const caption = labelText(media?.caption, locate('media'), warn).text;
	const credit = labelText(media?.credit, locate('media'), warn).text;
	return [{ url, label: caption || `Media for “${attachedTo}”`, credit: credit || undefined, origin: 'media', attachedTo, where: locate('media') }];
}

/** TimelineJS accepts embed code (a tweet's <blockquote>, an <iframe>) as media; its first http(s) address is what matters. */
function firstUrlInEmbedCode(html: string, where: string, warn: Warn): string | null {
	const address = /\b(?:href|src)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i.exec(html)?.[1];
	if (!address) {
		warn(where, `embed code ${quoted(html)} dropped: it holds no http(s) address`);
		return null;
	}
	warn(where, `embed code reduced to its first address ${quoted(address)}`);
	return keepHttpUrl(address, where, warn);
}

function linkCandidates(links: { href: string; text: string }[], attachedTo: string, locate: Locate, warn: Warn): CandidateLink[] {
	return links.flatMap(({ href, text }) => {
		const url = keepHttpUrl(href, locate('text'), warn);
		return url ? [{ url, label: text || url, origin: 'text-link' as const, attachedTo, where: locate('text') }] : [];
	});
}

function warnAboutBackground(slide: Slide, locate: Locate, warn: Warn) {
	const background = slide.background;
	const backgroundText =
		typeof background === 'object' && background ? asText((background as { url?: unknown; color?: unknown }).url) || asText((background as { color?: unknown }).color) : asText(background);
	if (backgroundText) warn(locate('background'), `background ${quoted(backgroundText)} dropped: the timeline has no slide backgrounds`);
}
