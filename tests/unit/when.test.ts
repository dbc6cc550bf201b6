import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { de } from 'date-fns/locale/de';
import { orderSpans, resolveWhen, sortByTime } from '../../src/lib/time/when';
import { datetimeAttribute, formatWhen } from '../../src/lib/time/format';
import { parseLocalDate } from '../../src/lib/time/local-date';
import { messagesFor } from '../../src/lib/i18n/messages';
import type { When } from '../../src/lib/story/schema';
import { inTimeZone } from '../helpers/fixtures';

const LONDON = 'Europe/London';
const en = { timeZone: LONDON, locale: enGB, messages: messagesFor('en-GB') };
const german = { timeZone: 'Europe/Berlin', locale: de, messages: messagesFor('de') };

describe('ordering events of mixed precision', () => {
	const events: { id: string; when: When }[] = [
		{ id: 'cleverly-1057', when: '2019-12-10T10:57' },
		{ id: 'vd-hour', when: '2019-12-10T10' },
		{ id: 'corbyn-day', when: '2019-12-10' },
		{ id: 'december', when: '2019-12' },
		{ id: 'call-range', when: { from: '2019-11-26', to: '2019-12-04' } },
		{ id: 'year-2016', when: '2016' },
		{ id: 'jcb-1457', when: '2019-12-10T14:57' },
		{ id: 'another-day', when: '2019-12-10' }
	];
	const order = (items: typeof events) => sortByTime(items, (e) => resolveWhen(e.when, LONDON)).map((e) => e.id);

	it('sorts by start, coarser span first on a tie, then file order', () => {
		expect(order(events)).toEqual(['year-2016', 'call-range', 'december', 'corbyn-day', 'another-day', 'vd-hour', 'cleverly-1057', 'jcb-1457']);
	});

	it('does not depend on the input order except between exact ties', () => {
		const reversed = order([...events].reverse());
		expect(reversed.filter((id) => !id.endsWith('day'))).toEqual(order(events).filter((id) => !id.endsWith('day')));
		expect(reversed.indexOf('another-day')).toBeLessThan(reversed.indexOf('corbyn-day'));
	});

	it('is the same whatever the process time zone', () => {
		const inZones = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'].map((zone) => inTimeZone(zone, () => order(events)));
		expect(new Set(inZones.map((o) => o.join()))).toHaveLength(1);
	});
});

describe('`after` orders a coarse date behind the event it followed', () => {
	const events: { id: string; when: When; after?: string }[] = [
		{ id: 'reaction-day', when: '2019-12-10', after: 'cleverly-1057' },
		{ id: 'breakfast-0858', when: '2019-12-10T08:58' },
		{ id: 'leak-morning', when: { from: '2019-12-10', to: '2019-12-10T10:57' } },
		{ id: 'cleverly-1057', when: '2019-12-10T10:57' },
		{ id: 'jcb-1457', when: '2019-12-10T14:57' },
		{ id: 'chained-day', when: '2019-12-10', after: 'reaction-day' },
		{ id: 'plain-day', when: '2019-12-10' }
	];
	const order = () => {
		const spans = orderSpans(
			events,
			(e) => e.id,
			(e) => resolveWhen(e.when, LONDON),
			(e) => e.after
		);
		return sortByTime(events, (e) => spans.get(e.id)!).map((e) => e.id);
	};

	it('sorts the reaction after the minute it follows, and before later minutes', () => {
		expect(order()).toEqual(['plain-day', 'leak-morning', 'breakfast-0858', 'cleverly-1057', 'reaction-day', 'chained-day', 'jcb-1457']);
		const o = order();
		expect(o.indexOf('reaction-day')).toBeGreaterThan(o.indexOf('cleverly-1057'));
		expect(o.indexOf('reaction-day')).toBeLessThan(o.indexOf('jcb-1457'));
	});

	it('follows chains of after links', () => {
		const o = order();
		expect(o.indexOf('chained-day')).toBeGreaterThan(o.indexOf('reaction-day'));
		expect(o.indexOf('chained-day')).toBeLessThan(o.indexOf('jcb-1457'));
	});

	it('leaves an event without a link at the start of its day', () => {
		expect(order()[0]).toBe('plain-day');
	});

	it('does not change the span that is displayed', () => {
		const spans = orderSpans(
			events,
			(e) => e.id,
			(e) => resolveWhen(e.when, LONDON),
			(e) => e.after
		);
		expect(new Date(spans.get('reaction-day')!.start).toISOString()).toBe('2019-12-10T10:57:00.001Z');
		expect(new Date(resolveWhen('2019-12-10', LONDON).start).toISOString()).toBe('2019-12-10T00:00:00.000Z');
	});

	it('cuts a cycle instead of looping', () => {
		const cyclic = [
			{ id: 'a', when: '2019-12-10' as When, after: 'b' },
			{ id: 'b', when: '2019-12-10' as When, after: 'a' }
		];
		const spans = orderSpans(
			cyclic,
			(e) => e.id,
			(e) => resolveWhen(e.when, LONDON),
			(e) => e.after
		);
		expect(spans.size).toBe(2);
	});
});

describe('dates in words keep their precision', () => {
	const cases: { when: When; context: typeof en; expected: string }[] = [
		{ when: '2016', context: en, expected: '2016' },
		{ when: '2019-12', context: en, expected: 'December 2019' },
		{ when: '2019-12-10', context: en, expected: '10 December 2019' },
		{ when: '2019-12-10T10', context: en, expected: '10 December 2019, 10:00–11:00 GMT' },
		{ when: '2019-12-10T10:57', context: en, expected: '10 December 2019, 10:57 GMT' },
		{ when: '2022-05-15T21:30', context: en, expected: '15 May 2022, 21:30 BST' },
		{ when: { from: '2019-11-26', to: '2019-12-04' }, context: en, expected: 'between 26 November 2019 and 4 December 2019' },
		{ when: { from: '2019-11-26', to: '2019-12-04', label: 'late November or early December 2019' }, context: en, expected: 'late November or early December 2019' },
		{ when: '2019-12', context: german, expected: 'Dezember 2019' },
		{ when: '2019-12-10', context: german, expected: '10. Dezember 2019' },
		{ when: { from: '2019-11', to: '2019-12' }, context: german, expected: 'zwischen November 2019 und Dezember 2019' }
	];
	for (const processZone of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
		for (const { when, context, expected } of cases) {
			it(`${JSON.stringify(when)} → "${expected}" (process in ${processZone})`, () => {
				expect(inTimeZone(processZone, () => formatWhen(resolveWhen(when, context.timeZone), context))).toBe(expected);
			});
		}
	}

	it('never shows a day as midnight', () => {
		const text = formatWhen(resolveWhen('2019-12-10', LONDON), en);
		expect(text).not.toMatch(/00:00|midnight|12:00/);
	});
});

describe('datetime attributes', () => {
	const cases = [
		{ input: '2016', expected: '2016' },
		{ input: '2019-12', expected: '2019-12' },
		{ input: '2019-12-10', expected: '2019-12-10' },
		// An hour has no HTML form: its first minute, with the offset (the words say 10:00–11:00).
		{ input: '2019-12-10T10', expected: '2019-12-10T10:00:00Z' },
		{ input: '2022-05-15T21', expected: '2022-05-15T21:00:00+01:00' },
		// A part of a day is its day: no hour is claimed.
		{ input: '2019-12-10 morning', expected: '2019-12-10' },
		{ input: '2019-12-10T10:57', expected: '2019-12-10T10:57:00Z' },
		{ input: '2022-05-15T21:30', expected: '2022-05-15T21:30:00+01:00' }
	];
	for (const processZone of ['UTC', 'Asia/Kolkata']) {
		for (const { input, expected } of cases) {
			it(`"${input}" → ${expected} (process in ${processZone})`, () => {
				expect(inTimeZone(processZone, () => datetimeAttribute(parseLocalDate(input)!, LONDON))).toBe(expected);
			});
		}
	}
});
