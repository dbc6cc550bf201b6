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
	basedOn: 'based on'
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
	basedOn: 'beruht auf'
};

const MESSAGES: Record<string, Messages> = { en, de };

export function messagesFor(language: string): Messages {
	return MESSAGES[language.toLowerCase().split('-')[0]] ?? en;
}
