/**
 * CSV downloads of a story: RFC 4180 quoting, and cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) are
 * neutralised with a leading apostrophe, since story text comes from many hands.
 */
import type { StoryView } from '../story/view';
import { messagesFor } from '../i18n/messages';
import { sourceName, sourceTitle } from '../literacy/source-title';
import { kindsOf, kindText } from '../story/source-kind';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const when = (value: string | { from: string; to: string }) => (typeof value === 'string' ? value : `${value.from}/${value.to}`);

export function eventsCsv(view: StoryView): string {
	return toCsv(
		['order', 'id', 'title', 'date', 'date_text', 'precision', 'kind', 'importance', 'chapter', 'actors', 'summary', 'sources'],
		view.events.map((e) => [
			e.order + 1,
			e.event.id,
			e.event.title,
			when(e.event.when),
			e.date.text,
			e.precision,
			e.event.kind,
			e.event.importance,
			e.event.chapter,
			e.event.actors.join(' '),
			e.event.summary,
			e.event.sources.join(' ')
		])
	);
}

export function quotesCsv(view: StoryView): string {
	return toCsv(
		['id', 'event', 'speaker', 'speaker_name', 'text', 'setting', 'venue', 'sources', 'evidence'],
		view.story.quotes.map((q) => [q.id, q.event, q.speaker, view.actors[q.speaker]?.name, q.text, q.setting, q.venue, q.sources.join(' '), view.provenance.quotes[q.id]?.level])
	);
}

/**
 * `headline` holds only a recorded title (or opening sentence, said in
 * `headline_is`); the words of a page's address or our description of it are
 * in `headline_stand_in`, never presented as its headline. `name` is what the
 * site calls the source: its title, or "outlet, kind, date". New columns come
 * last, so sheets that read the old ones by position still work.
 */
export function sourcesCsv(view: StoryView): string {
	const kinds = messagesFor(view.story.meta.language).sourceKinds;
	return toCsv(
		['number', 'id', 'outlet', 'headline', 'url', 'published', 'kind', 'based_on', 'reliability', 'archived_url', 'headline_is', 'headline_stand_in', 'name'],
		view.story.sources.map((s) => {
			const shown = sourceTitle(s);
			return [
				view.sourceNumbers[s.id],
				s.id,
				s.outlet,
				shown.title,
				s.url,
				s.published,
				kindsOf(s).join(' '),
				(s.basedOn ?? []).join(' '),
				s.reliability,
				s.archivedUrl,
				s.headline ? (s.headlineIs ?? 'title') : '',
				shown.standIn ? s.headline : '',
				sourceName(s, kindText(s, kinds), view.sourceDates[s.id] ?? '')
			];
		})
	);
}
