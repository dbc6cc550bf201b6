/**
 * The scale control's words (timeline/scales.ts), per language. Like
 * gap-words.ts, only the build uses this: the story's own language ships as
 * data with the timeline (TimelineData `scaleWords`), so the page's script
 * carries neither language's sentences.
 */
import type { ScaleName } from '../timeline/scales';

export interface ScaleWords {
	/** The control's name. */
	label: string;
	/** Each button's text and tooltip. */
	scales: Record<ScaleName, { name: string; help: string }>;
	/** Between two rows of the segmented scale, around a duration in words ("6 months"): `{}` marks its place. */
	empty: string;
	/** The Embed dialog's first choice of scale: whichever the story opens on. */
	storyDefault: string;
	/** The segmented scale's paging buttons, around the number of days they lead to. */
	earlier: string;
	later: string;
}

const WORDS: Record<'en' | 'de', ScaleWords> = {
	en: {
		label: 'Scale',
		scales: {
			chronological: { name: 'Time', help: 'On a time axis: zoom and pan to see when each event happened' },
			sequential: { name: 'Order', help: 'In order, evenly spaced, with the time between events written in each gap' },
			segmented: { name: 'By day', help: 'One row per day with events, each on its own time axis' }
		},
		empty: '{} without events',
		storyDefault: 'As the story opens',
		earlier: '↑ {} earlier days',
		later: '↓ {} later days'
	},
	de: {
		label: 'Maßstab',
		scales: {
			chronological: { name: 'Zeit', help: 'Auf einer Zeitachse: zoomen und verschieben, um zu sehen, wann etwas geschah' },
			sequential: { name: 'Abfolge', help: 'Der Reihe nach, in gleichen Abständen, mit der Zeit zwischen den Ereignissen in jeder Lücke' },
			segmented: { name: 'Nach Tagen', help: 'Eine Zeile je Tag mit Ereignissen, jede mit eigener Zeitachse' }
		},
		empty: '{} ohne Ereignisse',
		storyDefault: 'Wie die Geschichte öffnet',
		earlier: '↑ {} frühere Tage',
		later: '↓ {} spätere Tage'
	}
};

export function scaleWords(language: string): ScaleWords {
	return WORDS[language.toLowerCase().startsWith('de') ? 'de' : 'en'];
}
