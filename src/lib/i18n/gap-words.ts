/**
 * The time between two events in words (time/gap.ts), per language. Apart
 * from messages.ts because only the build uses it: the words ship as data, so
 * the reader's browser loads neither these tables nor Intl's unit formatting.
 */
import type { DurationUnit, Gap, SharedPeriod } from '../time/gap';

/** "4 minutes", "2 Wochen". */
function duration(amount: number, unit: DurationUnit, language: string): string {
	return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

interface GapWords {
	measured: Record<'exact' | 'about' | 'at-least', (duration: string) => string>;
	same: Record<SharedPeriod, string>;
	orderKnown: string;
	timeUnknown: string;
	join: (period: string, known: string) => string;
}

const WORDS: Record<'en' | 'de', GapWords> = {
	en: {
		measured: { exact: (d) => `${d} later`, about: (d) => `about ${d} later`, 'at-least': (d) => `at least ${d} later` },
		same: {
			minute: 'same minute',
			hour: 'same hour',
			'early-hours': 'same early hours',
			morning: 'same morning',
			lunchtime: 'same lunchtime',
			afternoon: 'same afternoon',
			evening: 'same evening',
			overnight: 'same night',
			day: 'same day',
			month: 'same month',
			year: 'same year',
			time: ''
		},
		orderKnown: 'order known, time unknown',
		timeUnknown: 'time not known',
		join: (period, known) => (period ? `${period}, ${known}` : known.replace(/^./, (c) => c.toUpperCase()))
	},
	de: {
		measured: { exact: (d) => `${d} später`, about: (d) => `etwa ${d} später`, 'at-least': (d) => `mindestens ${d} später` },
		same: {
			minute: 'in derselben Minute',
			hour: 'in derselben Stunde',
			'early-hours': 'in denselben frühen Morgenstunden',
			morning: 'am selben Vormittag',
			lunchtime: 'am selben Mittag',
			afternoon: 'am selben Nachmittag',
			evening: 'am selben Abend',
			overnight: 'in derselben Nacht',
			day: 'am selben Tag',
			month: 'im selben Monat',
			year: 'im selben Jahr',
			time: ''
		},
		orderKnown: 'Reihenfolge bekannt, Zeit unbekannt',
		timeUnknown: 'Zeit nicht bekannt',
		// German nouns keep their capitals after the comma.
		join: (period, known) => (period ? `${period}, ${known}` : known)
	}
};

export function gapWords(gap: Gap, language: string): string {
	const words = WORDS[language.toLowerCase().startsWith('de') ? 'de' : 'en'];
	if (gap.kind !== 'same') return words.measured[gap.kind](duration(gap.amount, gap.unit, language));
	return words.join(words.same[gap.period], gap.orderKnown ? words.orderKnown : words.timeUnknown);
}
