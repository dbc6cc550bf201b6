/**
 * The interface words the page's script needs (its header, the timeline, the
 * Embed button and dialog, the theme control), per language. Apart from the
 * rest (messages.ts, which the server renders the static body with) so that
 * the island carries only these: the literacy panels', the classroom's and
 * the chronology's sentences never reach the reader's browser as code.
 */
export interface IslandMessages {
	eventKinds: Record<string, string>;
	credits: string;
	lastUpdated: string;
	allStories: string;
	draftBanner: string;
	skipToChronology: string;
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

const en: IslandMessages = {
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
	credits: 'Credits',
	lastUpdated: 'Last updated',
	allStories: 'All stories',
	draftBanner: 'Draft: unsourced. Some events in this story do not yet cite a source.',
	skipToChronology: 'Skip to the chronology',
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
		trace: (setting, venue, firstOutlet) =>
			`Trace the claim. These words come from a ${setting.toLowerCase()} (${venue}) and were first published by ${firstOutlet}. What context does a headline leave out?`,
		traceAmong: (setting, venue, outlets) =>
			`Trace the claim. These words come from a ${setting.toLowerCase()} (${venue}); ${outlets} were among the first to publish them, and their dates cannot say which came first. What context does a headline leave out?`,
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
	}
};

const de: IslandMessages = {
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
	credits: 'Mitwirkende',
	lastUpdated: 'Zuletzt aktualisiert',
	allStories: 'Alle Geschichten',
	draftBanner: 'Entwurf: ohne Quellen. Einige Ereignisse nennen noch keine Quelle.',
	skipToChronology: 'Zur Chronologie springen',
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
	classroom: {
		title: 'Unterricht',
		label: 'Unterrichtsmodus: die Geschichte als Arbeitsblatt',
		intro:
			'Gehen Sie die wichtigsten Momente mit den SIFT-Schritten durch: Innehalten; die Quelle prüfen; bessere Berichterstattung finden; Aussagen bis zum Ursprung zurückverfolgen. Drucken Sie diese Seite als Arbeitsblatt.',
		open: 'Unterrichtsmodus',
		questions: 'Fragen zur Diskussion',
		worksheetName: 'Name und Datum',
		stop: 'Innehalten. Bevor Sie die Quellen lesen: Was glauben Sie schon über diesen Moment, und warum?',
		investigate: (outlet, kind) => `Die Quelle prüfen. Wer ist ${outlet} (${kind})? Was könnte das Medium zur Veröffentlichung bewegen, und wie würden Sie das prüfen?`,
		findBetter: (count) =>
			`Bessere Berichterstattung finden. ${count} ${count === 1 ? 'Quelle berichtet' : 'Quellen berichten'} darüber. Welche ist dem Original am nächsten, und stimmen sie überein?`,
		trace: (setting, venue, firstOutlet) =>
			`Die Aussage zurückverfolgen. Diese Worte stammen aus: ${setting} (${venue}), zuerst veröffentlicht von ${firstOutlet}. Welchen Zusammenhang lässt eine Überschrift weg?`,
		traceAmong: (setting, venue, outlets) =>
			`Die Aussage zurückverfolgen. Diese Worte stammen aus: ${setting} (${venue}); ${outlets} gehörten zu den ersten, die sie veröffentlichten, und ihre Daten sagen nicht, wer zuerst kam. Welchen Zusammenhang lässt eine Überschrift weg?`,
		traceUnknown: (setting, venue) =>
			`Die Aussage zurückverfolgen. Diese Worte stammen aus: ${setting} (${venue}). Wer hat sie zuerst veröffentlicht, und welchen Zusammenhang lässt eine Überschrift weg?`,
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
	}
};

const ISLAND_MESSAGES: Record<string, IslandMessages> = { en, de };

/** The island's words in `language` (its primary subtag), English when there are none. */
export function islandMessagesFor(language: string): IslandMessages {
	return ISLAND_MESSAGES[language.toLowerCase().split('-')[0]] ?? en;
}
