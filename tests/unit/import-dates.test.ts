import { describe, expect, it } from 'vitest';
import { coveringRange, localDateFromParts, partsOfDateText, partsOfTime, whenFromDates } from '../../src/lib/import/dates';
import type { ImportWarning } from '../../src/lib/import/common';

function collect() {
	const warnings: ImportWarning[] = [];
	return { warnings, warn: (where: string, message: string) => warnings.push({ where, message }) };
}

describe('localDateFromParts: precision is the parts present', () => {
	it.each([
		[{ year: '1850' }, '1850'],
		[{ year: 1911, month: 3 }, '1911-03'],
		[{ year: '2019', month: '12', day: '10' }, '2019-12-10'],
		[{ year: 2019, month: 12, day: 10, hour: 10 }, '2019-12-10T10'],
		[{ year: 2019, month: 12, day: 10, hour: 9, minute: 5 }, '2019-12-10T09:05'],
		[{ year: '1,850', month: '', day: '' }, '1850'],
		[{ year: 2019, month: 12, day: 10, hour: 10, minute: 0 }, '2019-12-10T10:00']
	])('%j → %s', (parts, date) => {
		const { warnings, warn } = collect();
		expect(localDateFromParts(parts, 'UTC', '$.x', warn)).toEqual({ date });
		expect(warnings).toEqual([]);
	});

	it('gives null without a year, silently: the caller decides what a missing date means', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ month: 3 }, 'UTC', '$.x', warn)).toEqual({ date: null });
		expect(warnings).toEqual([]);
	});

	it('stops at a gap and reports what it dropped', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ year: 2019, day: 10 }, 'UTC', 'row 4 (Year, Month, Day, Time)', warn)).toEqual({ date: '2019' });
		expect(warnings).toEqual([{ where: 'row 4 (Year, Month, Day, Time)', message: expect.stringMatching(/day "10" dropped because the month is missing/) }]);
	});

	it('reports an impossible day and keeps the month', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ year: 2019, month: 2, day: 30 }, 'UTC', '$.events[1].start_date', warn)).toEqual({ date: '2019-02' });
		expect(warnings[0].message).toMatch(/day "30" is not a valid day/);
	});

	it('refuses, with why, years the format cannot hold (BC, before 1000, past 9999) and what is not a year', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ year: -500 }, 'UTC', '$.a', warn)).toEqual({ date: null, problem: '"-500" is not a year the format holds: years before 1000 are not supported' });
		expect(localDateFromParts({ year: 50 }, 'UTC', '$.b', warn)).toEqual({ date: null, problem: '"0050" is in the year 50; years before 1000 are not supported' });
		expect(localDateFromParts({ year: 999, month: 12, day: 31 }, 'UTC', '$.c', warn)).toEqual({ date: null, problem: '"0999-12-31" is in the year 999; years before 1000 are not supported' });
		expect(localDateFromParts({ year: 1000 }, 'UTC', '$.d', warn)).toEqual({ date: '1000' });
		expect(localDateFromParts({ year: 12000 }, 'UTC', '$.e', warn)).toEqual({ date: null, problem: '"12000" is not a year the format holds: years after 9999 are not supported' });
		expect(localDateFromParts({ year: 'soon' }, 'UTC', '$.f', warn)).toEqual({ date: null, problem: '"soon" is not a year' });
		// The caller says it, with the row or slide it skips.
		expect(warnings).toEqual([]);
	});

	it("applies the zone's clocks: a time they skipped is refused, one they showed twice is kept", () => {
		const { warn } = collect();
		expect(localDateFromParts({ year: 2024, month: 3, day: 31, hour: 1, minute: 30 }, 'Europe/London', '$.a', warn)).toEqual({
			date: null,
			problem: '"2024-03-31T01:30" does not exist in Europe/London: the clocks went forward an hour then (+00:00 → +01:00)'
		});
		expect(localDateFromParts({ year: 2024, month: 3, day: 31, hour: 1, minute: 30 }, 'UTC', '$.a', warn)).toEqual({ date: '2024-03-31T01:30' });
		expect(localDateFromParts({ year: 2024, month: 10, day: 27, hour: 1, minute: 30 }, 'Europe/London', '$.a', warn)).toEqual({ date: '2024-10-27T01:30' });
	});

	it('reports dropped seconds', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ year: 2020, month: 11, day: 30, hour: 9, minute: 5, second: 30 }, 'UTC', '$.s', warn)).toEqual({ date: '2020-11-30T09:05' });
		expect(warnings[0].message).toMatch(/seconds dropped/);
	});
});

describe('partsOfTime', () => {
	it.each([
		['10', { hour: 10, minute: '', second: '' }],
		['10:57', { hour: 10, minute: '57', second: '' }],
		['10:57:30', { hour: 10, minute: '57', second: '30' }],
		['3:05 PM', { hour: 15, minute: '05', second: '' }],
		['12 a.m.', { hour: 0, minute: '', second: '' }],
		['1057', { hour: 10, minute: '57', second: '' }]
	])('%s', (text, parts) => expect(partsOfTime(text)).toEqual(parts));

	it('refuses what it cannot read', () => {
		expect(partsOfTime('noon')).toBeNull();
		expect(partsOfTime('13 PM')).toBeNull();
	});
});

describe('partsOfDateText', () => {
	it('reads ISO-like dates', () => {
		expect(partsOfDateText('2019-06-04 18:30')).toMatchObject({ year: '2019', month: '06', day: '04', hour: '18', minute: '30' });
		expect(partsOfDateText('2019/6/4')).toMatchObject({ year: '2019', month: '6', day: '4' });
	});

	it('refuses day-first or month-first dates and UTC offsets rather than guess', () => {
		expect(partsOfDateText('10/06/2019')).toBeNull();
		expect(partsOfDateText('2019-06-04T10:00Z')).toBeNull();
	});
});

describe('whenFromDates', () => {
	it('gives a point without an end, a range with one, and drops an end before the start', () => {
		const { warnings, warn } = collect();
		expect(whenFromDates('2019', null, undefined, 'UTC', '$.e', warn)).toBe('2019');
		expect(whenFromDates('1911-03', '1911-05', 'Spring 1911', 'UTC', '$.e', warn)).toEqual({ from: '1911-03', to: '1911-05', label: 'Spring 1911' });
		expect(whenFromDates('2020-02-10', '2020-02-08', undefined, 'UTC', '$.events[4].end_date', warn)).toBe('2020-02-10');
		expect(warnings).toEqual([{ where: '$.events[4].end_date', message: expect.stringMatching(/before the start/) }]);
	});

	it('covers dates of mixed precision from the earliest start to the latest end', () => {
		expect(coveringRange(['2019-06-04T10:57', '2019', { from: '2019-03', to: '2020-01' }], 'UTC')).toEqual({ from: '2019', to: '2020-01' });
	});
});
