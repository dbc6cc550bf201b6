/**
 * Every interface string, by language. Components take a `Messages` object and
 * never hold literals, so a story in another language gets its interface in
 * that language too.
 */
export interface Messages {
	between: (from: string, to: string) => string;
	/** A day with a part of it named: "10 December 2019, morning". */
	partOfDay: (day: string, part: 'early-hours' | 'morning' | 'lunchtime' | 'afternoon' | 'evening' | 'overnight') => string;
	timeUnknownSuffix: string;
	chronologyHeading: string;
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
	theme: { label: string; system: string; light: string; dark: string };
	/** The embed page and the Embed dialog of the story page. */
	embed: {
		button: string;
		dialogTitle: string;
		intro: string;
		options: string;
		theme: string;
		themeAuto: string;
		start: string;
		startNone: string;
		plain: string;
		/** The `full` option, with the approximate height it gives (px), when known. */
		full: (height: number | null) => string;
		/** The approximate height of the embed with the options chosen. */
		height: (height: number) => string;
		code: string;
		copy: string;
		copied: string;
		copyFallback: string;
		preview: string;
		close: string;
		/** Accessible name of the iframe. */
		frameTitle: (title: string) => string;
		openFull: string;
		newWindow: string;
		sourcesAndMethod: string;
	};
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
	classroom: {
		title: string;
		label: string;
		intro: string;
		open: string;
		questions: string;
		worksheetName: string;
		stop: string;
		investigate: (outlet: string, kind: string) => string;
		findBetter: (count: number) => string;
		trace: (setting: string, venue: string, firstOutlet: string) => string;
		/** When the dates cannot tell which of several outlets published the words first, or no original is cited. */
		traceAmong: (setting: string, venue: string, outlets: string) => string;
		traceUnknown: (setting: string, venue: string) => string;
		otherEvents: string;
		backToStory: string;
	};
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
		/** A counted cluster of events too close together to mark one by one at this zoom. */
		cluster: (count: number) => string;
		/** The strip of events whose time within the visible window is not known. */
		period: string;
		/** The "+N" chip that opens the period strip, and the chip that closes it. */
		periodMore: (count: number) => string;
		periodLess: string;
		position: (title: string, date: string, index: number, total: number) => string;
		keyboardHelp: string;
		showInTimeline: string;
		/** The dates the sequential window shows, from its first event to its last. */
		sequentialContext: (first: string, last: string) => string;

		respondsTo: Record<string, string>;
		respondedBy: Record<string, string>;
	};
}

const en: Messages = {
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
		'participant-account': 'Participant\'s later account'
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
	preceded: 'before',
	and: 'and',
	saidWhen: 'said',
	givenAs: (converted, original) => `${converted} (${original} on the page)`,
	sourceStances: { partisan: 'Partisan', campaigning: 'Campaigning' },
	framingVia: (outlet) => `known through ${outlet}`,
	theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
	embed: {
		button: 'Embed',
		dialogTitle: 'Embed this timeline',
		intro: 'Paste this code into your article. The frame takes the height of its content, and the event a reader selects is kept in your page’s address, so links to it work.',
		options: 'Options',
		theme: 'Colours',
		themeAuto: 'Follow the reader’s system',
		start: 'Start at',
		startNone: 'No event selected',
		plain: 'Plain: no title and credits in the frame',
		full: (height) => `Whole chronology below the timeline${height ? ` (about ${height.toLocaleString('en-GB')} px tall at this width)` : ''}`,
		height: (height) => `Height at this width: about ${height.toLocaleString('en-GB')} px`,
		code: 'Embed code',
		copy: 'Copy code',
		copied: 'Copied to the clipboard.',
		copyFallback: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
		preview: 'Preview',
		close: 'Close',
		frameTitle: (title) => `Timeline: ${title}`,
		openFull: 'Open the full story',
		newWindow: '(opens in a new window)',
		sourcesAndMethod: 'Sources and method'
	},
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
		unknownsHeading: 'What we don\'t know',
		openQuestion: 'Open question',
		positions: 'What the sources say',
		assessment: 'Assessment',
		teachingNotes: 'Notes for teachers',
		fragment: 'Partial quote within the source\'s own wording',
		getTheData: 'Get the data',
		reliability: 'Reliability'
	},
	classroom: {
		title: 'Classroom',
		label: 'Classroom mode: the story as a worksheet',
		intro: 'Work through the key moments with the SIFT moves: Stop; Investigate the source; Find better coverage; Trace claims to their original context. Print this page for a worksheet.',
		open: 'Classroom mode',
		questions: 'Questions for discussion',
		worksheetName: 'Name and date',
		stop: 'Stop. Before you read the sources: what do you already believe about this moment, and why?',
		investigate: (outlet, kind) => `Investigate the source. Who is ${outlet} (${kind})? What might lead it to publish this, and how would you check?`,
		findBetter: (count) => `Find better coverage. ${count} ${count === 1 ? 'source reports' : 'sources report'} this. Which is closest to the original, and do they agree?`,
		trace: (setting, venue, firstOutlet) => `Trace the claim. These words come from a ${setting.toLowerCase()} (${venue}) and were first published by ${firstOutlet}. What context does a headline leave out?`,
		traceAmong: (setting, venue, outlets) => `Trace the claim. These words come from a ${setting.toLowerCase()} (${venue}); ${outlets} were among the first to publish them, and their dates cannot say which came first. What context does a headline leave out?`,
		traceUnknown: (setting, venue) => `Trace the claim. These words come from a ${setting.toLowerCase()} (${venue}). Who published them first, and what context does a headline leave out?`,
		otherEvents: 'The rest of the story',
		backToStory: 'Back to the interactive story'
	},
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
		approximate: 'Bar: when the event happened is known only within this span (a day, a month, a range, or narrowed by what it followed)',
		cluster: (count) => `${count.toLocaleString('en-GB')} events close together: click to zoom in`,
		period: 'Top row: events known only to a span wider than this view (a day seen hour by hour), in story order',
		periodMore: (count) => `${count.toLocaleString('en-GB')} more events whose time is not known in this view: click to list them all`,
		periodLess: 'Show fewer',
		position: (title, date, index, total) => `${title}, ${date}, ${index} of ${total}`,
		keyboardHelp: 'Left and right arrows: previous and next event. Home and End: first and last. Plus and minus: zoom. Enter: read the event.',
		showInTimeline: 'Show in timeline',
		sequentialContext: (first, last) => (first === last ? first : `${first} – ${last}`),
		respondsTo: { 'responds-to': 'Responds to', contradicts: 'Contradicts', revises: 'Revises', repeats: 'Repeats', 'transcription-of': 'Another transcription of' },
		respondedBy: { 'responds-to': 'Answered by', contradicts: 'Contradicted by', revises: 'Revised by', repeats: 'Repeated by', 'transcription-of': 'Another transcription' }
	},
};

const de: Messages = {
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
	preceded: 'vor',
	and: 'und',
	saidWhen: 'gesagt',
	givenAs: (converted, original) => `${converted} (auf der Seite: ${original})`,
	sourceStances: { partisan: 'Parteiisch', campaigning: 'Kampagne' },
	framingVia: (outlet) => `bekannt über ${outlet}`,
	theme: { label: 'Farbschema', system: 'System', light: 'Hell', dark: 'Dunkel' },
	embed: {
		button: 'Einbetten',
		dialogTitle: 'Diese Zeitleiste einbetten',
		intro: 'Fügen Sie diesen Code in Ihren Artikel ein. Der Rahmen passt seine Höhe dem Inhalt an, und das gewählte Ereignis bleibt in der Adresse Ihrer Seite, sodass Links darauf funktionieren.',
		options: 'Optionen',
		theme: 'Farben',
		themeAuto: 'Dem System der Leser folgen',
		start: 'Beginnen bei',
		startNone: 'Kein Ereignis gewählt',
		plain: 'Schlicht: ohne Titel und Mitwirkende im Rahmen',
		full: (height) => `Ganze Chronologie unter der Zeitleiste${height ? ` (etwa ${height.toLocaleString('de')} px hoch bei dieser Breite)` : ''}`,
		height: (height) => `Höhe bei dieser Breite: etwa ${height.toLocaleString('de')} px`,
		code: 'Einbettungscode',
		copy: 'Code kopieren',
		copied: 'In die Zwischenablage kopiert.',
		copyFallback: 'Der Code ist markiert: Strg+C (⌘C auf dem Mac) kopiert ihn.',
		preview: 'Vorschau',
		close: 'Schließen',
		frameTitle: (title) => `Zeitleiste: ${title}`,
		openFull: 'Die ganze Geschichte öffnen',
		newWindow: '(öffnet in einem neuen Fenster)',
		sourcesAndMethod: 'Quellen und Methode'
	},
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
	},
	classroom: {
		title: 'Unterricht',
		label: 'Unterrichtsmodus: die Geschichte als Arbeitsblatt',
		intro: 'Gehen Sie die wichtigsten Momente mit den SIFT-Schritten durch: Innehalten; die Quelle prüfen; bessere Berichterstattung finden; Aussagen bis zum Ursprung zurückverfolgen. Drucken Sie diese Seite als Arbeitsblatt.',
		open: 'Unterrichtsmodus',
		questions: 'Fragen zur Diskussion',
		worksheetName: 'Name und Datum',
		stop: 'Innehalten. Bevor Sie die Quellen lesen: Was glauben Sie schon über diesen Moment, und warum?',
		investigate: (outlet, kind) => `Die Quelle prüfen. Wer ist ${outlet} (${kind})? Was könnte das Medium zur Veröffentlichung bewegen, und wie würden Sie das prüfen?`,
		findBetter: (count) => `Bessere Berichterstattung finden. ${count} ${count === 1 ? 'Quelle berichtet' : 'Quellen berichten'} darüber. Welche ist dem Original am nächsten, und stimmen sie überein?`,
		trace: (setting, venue, firstOutlet) => `Die Aussage zurückverfolgen. Diese Worte stammen aus: ${setting} (${venue}), zuerst veröffentlicht von ${firstOutlet}. Welchen Zusammenhang lässt eine Überschrift weg?`,
		traceAmong: (setting, venue, outlets) => `Die Aussage zurückverfolgen. Diese Worte stammen aus: ${setting} (${venue}); ${outlets} gehörten zu den ersten, die sie veröffentlichten, und ihre Daten sagen nicht, wer zuerst kam. Welchen Zusammenhang lässt eine Überschrift weg?`,
		traceUnknown: (setting, venue) => `Die Aussage zurückverfolgen. Diese Worte stammen aus: ${setting} (${venue}). Wer hat sie zuerst veröffentlicht, und welchen Zusammenhang lässt eine Überschrift weg?`,
		otherEvents: 'Der Rest der Geschichte',
		backToStory: 'Zurück zur interaktiven Geschichte'
	},
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
		approximate: 'Balken: der Zeitpunkt ist nur innerhalb dieses Zeitraums bekannt (Tag, Monat, ungefährer Zeitraum oder durch das Vorangehende eingegrenzt)',
		cluster: (count) => `${count.toLocaleString('de')} Ereignisse dicht beieinander: zum Vergrößern klicken`,
		period: 'Obere Zeile: Ereignisse, deren Zeitpunkt nur über einen größeren Zeitraum als diese Ansicht bekannt ist, in der Reihenfolge der Geschichte',
		periodMore: (count) => `${count.toLocaleString('de')} weitere Ereignisse ohne bekannte Uhrzeit in dieser Ansicht: klicken, um alle zu zeigen`,
		periodLess: 'Weniger zeigen',
		position: (title, date, index, total) => `${title}, ${date}, ${index} von ${total}`,
		keyboardHelp: 'Pfeiltasten links und rechts: vorheriges und nächstes Ereignis. Pos1 und Ende: erstes und letztes. Plus und Minus: Zoom. Eingabe: Ereignis lesen.',
		showInTimeline: 'In der Zeitleiste zeigen',
		sequentialContext: (first, last) => (first === last ? first : `${first} – ${last}`),
		respondsTo: { 'responds-to': 'Antwortet auf', contradicts: 'Widerspricht', revises: 'Revidiert', repeats: 'Wiederholt', 'transcription-of': 'Andere Abschrift von' },
		respondedBy: { 'responds-to': 'Beantwortet von', contradicts: 'Widersprochen von', revises: 'Revidiert von', repeats: 'Wiederholt von', 'transcription-of': 'Andere Abschrift' }
	},
};

const MESSAGES: Record<string, Messages> = { en, de };

export function messagesFor(language: string): Messages {
	return MESSAGES[language.toLowerCase().split('-')[0]] ?? en;
}
