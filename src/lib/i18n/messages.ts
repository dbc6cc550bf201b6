/**
 * Every interface string, by language. Components take a `Messages` object and
 * never hold literals, so a story in another language gets its interface in
 * that language too.
 */
export interface Messages {
	between: (from: string, to: string) => string;
	timeUnknownSuffix: string;
	chronologyHeading: string;
	sourcesHeading: string;
	quotesHeading: string;
	saidBy: (speaker: string) => string;
	settings: Record<string, string>;
	sourceKinds: Record<string, string>;
	eventKinds: Record<string, string>;
	importance: Record<string, string>;
	credits: string;
	method: string;
	lastUpdated: string;
	allStories: string;
	storiesHeading: string;
	eventCount: (count: number) => string;
	draftBanner: string;
	unknownLabel: string;
	skipToChronology: string;
	archivedCopy: string;
	basedOn: string;
	/** Before the title of the event a coarse-dated event is known to have followed. */
	followed: string;
	theme: { label: string; system: string; light: string; dark: string };
	timeline: {
		label: string;
		textAlternative: string;
		zoomIn: string;
		zoomOut: string;
		reset: string;
		previous: string;
		next: string;
		chapters: string;
		overview: string;
		legend: string;
		approximate: string;
		position: (title: string, date: string, index: number, total: number) => string;
		keyboardHelp: string;
		showInTimeline: string;
		respondsTo: Record<string, string>;
		respondedBy: Record<string, string>;
	};
}

const en: Messages = {
	between: (from, to) => `between ${from} and ${to}`,
	timeUnknownSuffix: 'time not known',
	chronologyHeading: 'Chronology',
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
		reference: 'Reference'
	},
	eventKinds: {
		remark: 'Remark',
		recording: 'Recording',
		publication: 'Publication',
		broadcast: 'Broadcast',
		statement: 'Statement',
		reaction: 'Reaction',
		context: 'Context',
		outcome: 'Outcome',
		other: 'Event'
	},
	importance: { key: 'Key event', normal: 'Event', minor: 'Minor event' },
	credits: 'Credits',
	method: 'How this was compiled',
	lastUpdated: 'Last updated',
	allStories: 'All stories',
	storiesHeading: 'Stories',
	eventCount: (count) => `${count} ${count === 1 ? 'event' : 'events'}`,
	draftBanner: 'Draft: unsourced. Some events in this story do not yet cite a source.',
	unknownLabel: 'Not known',
	skipToChronology: 'Skip to the chronology',
	archivedCopy: 'archived copy',
	basedOn: 'based on',
	followed: 'after',
	theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
	timeline: {
		label: 'Timeline of events',
		textAlternative: 'An interactive timeline of the events listed in the chronology below. Every event, quote and source is also in the chronology.',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		reset: 'Show the opening view',
		previous: 'Previous event',
		next: 'Next event',
		chapters: 'Chapters',
		overview: 'Whole story: drag the window to move the timeline',
		legend: 'Key',
		approximate: 'Hatched: a span of time (date known only to the day, month or an approximate range)',
		position: (title, date, index, total) => `${title}, ${date}, ${index} of ${total}`,
		keyboardHelp: 'Left and right arrows: previous and next event. Home and End: first and last. Plus and minus: zoom. Enter: read the event.',
		showInTimeline: 'Show in timeline',
		respondsTo: { 'responds-to': 'Responds to', contradicts: 'Contradicts', revises: 'Revises', repeats: 'Repeats' },
		respondedBy: { 'responds-to': 'Answered by', contradicts: 'Contradicted by', revises: 'Revised by', repeats: 'Repeated by' }
	},
};

const de: Messages = {
	between: (from, to) => `zwischen ${from} und ${to}`,
	timeUnknownSuffix: 'Uhrzeit unbekannt',
	chronologyHeading: 'Chronologie',
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
		reference: 'Nachschlagewerk'
	},
	eventKinds: {
		remark: 'Äußerung',
		recording: 'Aufnahme',
		publication: 'Veröffentlichung',
		broadcast: 'Sendung',
		statement: 'Erklärung',
		reaction: 'Reaktion',
		context: 'Hintergrund',
		outcome: 'Ergebnis',
		other: 'Ereignis'
	},
	importance: { key: 'Schlüsselereignis', normal: 'Ereignis', minor: 'Nebenereignis' },
	credits: 'Mitwirkende',
	method: 'Wie diese Chronik entstand',
	lastUpdated: 'Zuletzt aktualisiert',
	allStories: 'Alle Geschichten',
	storiesHeading: 'Geschichten',
	eventCount: (count) => `${count} ${count === 1 ? 'Ereignis' : 'Ereignisse'}`,
	draftBanner: 'Entwurf: ohne Quellen. Einige Ereignisse nennen noch keine Quelle.',
	unknownLabel: 'Unbekannt',
	skipToChronology: 'Zur Chronologie springen',
	archivedCopy: 'archivierte Kopie',
	basedOn: 'beruht auf',
	followed: 'nach',
	theme: { label: 'Farbschema', system: 'System', light: 'Hell', dark: 'Dunkel' },
	timeline: {
		label: 'Zeitleiste der Ereignisse',
		textAlternative: 'Eine interaktive Zeitleiste der Ereignisse aus der Chronologie unten. Jedes Ereignis, jedes Zitat und jede Quelle steht auch in der Chronologie.',
		zoomIn: 'Vergrößern',
		zoomOut: 'Verkleinern',
		reset: 'Anfangsansicht zeigen',
		previous: 'Vorheriges Ereignis',
		next: 'Nächstes Ereignis',
		chapters: 'Kapitel',
		overview: 'Ganze Geschichte: Fenster ziehen, um die Zeitleiste zu verschieben',
		legend: 'Legende',
		approximate: 'Schraffiert: ein Zeitraum (Datum nur auf Tag, Monat oder ungefähr bekannt)',
		position: (title, date, index, total) => `${title}, ${date}, ${index} von ${total}`,
		keyboardHelp: 'Pfeiltasten links und rechts: vorheriges und nächstes Ereignis. Pos1 und Ende: erstes und letztes. Plus und Minus: Zoom. Eingabe: Ereignis lesen.',
		showInTimeline: 'In der Zeitleiste zeigen',
		respondsTo: { 'responds-to': 'Antwortet auf', contradicts: 'Widerspricht', revises: 'Revidiert', repeats: 'Wiederholt' },
		respondedBy: { 'responds-to': 'Beantwortet von', contradicts: 'Widersprochen von', revises: 'Revidiert von', repeats: 'Wiederholt von' }
	},
};

const MESSAGES: Record<string, Messages> = { en, de };

export function messagesFor(language: string): Messages {
	return MESSAGES[language.toLowerCase().split('-')[0]] ?? en;
}
