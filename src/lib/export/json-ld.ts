/**
 * schema.org structured data for a story: an ItemList of Events (in time
 * order), each with its Quotations (creator, isBasedOn, recordedIn) and the
 * CreativeWorks it rests on. Each CreativeWork is described once, in the
 * list's `citation`, and referred to by its @id elsewhere (a source cited by
 * forty quotes would otherwise be written out forty times).
 * Serialised safely for a <script type="application/ld+json">.
 */
import type { StoryView } from '../story/view';
import { messagesFor } from '../i18n/messages';
import { quoteAnchor } from '../literacy/anchors';
import { sourceAnchor } from '../literacy/citations';
import { sourceName } from '../literacy/source-title';
import { kindText } from '../story/source-kind';

type Json = Record<string, unknown>;

/**
 * `range` limits the list to the events of one page of a long chronology
 * ([from, to) in time order; positions stay those in the whole story), so a
 * page's structured data describes what the page shows.
 */
export function storyJsonLd(view: StoryView, range: [number, number] = [0, view.events.length]): Json {
	const { story } = view;
	const events = view.events.slice(...range);
	const cited = new Set(events.flatMap((item) => [...item.event.sources, ...item.quoteIds.flatMap((id) => view.quotes[id].sources)]));
	const kinds = messagesFor(story.meta.language).sourceKinds;
	/** A source is known by its address; one without (a wire story, print) by its entry in the page's source list. */
	const idOf = (id: string) => view.sources[id].url ?? `#${sourceAnchor(id)}`;
	const creativeWork = (id: string): Json => {
		const s = view.sources[id];
		// A title when one was recorded; never the words of its address (sourceName).
		return {
			'@type': 'CreativeWork',
			'@id': idOf(id),
			name: sourceName(s, kindText(s, kinds), view.sourceDates[s.id] ?? ''),
			...(s.url ? { url: s.url } : {}),
			publisher: { '@type': 'Organization', name: s.outlet },
			...(s.published ? { datePublished: s.published } : {})
		};
	};
	const reference = (id: string): Json => ({ '@id': idOf(id) });
	return {
		'@context': 'https://schema.org',
		'@type': 'ItemList',
		name: story.meta.title,
		description: story.meta.dek,
		inLanguage: story.meta.language,
		dateModified: story.meta.lastUpdated,
		numberOfItems: view.events.length,
		itemListOrder: 'https://schema.org/ItemListOrderAscending',
		citation: (events.length === view.events.length ? story.sources : story.sources.filter((source) => cited.has(source.id))).map((source) => creativeWork(source.id)),
		itemListElement: events.map((item) => ({
			'@type': 'ListItem',
			position: item.order + 1,
			item: {
				'@type': 'Event',
				'@id': `#${item.event.id}`,
				name: item.event.title,
				description: item.event.summary,
				startDate: item.date.datetimes[0],
				...(item.date.datetimes[1] ? { endDate: item.date.datetimes[1] } : {}),
				eventStatus: 'https://schema.org/EventScheduled',
				location: { '@type': 'VirtualLocation', name: view.chapters[item.event.chapter]?.title ?? '' },
				subjectOf: item.event.sources.map(reference),
				recordedIn: item.quoteIds.map((quoteId) => {
					const quote = view.quotes[quoteId];
					const speaker = view.actors[quote.speaker];
					return {
						'@type': 'Quotation',
						'@id': `#${quoteAnchor(quote.id)}`,
						text: quote.text,
						creator: { '@type': 'Person', name: speaker.name, jobTitle: speaker.role },
						isBasedOn: quote.sources.map(reference),
						recordedIn: { '@type': 'CreativeWork', name: quote.venue }
					};
				})
			}
		}))
	};
}

/** JSON for inside a <script> element: `<`, `>` and `&` escaped so no text can close the element. */
export function serializeJsonLd(data: Json): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
