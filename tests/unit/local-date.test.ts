import { describe, expect, it } from 'vitest';
import { instantsOfWall, parseLocalDate, spanOf } from '../../src/lib/time/local-date';
import { inTimeZone } from '../helpers/fixtures';

describe('parseLocalDate reads the precision from the form', () => {
	const cases = [
		{ input: '2016', expected: { precision: 'year', year: 2016 } },
		{ input: '2019-12', expected: { precision: 'month', year: 2019, month: 12 } },
		{ input: '2019-12-10', expected: { precision: 'day', year: 2019, month: 12, day: 10 } },
		{ input: '2019-12-10T10', expected: { precision: 'hour', year: 2019, month: 12, day: 10, hour: 10 } },
		{ input: '2019-12-10T10:57', expected: { precision: 'minute', year: 2019, month: 12, day: 10, hour: 10, minute: 57 } },
		{ input: '2020-02-29', expected: { precision: 'day', year: 2020, month: 2, day: 29 } }
	];
	for (const { input, expected } of cases) {
		it(`"${input}" is ${expected.precision} precision`, () => {
			expect(parseLocalDate(input)).toMatchObject(expected);
		});
	}

	const invalid = [
		'',
		'19',
		'2019-13',
		'2019-00',
		'2019-02-30',
		'2019-02-29',
		'2019-12-10T24',
		'2019-12-10T10:60',
		'2019-12-10 10:57',
		'2019-12-10T10:57:00',
		'2019-12-10T10Z',
		'2019-12-10T10:57+15:00',
		'2019-12-10T10:57+01:60',
		'2019-12-10T10:57+0100',
		'tomorrow'
	];
	for (const input of invalid) {
		it(`rejects "${input}"`, () => {
			expect(parseLocalDate(input)).toBeNull();
		});
	}
});

describe('spanOf gives the whole period in the story zone, never a midnight instant', () => {
	const LONDON = 'Europe/London';
	const cases = [
		// GMT in winter: local = UTC
		{ input: '2019-12-10', zone: LONDON, start: '2019-12-10T00:00:00.000Z', end: '2019-12-11T00:00:00.000Z' },
		{ input: '2019-12-10T10:57', zone: LONDON, start: '2019-12-10T10:57:00.000Z', end: '2019-12-10T10:58:00.000Z' },
		{ input: '2019-12-10T10', zone: LONDON, start: '2019-12-10T10:00:00.000Z', end: '2019-12-10T11:00:00.000Z' },
		// BST in summer: local = UTC+1
		{ input: '2016-06-28', zone: LONDON, start: '2016-06-27T23:00:00.000Z', end: '2016-06-28T23:00:00.000Z' },
		{ input: '2019-12', zone: LONDON, start: '2019-12-01T00:00:00.000Z', end: '2020-01-01T00:00:00.000Z' },
		{ input: '2016', zone: LONDON, start: '2016-01-01T00:00:00.000Z', end: '2017-01-01T00:00:00.000Z' },
		// The day the clocks go forward is 23 hours long.
		{ input: '2019-03-31', zone: LONDON, start: '2019-03-31T00:00:00.000Z', end: '2019-03-31T23:00:00.000Z' },
		{ input: '2019-12-10', zone: 'America/New_York', start: '2019-12-10T05:00:00.000Z', end: '2019-12-11T05:00:00.000Z' },
		{ input: '2019-12-31', zone: 'Asia/Tokyo', start: '2019-12-30T15:00:00.000Z', end: '2019-12-31T15:00:00.000Z' }
	];
	for (const processZone of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata']) {
		describe(`with the process in ${processZone}`, () => {
			for (const { input, zone, start, end } of cases) {
				it(`"${input}" in ${zone}`, () => {
					const span = inTimeZone(processZone, () => spanOf(input, zone));
					expect(new Date(span.start).toISOString()).toBe(start);
					expect(new Date(span.end).toISOString()).toBe(end);
				});
			}
		});
	}

	it('throws on a malformed date', () => {
		expect(() => spanOf('2019-02-30', 'Europe/London')).toThrow(/Not a local date/);
	});
});

describe('wall-clock times the clocks skip or repeat', () => {
	const LONDON = 'Europe/London';
	it('an offset says which of two equal wall times is meant', () => {
		expect(parseLocalDate('2024-10-27T01:30+01:00')).toMatchObject({ precision: 'minute', offset: 60 });
		expect(parseLocalDate('2019-12-10T10:57Z')).toMatchObject({ offset: 0 });
		expect(parseLocalDate('2019-12-10T10:57-05:30')).toMatchObject({ offset: -330 });
		expect(spanOf('2024-10-27T01:30+01:00', LONDON)).toEqual({ start: Date.parse('2024-10-27T00:30Z'), end: Date.parse('2024-10-27T00:31Z') });
		expect(spanOf('2024-10-27T01:30+00:00', LONDON)).toEqual({ start: Date.parse('2024-10-27T01:30Z'), end: Date.parse('2024-10-27T01:31Z') });
	});

	it('without an offset, a repeated minute is its first occurrence and a repeated hour spans both', () => {
		expect(spanOf('2024-10-27T01:30', LONDON)).toEqual({ start: Date.parse('2024-10-27T00:30Z'), end: Date.parse('2024-10-27T00:31Z') });
		expect(spanOf('2024-10-27T01', LONDON)).toEqual({ start: Date.parse('2024-10-27T00:00Z'), end: Date.parse('2024-10-27T02:00Z') });
	});

	it('counts the instants of a wall time: none when the clocks go forward, two when they go back', () => {
		expect(instantsOfWall(Date.UTC(2024, 2, 31, 1, 30), LONDON).instants).toEqual([]);
		expect(instantsOfWall(Date.UTC(2024, 9, 27, 1, 30), LONDON).instants).toEqual([Date.parse('2024-10-27T00:30Z'), Date.parse('2024-10-27T01:30Z')]);
		expect(instantsOfWall(Date.UTC(2024, 6, 1, 12, 0), LONDON).instants).toEqual([Date.parse('2024-07-01T11:00Z')]);
		// Lord Howe Island moves its clocks by 30 minutes.
		expect(instantsOfWall(Date.UTC(2024, 9, 6, 2, 15), 'Australia/Lord_Howe').instants).toEqual([]);
		expect(instantsOfWall(Date.UTC(2024, 9, 6, 2, 45), 'Australia/Lord_Howe').instants).toHaveLength(1);
	});
});
