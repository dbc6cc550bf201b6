/**
 * The Embed dialog's words about WordPress, per language. Only the dialog
 * (loaded on the first click on Embed) imports them, so no page's script
 * carries them before then.
 */
export interface EmbedDialogMessages {
	/** How to embed in WordPress without the code. */
	wordpress: string;
	wordpressAddress: string;
	/** What WordPress does with a `full` embed: its frames are at most `maxHeight` px tall. */
	wordpressFull: (maxHeight: number) => string;
}

const en: EmbedDialogMessages = {
	wordpress:
		'In WordPress, paste the story’s address on a line of its own instead: WordPress embeds it for every author, with the default options. The code needs the right to post HTML, which only editors and administrators have.',
	wordpressAddress: 'Address for WordPress',
	wordpressFull: (maxHeight) => `WordPress makes a frame at most ${maxHeight.toLocaleString('en-GB')} px tall: a taller embed scrolls inside it and ends with a link to this site.`
};

const de: EmbedDialogMessages = {
	wordpress:
		'In WordPress fügen Sie stattdessen die Adresse der Geschichte in eine eigene Zeile ein: WordPress bettet sie für alle Autorinnen und Autoren ein, mit den Standardoptionen. Der Code braucht das Recht, HTML zu veröffentlichen, das nur Redakteure und Administratoren haben.',
	wordpressAddress: 'Adresse für WordPress',
	wordpressFull: (maxHeight) => `WordPress macht einen Rahmen höchstens ${maxHeight.toLocaleString('de')} px hoch: Eine höhere Einbettung scrollt darin und endet mit einem Link auf diese Website.`
};

const MESSAGES: Record<string, EmbedDialogMessages> = { en, de };

/** The dialog's WordPress words in `language` (its primary subtag), English when there are none. */
export function embedDialogMessagesFor(language: string): EmbedDialogMessages {
	return MESSAGES[language.toLowerCase().split('-')[0]] ?? en;
}
