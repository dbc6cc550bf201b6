import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gapBetween, roundDuration, sharedPeriodOf, type GapEnd } from '../../src/lib/time/gap';

const at = (iso: string, minutes = 1, precision = 'minute'): GapEnd => {
	const start = Date.parse(`${iso}Z`);
	return { start, end: start + minutes * 60_000, precision };
};
const day = (iso: string): GapEnd => at(`${iso}T00:00`, 24 * 60, 'day');

describe('the time between two events', () => {
	it('is exact between two minutes', () => {
		expect(gapBetween(at('2019-12-10T10:57'), at('2019-12-10T11:01'), false, 'hour')).toEqual({ kind: 'exact', amount: 4, unit: 'minute' });
		expect(gapBetween(at('2019-12-10T10:57'), at('2019-12-10T10:57'), true, 'minute')).toEqual({ kind: 'same', period: 'minute', orderKnown: true });
	});

	it('is "about" the middle of a narrow range, "at least" the bound of a wide one', () => {
		expect(gapBetween(day('2019-11-26'), day('2019-12-10'), false, 'month')).toEqual({ kind: 'about', amount: 2, unit: 'week' });
		expect(gapBetween(at('2016-06-28T10:00', 8 * 60, 'range'), day('2019-12-10'), false, 'time')).toEqual({ kind: 'about', amount: 3, unit: 'year' });
		expect(gapBetween(day('2019-12-09'), day('2019-12-12'), false, 'month')).toEqual({ kind: 'about', amount: 3, unit: 'day' });
		const january = { start: Date.parse('2020-01-01T00:00Z'), end: Date.parse('2020-02-01T00:00Z'), precision: 'month' };
		expect(gapBetween(day('2019-12-09'), january, false, 'time')).toEqual({ kind: 'at-least', amount: 3, unit: 'week' });
	});

	it('says nothing about the time when the spans meet, only the period and whether the order is known', () => {
		const morning = at('2019-12-10T06:00', 6 * 60, 'morning');
		expect(gapBetween(at('2019-12-10T08:58'), morning, true, 'morning')).toEqual({ kind: 'same', period: 'morning', orderKnown: true });
		expect(gapBetween(day('2019-12-10'), day('2019-12-10'), false, 'day')).toEqual({ kind: 'same', period: 'day', orderKnown: false });
	});

	it('never claims a time the spans do not allow', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 5000 }), (s1, l1, s2, l2) => {
				const a = { start: s1 * 60_000, end: (s1 + l1) * 60_000, precision: 'range' };
				const b = { start: Math.max(s1, s2) * 60_000, end: (Math.max(s1, s2) + l2) * 60_000, precision: 'range' };
				const gap = gapBetween(a, b, false, 'time');
				if (gap.kind === 'same') expect(b.start - a.end).toBeLessThanOrEqual(0);
				else expect(b.start - a.end).toBeGreaterThan(0);
			})
		);
	});
});

describe("durations in a reader's units", () => {
	it('round to the unit a reader would use', () => {
		expect(roundDuration(4 * 60_000)).toEqual({ amount: 4, unit: 'minute' });
		expect(roundDuration(100 * 60_000)).toEqual({ amount: 2, unit: 'hour' });
		expect(roundDuration(3 * 86_400_000)).toEqual({ amount: 3, unit: 'day' });
		expect(roundDuration(20 * 86_400_000)).toEqual({ amount: 3, unit: 'week' });
		expect(roundDuration(200 * 86_400_000)).toEqual({ amount: 7, unit: 'month' });
		expect(roundDuration(3 * 365 * 86_400_000)).toEqual({ amount: 3, unit: 'year' });
	});
});

describe('the period two events share', () => {
	const wall = (iso: string, minutes: number) => ({ start: Date.parse(`${iso}Z`), end: Date.parse(`${iso}Z`) + minutes * 60_000 });
	it('is the smallest named one', () => {
		expect(sharedPeriodOf(wall('2019-12-10T10:05', 1), wall('2019-12-10T10:40', 1))).toBe('hour');
		expect(sharedPeriodOf(wall('2019-12-10T08:58', 1), wall('2019-12-10T06:00', 360))).toBe('morning');
		expect(sharedPeriodOf(wall('2019-12-10T12:30', 1), wall('2019-12-10T13:10', 1))).toBe('lunchtime');
		expect(sharedPeriodOf(wall('2019-12-10T08:58', 1), wall('2019-12-10T15:00', 1))).toBe('day');
		expect(sharedPeriodOf(wall('2019-12-12T22:00', 1), wall('2019-12-12T22:00', 480))).toBe('overnight');
		expect(sharedPeriodOf(wall('2019-12-13T01:00', 1), wall('2019-12-12T22:00', 480))).toBe('overnight');
		expect(sharedPeriodOf(wall('2019-12-10T00:00', 1440), wall('2019-12-20T00:00', 1440))).toBe('month');
		expect(sharedPeriodOf(wall('2019-11-10T00:00', 1440), wall('2019-12-20T00:00', 1440))).toBe('year');
		expect(sharedPeriodOf(wall('2018-11-10T00:00', 1440), wall('2019-12-20T00:00', 1440))).toBe('time');
	});
});

describe('gaps in words', async () => {
	const { gapWords } = await import('../../src/lib/i18n/gap-words');
	it('says each kind in English and German', () => {
		expect(gapWords({ kind: 'exact', amount: 4, unit: 'minute' }, 'en-GB')).toBe('4 minutes later');
		expect(gapWords({ kind: 'about', amount: 2, unit: 'week' }, 'en-GB')).toBe('about 2 weeks later');
		expect(gapWords({ kind: 'at-least', amount: 1, unit: 'year' }, 'en')).toBe('at least 1 year later');
		expect(gapWords({ kind: 'same', period: 'morning', orderKnown: true }, 'en-GB')).toBe('same morning, order known, time unknown');
		expect(gapWords({ kind: 'same', period: 'time', orderKnown: false }, 'en-GB')).toBe('Time not known');
		expect(gapWords({ kind: 'about', amount: 2, unit: 'week' }, 'de')).toBe('etwa 2 Wochen später');
		expect(gapWords({ kind: 'same', period: 'day', orderKnown: true }, 'de')).toBe('am selben Tag, Reihenfolge bekannt, Zeit unbekannt');
	});
});
