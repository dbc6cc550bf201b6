/**
 * The TimelineJS3 Google Sheets template, exported as CSV → story. Each row
 * is read into a TimelineJS slide (as TimelineJS itself does) and mapped by
 * the same rules as the JSON; rows of Type "title" and "era" are the title
 * slide and the eras. Warnings name the spreadsheet row and column.
 */
import { quoted, type ImportedEra, type ImportedEvent, type ImportedTimeline, type ImportOptions, type ImportResult, type Warn } from './common';
import { importWith } from './assemble';
import { columnKey, readCsvRows, rowWhere, type CsvRow } from './csv';
import { partsOfTime, type DateParts } from './dates';
import { readEraSlide, readEventSlide, readTitleSlide, type Locate, type Slide, type SlideField, type TitleSlide } from './timeline-slides';

const COLUMNS: Record<SlideField, string> = {
	start_date: 'Year, Month, Day, Time',
	end_date: 'End Year, End Month, End Day, End Time',
	headline: 'Headline',
	text: 'Text',
	media: 'Media',
	media_thumbnail: 'Media Thumbnail',
	group: 'Group',
	display_date: 'Display Date',
	background: 'Background',
	unique_id: 'Headline'
};

/** Every column of the template (v3, plus "Tag" from v1 and the newer "Alt Text"). */
export const SHEETS_TEMPLATE_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Alt Text',
	'Type',
	'Group',
	'Tag',
	'Background'
];
const KNOWN_KEYS = new Set(SHEETS_TEMPLATE_COLUMNS.map(columnKey));

export function importSheetsCsv(text: string, options: ImportOptions): ImportResult {
	return importWith(options, (timeZone, warn) => readSheetsCsv(text, timeZone, warn));
}

export function readSheetsCsv(text: string, timeZone: string, warn: Warn): ImportedTimeline {
	let title: TitleSlide = { candidates: [] };
	let titleRow: number | undefined;
	const events: ImportedEvent[] = [];
	const eras: ImportedEra[] = [];
	readCsvRows(text, {
		header(names) {
			for (const name of names) {
				if (name && !KNOWN_KEYS.has(columnKey(name))) warn(rowWhere(1, name), `column ${quoted(name)} is not part of the TimelineJS3 template; ignored`);
			}
		},
		row(row) {
			const locate = locator(row.row);
			const slide = slideOfRow(row, warn);
			const type = rowType(row, titleRow !== undefined, locate, warn);
			if (type === 'title') {
				title = readTitleSlide(slide, locate, warn);
				titleRow = row.row;
			} else if (type === 'era') {
				const era = readEraSlide(slide, locate, eras.length + 1, timeZone, warn);
				if (era) eras.push(era);
			} else {
				const event = readEventSlide(slide, locate, timeZone, warn);
				if (event) events.push(event);
			}
		}
	});
	return { format: 'sheets-csv', title: title.title, dek: title.dek, titleCandidates: title.candidates, events, eras };
}

/** The Type column: "title" (the first one only, as in TimelineJS), "era", or an event. */
function rowType(row: CsvRow, haveTitle: boolean, locate: Locate, warn: Warn): 'title' | 'era' | 'event' {
	const type = row.cells.type?.toLowerCase() ?? '';
	if (type === 'era') return 'era';
	if (type === 'title' && !haveTitle) return 'title';
	if (type === 'title') warn(locate(), 'a second row of Type "title" is read as an event, as TimelineJS does');
	else if (type) warn(rowWhere(row.row, 'Type'), `Type ${quoted(row.cells.type)} is not "title" or "era"; the row is read as an event`);
	return 'event';
}

/** A row in TimelineJS's slide shape, the way TimelineJS reads the template. */
function slideOfRow({ cells, row }: CsvRow, warn: Warn): Slide {
	return {
		start_date: dateOfColumns(cells.year, cells.month, cells.day, cells.time, rowWhere(row, 'Time'), warn),
		end_date: dateOfColumns(cells['end year'], cells['end month'], cells['end day'], cells['end time'], rowWhere(row, 'End Time'), warn),
		display_date: cells['display date'],
		text: { headline: cells.headline, text: cells.text },
		media: { url: cells.media, caption: cells['media caption'], credit: cells['media credit'], thumbnail: cells['media thumbnail'] },
		group: cells.group || cells.tag,
		background: cells.background
	};
}

function dateOfColumns(year = '', month = '', day = '', time = '', timeWhere: string, warn: Warn): DateParts {
	if (!time) return { year, month, day };
	const clock = partsOfTime(time);
	if (!clock) warn(timeWhere, `time ${quoted(time)} is not readable (e.g. "10:57" or "3:05 PM"); the date keeps only its day`);
	return { year, month, day, ...clock };
}

function locator(row: number): Locate {
	return (field) => rowWhere(row, field ? COLUMNS[field] : undefined);
}
