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
		expect(localDateFromParts(parts, '$.x', warn)).toBe(date);
		expect(warnings).toEqual([]);
	});

	it('gives null without a year, silently: the caller decides what a missing date means', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ month: 3 }, '$.x', warn)).toBeNull();
		expect(warnings).toEqual([]);
	});

	it('stops at a gap and reports what it dropped', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ year: 2019, day: 10 }, 'row 4 (Year, Month, Day, Time)', warn)).toBe('2019');
		expect(warnings).toEqual([{ where: 'row 4 (Year, Month, Day, Time)', message: expect.stringMatching(/day "10" dropped because the month is missing/) }]);
	});

	it('reports an impossible day and keeps the month', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ year: 2019, month: 2, day: 30 }, '$.events[1].start_date', warn)).toBe('2019-02');
		expect(warnings[0].message).toMatch(/day "30" is not a valid day/);
	});

	it('refuses years the date model cannot hold (BC, two-digit)', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ year: -500 }, '$.a', warn)).toBeNull();
		expect(localDateFromParts({ year: 50 }, '$.b', warn)).toBeNull();
		expect(warnings.map((w) => w.where)).toEqual(['$.a', '$.b']);
	});

	it('reports dropped seconds', () => {
		const { warnings, warn } = collect();
		expect(localDateFromParts({ year: 2020, month: 11, day: 30, hour: 9, minute: 5, second: 30 }, '$.s', warn)).toBe('2020-11-30T09:05');
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
