/**
 * TimelineJS3 JSON → story. The file is read loosely (TimelineJS itself is
 * forgiving), and every warning names a JSON path such as
 * `$.events[3].start_date`.
 */
import { ImportError, quoted, type ImportedTimeline, type ImportOptions, type ImportResult, type Warn } from './common';
import { importWith } from './assemble';
import { readEraSlide, readEventSlide, readTitleSlide, type Locate, type Slide, type SlideField } from './timeline-slides';

const JSON_FIELDS: Record<SlideField, string> = {
	start_date: 'start_date',
	end_date: 'end_date',
	headline: 'text.headline',
	text: 'text.text',
	media: 'media.url',
	media_thumbnail: 'media.thumbnail',
	group: 'group',
	display_date: 'display_date',
	background: 'background',
	unique_id: 'unique_id'
};

/** Top-level fields TimelineJS reads, beyond title, events and eras, that the story format has no place for. */
const DROPPED_TOP_LEVEL = ['scale'];

export function importTimelineJs(text: string, options: ImportOptions): ImportResult {
	return importWith(options, (timeZone, warn) => readTimelineJs(parseJson(text), timeZone, warn));
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new ImportError(`not valid JSON: ${(error as Error).message}`);
	}
}

export function readTimelineJs(input: unknown, timeZone: string, warn: Warn): ImportedTimeline {
	if (!isObject(input) || !Array.isArray(input.events)) {
		throw new ImportError('not a TimelineJS3 timeline: expected a JSON object with an "events" array');
	}
	for (const key of DROPPED_TOP_LEVEL) {
		if (input[key] !== undefined) warn(`$.${key}`, `${key} ${quoted(String(input[key]))} dropped: the story format has no such setting`);
	}
	const title = isObject(input.title) ? readTitleSlide(input.title as Slide, locator('$.title'), warn) : { candidates: [] };
	const eras = slidesAt(input.eras, '$.eras', warn).flatMap(({ slide, path }, i) => readEraSlide(slide, locator(path), i + 1, timeZone, warn) ?? []);
	const events = slidesAt(input.events, '$.events', warn).flatMap(({ slide, path }) => readEventSlide(slide, locator(path), timeZone, warn) ?? []);
	return { format: 'timelinejs', title: title.title, dek: title.dek, titleCandidates: title.candidates, events, eras };
}

/** The slides of an array with their JSON paths; anything that is not an object is skipped with a warning. */
function slidesAt(value: unknown, path: string, warn: Warn): { slide: Slide; path: string }[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) {
		warn(path, 'is not an array; ignored');
		return [];
	}
	return value.flatMap((slide, i) => {
		if (isObject(slide)) return [{ slide: slide as Slide, path: `${path}[${i}]` }];
		warn(`${path}[${i}]`, 'is not an object; skipped');
		return [];
	});
}

function locator(path: string): Locate {
	return (field) => (field ? `${path}.${JSON_FIELDS[field]}` : path);
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
