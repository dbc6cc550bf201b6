import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentsOf, unitOf } from '../../src/lib/timeline/segments';

const H = 3_600_000;
const t = (iso: string) => Date.parse(`${iso}Z`);
const minute = (id: string, iso: string) => ({ id, wallStart: t(iso), wallEnd: t(iso) + 60_000 });

describe('segments', () => {
	it('one row per day with events, each fitted to its events, the empty stretches between them counted', () => {
		const rows = segmentsOf([
			{ id: 'vote', wallStart: t('2016-06-28T10:00'), wallEnd: t('2016-06-28T18:00') },
			minute('breakfast', '2019-12-10T08:58'),
			{ id: 'post', wallStart: t('2019-12-10T08:58'), wallEnd: t('2019-12-10T10:58') },
			minute('cleverly', '2019-12-10T10:57'),
			{ id: 'results', wallStart: t('2019-12-12T22:00'), wallEnd: t('2019-12-13T06:00') }
		]);
		expect(rows.map((r) => [r.key, r.unit, r.ids])).toEqual([
			['2016-06-28', 'day', ['vote']],
			['2019-12-10', 'day', ['breakfast', 'post', 'cleverly']],
			['2019-12-12', 'day', ['results']]
		]);
		const day = rows[1];
		expect(day.window[0]).toBeLessThan(t('2019-12-10T08:58'));
		expect(day.window[1]).toBeGreaterThan(t('2019-12-10T10:58'));
		expect(day.window[1] - day.window[0]).toBeLessThan(3 * H);
		expect(rows[1].emptyBefore).toEqual({ amount: 3, unit: 'year' });
		expect(rows[2].emptyBefore).toEqual({ amount: 2, unit: 'day' });
		expect(rows[0].emptyBefore).toBeUndefined();
	});

	it('events longer than a day share a month row; longer than a month, a year row', () => {
		expect(unitOf({ id: 'a', wallStart: t('2019-11-26T00:00'), wallEnd: t('2019-12-09T00:00') })).toBe('month');
		expect(unitOf({ id: 'a', wallStart: t('2016-01-01T00:00'), wallEnd: t('2017-01-01T00:00') })).toBe('year');
		const rows = segmentsOf([{ id: 'call', wallStart: t('2019-11-01T00:00'), wallEnd: t('2019-12-09T00:00') }, minute('x', '2019-12-10T10:00')]);
		expect(rows.map((r) => [r.key, r.unit])).toEqual([
			['2019', 'year'],
			['2019-12-10', 'day']
		]);
		// The call runs up to 9 December: the day row is not "without events" before it.
		expect(rows[1].emptyBefore).toEqual({ amount: 34, unit: 'hour' });
	});

	it('a lone minute gets an hour of axis', () => {
		const [row] = segmentsOf([minute('x', '2019-12-10T10:00')]);
		expect(row.window[1] - row.window[0]).toBeGreaterThanOrEqual(H);
	});

	it("every event is in exactly one row, rows are in time order, and each row's window holds its events", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 60 * 24 * 90 })), { minLength: 1, maxLength: 60 }), (spans) => {
				const events = spans.map(([start, minutes], i) => ({ id: `e${i}`, wallStart: t('2019-01-01T00:00') + start * H, wallEnd: t('2019-01-01T00:00') + start * H + minutes * 60_000 }));
				const rows = segmentsOf(events);
				expect(rows.flatMap((r) => r.ids).sort()).toEqual(events.map((e) => e.id).sort());
				const byId = new Map(events.map((e) => [e.id, e]));
				for (const row of rows)
					for (const id of row.ids) {
						const e = byId.get(id)!;
						expect(e.wallStart).toBeGreaterThanOrEqual(row.window[0]);
						expect(e.wallEnd).toBeLessThanOrEqual(row.window[1]);
					}
				for (let i = 1; i < rows.length; i++)
					expect(Math.min(...rows[i].ids.map((id) => byId.get(id)!.wallStart))).toBeGreaterThanOrEqual(Math.min(...rows[i - 1].ids.map((id) => byId.get(id)!.wallStart)));
			})
		);
	});
});
