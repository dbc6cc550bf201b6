/**
 * Every interface string, by language. Components take a `Messages` object and
 * never hold literals, so a story in another language gets its interface in
 * that language too.
 */
import { islandMessagesFor, type IslandMessages } from './island-messages';

/** The words only the server uses (the static body); the island's are in island-messages.ts. */
interface PageMessages {
	between: (from: string, to: string) => string;
	/** A day with a part of it named: "10 December 2019, morning". */
	partOfDay: (day: string, part: 'early-hours' | 'morning' | 'lunchtime' | 'afternoon' | 'evening' | 'overnight') => string;
	timeUnknownSuffix: string;
	chronologyHeading: string;
	/** The embed's parts only WordPress's frame shows (dom/wordpress-frame.ts): another site's address to copy, the link to the rest of a capped embed. */
	wordpressFrame: {
		cannotOpen: string;
		copy: string;
		copied: string;
		selected: string;
		close: string;
		continueOn: (siteName: string) => string;
	};
	/** The chronology of a long story comes in pages (story/pages.ts). */
	pager: {
		label: string;
		range: (from: number, to: number, total: number) => string;
		page: (page: number) => string;
		previous: string;
		next: string;
		/** On a page of the chronology without the timeline (JavaScript off or a shared link). */
		openTimeline: string;
		/** Above the footer's source list of a long story: it lists the sources this page cites. */
		sourcesOnPage: (shown: number, total: number) => string;
	};
	sourcesHeading: string;
	quotesHeading: string;
	saidBy: (speaker: string) => string;
	settings: Record<string, string>;
	sourceKinds: Record<string, string>;
	importance: Record<string, string>;
	method: string;
	storiesHeading: string;
	eventCount: (count: number) => string;
	unknownLabel: string;
	archivedCopy: string;
	basedOn: string;
	/** Before the title of the event a coarse-dated event is known to have followed. */
	followed: string;
	/** Before the title of an event it is known to have preceded. */
	preceded: string;
	/** Joins the last two items of a list. */
	and: string;
	/** Before the date a quote gives for itself ("said 12 May 2011"). */
	saidWhen: string;
	/** A time converted to the story's zone, and the time as the page gave it in its own zone. */
	givenAs: (converted: string, original: string) => string;
	/** How a source stands, when it is not neutral. */
	sourceStances: Record<'partisan' | 'campaigning', string>;
	/** A framing known only through another source: "via The Guardian's press review". */
	framingVia: (outlet: string) => string;
	literacy: {
		howDoWeKnow: string;
		evidence: Record<'primary' | 'reported' | 'secondhand', string>;
		evidenceHint: Record<'primary' | 'reported' | 'secondhand', string>;
		firstPublished: string;
		/** When the dates cannot tell which source came first (literacy/provenance.ts, firstnessOf), and why. */
		amongFirst: string;
		amongFirstHint: string;
		firstKnown: string;
		firstKnownHint: string;
		/** A source or framing whose title was not stored: it is shown by outlet, kind and date. */
		headlineNotRecorded: string;
		/** The words that stand in for the missing title: those of its address, or our description of the page. */
		standIn: (is: 'url-slug' | 'description', text: string) => string;
		/** Accessible name of a citation mark ("[12]") in story text. */
		citation: (number: number, outlet: string) => string;
		original: string;
		reReports: (outlets: string) => string;
		howItReachedYou: string;
		chainFirst: string;
		chainReReported: string;
		chainCopies: string;
		chainResponses: string;
		framingHeading: string;
		framingIntro: string;
		hideOutlets: string;
		hiddenOutlet: (index: number) => string;
		foregrounds: string;
		headlineIs: Record<string, string>;
		seeFramings: (count: number) => string;
		unknownsHeading: string;
		openQuestion: string;
		positions: string;
		assessment: string;
		teachingNotes: string;
		fragment: string;
		getTheData: string;
		reliability: string;
	};
}

/** Every interface word of a page: the island's and the static body's. */
export type Messages = IslandMessages & PageMessages;

const en: PageMessages = {
	between: (from, to) => `between ${from} and ${to}`,
	partOfDay: (day, part) =>
		({
			'early-hours': `${day}, early hours`,
			morning: `${day}, morning`,
			lunchtime: `${day}, lunchtime`,
			afternoon: `${day}, afternoon`,
			evening: `${day}, evening`,
			overnight: `overnight from ${day}`
		})[part],
	timeUnknownSuffix: 'time not known',
	chronologyHeading: 'Chronology',
	wordpressFrame: {
		cannotOpen: 'This frame cannot open other sites. Copy the address and open it in a new tab:',
		copy: 'Copy',
		copied: 'Copied to the clipboard.',
		selected: 'The address is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
		close: 'Close',
		continueOn: (siteName) => `Continue reading on ${siteName}`
	},
	pager: {
		label: 'Pages of the chronology',
		range: (from, to, total) => `Events ${from.toLocaleString('en-GB')}–${to.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}`,
		page: (page) => `Page ${page}`,
		previous: 'Earlier events',
		next: 'Later events',
		openTimeline: 'Open the interactive timeline',
		sourcesOnPage: (shown, total) => `The ${shown.toLocaleString('en-GB')} sources cited on this page, numbered as in the full list of ${total.toLocaleString('en-GB')}:`
	},
	sourcesHeading: 'Sources',
	quotesHeading: 'What was said',
	saidBy: (speaker) => `— ${speaker}`,
	settings: {
		'private-conversation': 'Private conversation',
		'broadcast-interview': 'Broadcast interview',
		'public-statement': 'Public statement',
		speech: 'Speech',
		written: 'Written',
		'social-media': 'Social media',
		'reported-speech': 'Reported speech',
		'filmed-exchange': 'Filmed exchange with a member of the public',
		'press-conference': 'Press conference',
		doorstep: 'Doorstep interview',
		'print-interview': 'Print or online interview',
		'televised-debate': 'Televised debate',
		'on-air-commentary': 'On-air commentary',
		'diary-or-memoir': 'Diary or memoir',
		'private-reported': 'Private remark, known second-hand',
		other: 'Other setting'
	},
	sourceKinds: {
		'primary-recording': 'Primary recording',
		'primary-broadcast': 'Broadcast',
		'original-publication': 'Original publication',
		'news-report': 'News report',
		'live-blog': 'Live blog',
		opinion: 'Opinion',
		'party-statement': 'Party statement',
		'social-post-reported': 'Social post (reported)',
		'aggregator-copy': 'Aggregator copy',
		reference: 'Reference',
		transcript: 'Transcript',
		'participant-account': "Participant's later account"
	},
	importance: { key: 'Key event', normal: 'Event', minor: 'Minor event' },
	method: 'How this was compiled',
	storiesHeading: 'Stories',
	eventCount: (count) => `${count} ${count === 1 ? 'event' : 'events'}`,
	unknownLabel: 'Not known',
	archivedCopy: 'archived copy',
	basedOn: 'based on',
	followed: 'after',
	preceded: 'before',
	and: 'and',
	saidWhen: 'said',
	givenAs: (converted, original) => `${converted} (${original} on the page)`,
	sourceStances: { partisan: 'Partisan', campaigning: 'Campaigning' },
	framingVia: (outlet) => `known through ${outlet}`,
	literacy: {
		howDoWeKnow: 'How do we know?',
		evidence: { primary: 'Rests on the primary source', reported: 'Rests on reports of it', secondhand: 'Known only through copies' },
		evidenceHint: {
			primary: 'At least one source is the recording, broadcast, first publication or statement itself.',
			reported: 'The sources are reports by others; none is the original material.',
			secondhand: 'Only copies or reports of posts are available; treat with care.'
		},
		firstPublished: 'First published',
		amongFirst: 'Among the first',
		amongFirstHint: 'The dates are not precise enough to tell which of these was published first.',
		firstKnown: 'First known',
		firstKnownHint: 'The earliest of the dated sources; an undated one may have come before it.',
		headlineNotRecorded: 'headline not recorded',
		standIn: (is, text) => (is === 'url-slug' ? `words in its address: “${text}”` : `our description: ${text}`),
		citation: (number, outlet) => `Source ${number}: ${outlet}`,
		original: 'Original',
		reReports: (outlets) => `re-reports ${outlets}`,
		howItReachedYou: 'How this reached you',
		chainFirst: 'First published by',
		chainReReported: 'Re-reported by',
		chainCopies: 'Then copied by',
		chainResponses: 'Answered by',
		framingHeading: 'How outlets framed it',
		framingIntro: 'The same moments, headlined by different outlets. What does each one put first?',
		hideOutlets: 'Hide the outlets',
		hiddenOutlet: (index) => `Outlet ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`,
		foregrounds: 'Puts first',
		headlineIs: { 'url-slug': 'Words from the page address (the title was not available)', 'lead-sentence': 'Opening sentence (no headline was stored)' },
		seeFramings: (count) => `How ${count} ${count === 1 ? 'outlet' : 'outlets'} framed this`,
		unknownsHeading: "What we don't know",
		openQuestion: 'Open question',
		positions: 'What the sources say',
		assessment: 'Assessment',
		teachingNotes: 'Notes for teachers',
		fragment: "Partial quote within the source's own wording",
		getTheData: 'Get the data',
		reliability: 'Reliability'
	}
};

const de: PageMessages = {
	between: (from, to) => `zwischen ${from} und ${to}`,
	partOfDay: (day, part) =>
		({
			'early-hours': `${day}, in den frühen Morgenstunden`,
			morning: `${day}, vormittags`,
			lunchtime: `${day}, mittags`,
			afternoon: `${day}, nachmittags`,
			evening: `${day}, abends`,
			overnight: `in der Nacht nach dem ${day}`
		})[part],
	timeUnknownSuffix: 'Uhrzeit unbekannt',
	chronologyHeading: 'Chronologie',
	wordpressFrame: {
		cannotOpen: 'Dieser Rahmen kann keine anderen Websites öffnen. Kopieren Sie die Adresse und öffnen Sie sie in einem neuen Tab:',
		copy: 'Kopieren',
		copied: 'In die Zwischenablage kopiert.',
		selected: 'Die Adresse ist markiert: Strg+C (⌘C auf dem Mac) kopiert sie.',
		close: 'Schließen',
		continueOn: (siteName) => `Weiterlesen auf ${siteName}`
	},
	pager: {
		label: 'Seiten der Chronologie',
		range: (from, to, total) => `Ereignisse ${from.toLocaleString('de')}–${to.toLocaleString('de')} von ${total.toLocaleString('de')}`,
		page: (page) => `Seite ${page}`,
		previous: 'Frühere Ereignisse',
		next: 'Spätere Ereignisse',
		openTimeline: 'Interaktive Zeitleiste öffnen',
		sourcesOnPage: (shown, total) => `Die ${shown.toLocaleString('de')} auf dieser Seite zitierten Quellen, nummeriert wie in der vollständigen Liste mit ${total.toLocaleString('de')}:`
	},
	sourcesHeading: 'Quellen',
	quotesHeading: 'Was gesagt wurde',
	saidBy: (speaker) => `— ${speaker}`,
	settings: {
		'private-conversation': 'Privates Gespräch',
		'broadcast-interview': 'Sendeinterview',
		'public-statement': 'Öffentliche Erklärung',
		speech: 'Rede',
		written: 'Schriftlich',
		'social-media': 'Soziale Medien',
		'reported-speech': 'Wiedergegebene Rede',
		'filmed-exchange': 'Gefilmtes Gespräch mit einer Bürgerin oder einem Bürger',
		'press-conference': 'Pressekonferenz',
		doorstep: 'Kurzinterview vor der Tür',
		'print-interview': 'Interview in Print oder online',
		'televised-debate': 'Fernsehdebatte',
		'on-air-commentary': 'Kommentar auf Sendung',
		'diary-or-memoir': 'Tagebuch oder Memoiren',
		'private-reported': 'Private Äußerung, nur aus zweiter Hand bekannt',
		other: 'Anderer Rahmen'
	},
	sourceKinds: {
		'primary-recording': 'Originalaufnahme',
		'primary-broadcast': 'Sendung',
		'original-publication': 'Erstveröffentlichung',
		'news-report': 'Nachrichtenbericht',
		'live-blog': 'Liveblog',
		opinion: 'Meinung',
		'party-statement': 'Parteierklärung',
		'social-post-reported': 'Social-Media-Beitrag (berichtet)',
		'aggregator-copy': 'Kopie eines Aggregators',
		reference: 'Nachschlagewerk',
		transcript: 'Abschrift',
		'participant-account': 'Späterer Bericht einer beteiligten Person'
	},
	importance: { key: 'Schlüsselereignis', normal: 'Ereignis', minor: 'Nebenereignis' },
	method: 'Wie diese Chronik entstand',
	storiesHeading: 'Geschichten',
	eventCount: (count) => `${count} ${count === 1 ? 'Ereignis' : 'Ereignisse'}`,
	unknownLabel: 'Unbekannt',
	archivedCopy: 'archivierte Kopie',
	basedOn: 'beruht auf',
	followed: 'nach',
	preceded: 'vor',
	and: 'und',
	saidWhen: 'gesagt',
	givenAs: (converted, original) => `${converted} (auf der Seite: ${original})`,
	sourceStances: { partisan: 'Parteiisch', campaigning: 'Kampagne' },
	framingVia: (outlet) => `bekannt über ${outlet}`,
	literacy: {
		howDoWeKnow: 'Woher wissen wir das?',
		evidence: { primary: 'Beruht auf der Primärquelle', reported: 'Beruht auf Berichten darüber', secondhand: 'Nur aus Kopien bekannt' },
		evidenceHint: {
			primary: 'Mindestens eine Quelle ist die Aufnahme, Sendung, Erstveröffentlichung oder Erklärung selbst.',
			reported: 'Die Quellen sind Berichte anderer; keine ist das Originalmaterial.',
			secondhand: 'Nur Kopien oder Berichte über Beiträge liegen vor; mit Vorsicht lesen.'
		},
		firstPublished: 'Zuerst veröffentlicht',
		amongFirst: 'Unter den ersten',
		amongFirstHint: 'Die Daten sind zu ungenau, um zu sagen, welche dieser Quellen zuerst erschien.',
		firstKnown: 'Früheste bekannte Quelle',
		firstKnownHint: 'Die früheste der datierten Quellen; eine undatierte könnte vorher erschienen sein.',
		headlineNotRecorded: 'Überschrift nicht erfasst',
		standIn: (is, text) => (is === 'url-slug' ? `Wörter aus der Adresse: „${text}“` : `unsere Beschreibung: ${text}`),
		citation: (number, outlet) => `Quelle ${number}: ${outlet}`,
		original: 'Original',
		reReports: (outlets) => `gibt ${outlets} wieder`,
		howItReachedYou: 'Wie es zu Ihnen kam',
		chainFirst: 'Zuerst veröffentlicht von',
		chainReReported: 'Weiterberichtet von',
		chainCopies: 'Dann kopiert von',
		chainResponses: 'Beantwortet von',
		framingHeading: 'Wie Medien es darstellten',
		framingIntro: 'Dieselben Momente, verschieden getitelt. Was stellt jedes Medium an den Anfang?',
		hideOutlets: 'Medien ausblenden',
		hiddenOutlet: (index) => `Medium ${String.fromCharCode(65 + (index % 26))}${index >= 26 ? Math.floor(index / 26) : ''}`,
		foregrounds: 'Stellt voran',
		headlineIs: { 'url-slug': 'Wörter aus der Adresse der Seite (Titel nicht verfügbar)', 'lead-sentence': 'Erster Satz (keine Überschrift gespeichert)' },
		seeFramings: (count) => `Wie ${count} ${count === 1 ? 'Medium' : 'Medien'} dies darstellten`,
		unknownsHeading: 'Was wir nicht wissen',
		openQuestion: 'Offene Frage',
		positions: 'Was die Quellen sagen',
		assessment: 'Einschätzung',
		teachingNotes: 'Hinweise für Lehrkräfte',
		fragment: 'Teilzitat innerhalb der Formulierung der Quelle',
		getTheData: 'Daten herunterladen',
		reliability: 'Verlässlichkeit'
	}
};

const PAGE_MESSAGES: Record<string, PageMessages> = { en, de };
const merged = new Map<string, Messages>();

/** All of a page's words in `language` (its primary subtag), English when there are none. */
export function messagesFor(language: string): Messages {
	const key = language.toLowerCase().split('-')[0];
	let messages = merged.get(key);
	if (!messages) merged.set(key, (messages = { ...islandMessagesFor(key), ...(PAGE_MESSAGES[key] ?? en) }));
	return messages;
}
