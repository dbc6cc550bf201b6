/**
 * A plain spreadsheet of events → story. Columns (any order, any case):
 * date, title, summary, quote, speaker, source url, and optionally end date.
 * Unlike TimelineJS media, a "source url" is a source the author chose, so
 * it is cited; a quote is kept only when its row has one.
 */
import { ImportError, quoted, type Citation, type ImportedEvent, type ImportedQuote, type ImportedTimeline, type ImportOptions, type ImportResult, type Warn } from './common';
import { importWith } from './assemble';
import { columnKey, readCsvRows, rowWhere, type CsvRow } from './csv';
import { localDateFromParts, partsOfDateText, whenFromDates, type PartsDate } from './dates';
import { eventTitle, fallbackSummary, plainText } from './text-fields';
import { keepHttpUrl } from './urls';

type Field = 'date' | 'endDate' | 'title' | 'summary' | 'quote' | 'speaker' | 'sourceUrl';

/** Accepted names per field, already in `columnKey` form; the first is the documented one. */
export const PLAIN_CSV_COLUMNS: Record<Field, string[]> = {
	date: ['date', 'start date', 'when'],
	endDate: ['end date', 'end'],
	title: ['title', 'headline', 'event'],
	summary: ['summary', 'description', 'text', 'details'],
	quote: ['quote'],
	speaker: ['speaker', 'said by', 'who'],
	sourceUrl: ['source url', 'source', 'url', 'link', 'source link']
};

const DATE_FORMS = '"2019", "2019-12", "2019-12-10" or "2019-12-10 10:57"';

export function importPlainCsv(text: string, options: ImportOptions): ImportResult {
	return importWith(options, (timeZone, warn) => readPlainCsv(text, timeZone, warn));
}

/** Column name as written in the file, for each field present. */
type ColumnNames = Partial<Record<Field, string>>;

export function readPlainCsv(text: string, timeZone: string, warn: Warn): ImportedTimeline {
	let columns: ColumnNames = {};
	const events: ImportedEvent[] = [];
	readCsvRows(text, {
		header: (names) => (columns = matchColumns(names, warn)),
		row: (row) => {
			const event = readRow(row, columns, timeZone, warn);
			if (event) events.push(event);
		}
	});
	return { format: 'plain-csv', titleCandidates: [], events, eras: [] };
}

function matchColumns(header: string[], warn: Warn): ColumnNames {
	const columns: ColumnNames = {};
	for (const name of header) {
		const field = (Object.keys(PLAIN_CSV_COLUMNS) as Field[]).find((f) => PLAIN_CSV_COLUMNS[f].includes(columnKey(name)));
		if (field && !columns[field]) columns[field] = name;
		else if (name) warn(rowWhere(1, name), `column ${quoted(name)} ${field ? 'repeats an earlier column' : 'is not one the importer reads'}; ignored`);
	}
	if (!columns.date) throw new ImportError(`no date column: the first row must name one (${PLAIN_CSV_COLUMNS.date.map((name) => quoted(name)).join(', ')})`);
	return columns;
}

function readRow(row: CsvRow, columns: ColumnNames, timeZone: string, warn: Warn): ImportedEvent | null {
	const cell = (field: Field) => (columns[field] ? (row.cells[columnKey(columns[field])] ?? '') : '');
	const where = (field: Field) => rowWhere(row.row, columns[field] ?? field);
	const { date: start, problem } = dateOfCell(cell('date'), timeZone, where('date'), warn);
	if (!start) {
		const why = problem ? `its date ${problem}` : cell('date') ? 'its date cannot be read' : 'it has no date';
		warn(rowWhere(row.row), `skipped${cell('title') ? ` ${quoted(cell('title'))}` : ''}: ${why}`);
		return null;
	}
	const end = cell('endDate') ? endOfCell(cell('endDate'), timeZone, where('endDate'), warn) : null;
	const headline = plainText(cell('title'), where('title'), warn);
	const summaryText = plainText(cell('summary'), where('summary'), warn);
	const title = eventTitle(headline.text, summaryText.text, where('title'), warn);
	return {
		where: rowWhere(row.row),
		title,
		summary: summaryText.text || fallbackSummary(title, where('summary'), warn),
		when: whenFromDates(start, end, undefined, timeZone, where('endDate'), warn),
		candidates: [...headline.links, ...summaryText.links].flatMap(({ href, text }) => {
			const url = keepHttpUrl(href, where('summary'), warn);
			return url ? [{ url, label: text || url, origin: 'text-link' as const, attachedTo: title, where: where('summary') }] : [];
		}),
		citations: citationsOf(cell('sourceUrl'), where('sourceUrl'), warn),
		quote: quoteOf(cell('quote'), cell('speaker'), where, warn)
	};
}

function dateOfCell(text: string, timeZone: string, where: string, warn: Warn): PartsDate {
	if (!text) return { date: null };
	const parts = partsOfDateText(text);
	if (!parts) {
		warn(where, `date ${quoted(text)} is not in a form the importer reads without guessing: write ${DATE_FORMS}`);
		return { date: null };
	}
	return localDateFromParts(parts, timeZone, where, warn);
}

/** An end the format cannot hold is dropped, and the row kept with its start. */
function endOfCell(text: string, timeZone: string, where: string, warn: Warn): string | null {
	const { date, problem } = dateOfCell(text, timeZone, where, warn);
	if (problem) warn(where, `end date dropped: ${problem}`);
	return date;
}

/** One cell may list several addresses, separated by spaces or line breaks. */
function citationsOf(cell: string, where: string, warn: Warn): Citation[] {
	return cell
		.split(/\s+/)
		.filter(Boolean)
		.flatMap((raw) => {
			const url = keepHttpUrl(raw, where, warn);
			return url ? [{ url, where }] : [];
		});
}

function quoteOf(quoteCell: string, speakerCell: string, where: (field: Field) => string, warn: Warn): ImportedQuote | undefined {
	const text = plainText(quoteCell, where('quote'), warn).text;
	const speaker = plainText(speakerCell, where('speaker'), warn).text;
	if (text && speaker) return { text, speaker, where: where('quote') };
	if (text) warn(where('quote'), `quote ${quoted(text)} left out: it has no speaker`);
	else if (speaker) warn(where('speaker'), `speaker ${quoted(speaker)} ignored: the row has no quote`);
	return undefined;
}
