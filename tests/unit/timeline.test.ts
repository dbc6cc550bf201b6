import { afterEach, describe, expect, it, vi } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { axisLabelsFor, axisTicks, formatWall, formatWallRange, levelOfStep, PATTERNS } from '../../src/lib/timeline/axis';
import { timeScale } from '../../src/lib/timeline/scale';
import { clampDomain, fullDomainOf, panDomain, windowShowing, zoomDomain, MIN_WINDOW } from '../../src/lib/timeline/zoom';
import { histogram } from '../../src/lib/timeline/overview';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema } from '../../src/lib/story/schema';
import { eventIdForHash, selectionLookup } from '../../src/lib/story/selection';
import { timelineDataOf } from '../../src/lib/timeline/data';
import { quoteLinks } from '../../src/lib/story/relations';
import { minimalStory } from '../helpers/fixtures';

const utc = (iso: string) => Date.parse(`${iso}Z`);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('axis ticks adapt to the zoom level', () => {
	const cases = [
		{ from: '2016-06-01T00:00', to: '2022-06-01T00:00', level: 'year', sample: '2017' },
		{ from: '2019-06-01T00:00', to: '2020-06-01T00:00', level: 'month', sample: 'Aug' },
		{ from: '2019-12-01T00:00', to: '2019-12-20T00:00', level: 'day', sample: '10 Dec' },
		{ from: '2019-12-10T06:00', to: '2019-12-10T18:00', level: 'hour', sample: '10:00' },
		{ from: '2019-12-10T10:30', to: '2019-12-10T11:15', level: 'minute', sample: '10:50' }
	] as const;
	for (const { from, to, level, sample } of cases) {
		it(`${from} – ${to} at 1000 px: ${level}s, e.g. "${sample}"`, () => {
			const axis = axisTicks(timeScale([utc(from), utc(to)], [0, 1000]), 'en-GB');
			expect(axis.level).toBe(level);
			expect(axis.ticks.map((t) => t.label)).toContain(sample);
			expect(axis.ticks.length).toBeGreaterThan(3);
			expect(axis.ticks.length).toBeLessThanOrEqual(14);
			for (const tick of axis.ticks) {
				expect(tick.x).toBeGreaterThanOrEqual(0);
				expect(tick.x).toBeLessThanOrEqual(1000);
			}
		});
	}

	it('marks a new day among hours as major and names it', () => {
		const axis = axisTicks(timeScale([utc('2019-12-09T18:00'), utc('2019-12-10T06:00')], [0, 1000]), 'en-GB');
		const midnight = axis.ticks.find((t) => t.value === utc('2019-12-10T00:00'))!;
		expect(midnight.major).toBe(true);
		expect(midnight.label).toBe('10 Dec');
		expect(axis.ticks.filter((t) => t.major)).toEqual([midnight]);
		// The window runs from the 9th into the 10th: the context names both days, never just the middle one.
		// ICU puts thin spaces (U+2009) around the dash; \s matches them.
		expect(axis.context).toMatch(/^9\s–\s10 December 2019$/);
	});

	it('marks a new year among months as major, labelled with the year, and names both years as context', () => {
		const axis = axisTicks(timeScale([utc('2019-06-01T00:00'), utc('2020-06-01T00:00')], [0, 1000]), 'en-GB');
		expect(axis.level).toBe('month');
		// ICU's en-GB short September is "Sept" (ICU 72 and later) or "Sep" (before).
		expect(axis.ticks.map((t) => t.label)).toEqual(['Jun', 'Jul', 'Aug', expect.stringMatching(/^Sept?$/), 'Oct', 'Nov', 'Dec', '2020', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
		expect(axis.ticks.filter((t) => t.major).map((t) => t.value)).toEqual([utc('2020-01-01T00:00')]);
		expect(axis.context).toMatch(/^2019\s–\s2020$/);
	});

	it('marks the 1st among days as major with month and year; the context is the months it spans', () => {
		const axis = axisTicks(timeScale([utc('2019-11-25T00:00'), utc('2019-12-07T00:00')], [0, 1000]), 'en-GB');
		expect(axis.level).toBe('day');
		expect(axis.ticks.map((t) => t.label)).toEqual(['25 Nov', '26 Nov', '27 Nov', '28 Nov', '29 Nov', '30 Nov', 'Dec 2019', '2 Dec', '3 Dec', '4 Dec', '5 Dec', '6 Dec', '7 Dec']);
		expect(axis.ticks.filter((t) => t.major).map((t) => t.value)).toEqual([utc('2019-12-01T00:00')]);
		expect(axis.context).toMatch(/^November\s–\sDecember 2019$/);
	});

	it('names the years a window of years runs over as context, and has no majors among years', () => {
		const axis = axisTicks(timeScale([utc('2016-06-01T00:00'), utc('2022-06-01T00:00')], [0, 1000]), 'en-GB');
		expect(axis.context).toMatch(/^2016\s–\s2022$/);
		expect(axis.ticks.map((t) => t.label)).toEqual(['2017', '2018', '2019', '2020', '2021', '2022']);
		expect(axis.ticks.some((t) => t.major)).toBe(false);
	});

	it('speaks the story language', () => {
		const months = axisTicks(timeScale([utc('2019-06-01T00:00'), utc('2020-06-01T00:00')], [0, 1000]), 'de');
		expect(months.ticks.map((t) => t.label)).toContain('Okt');
		expect(months.ticks.map((t) => t.label)).toContain('Mär');
		const days = axisTicks(timeScale([utc('2019-12-01T00:00'), utc('2019-12-20T00:00')], [0, 1000]), 'de');
		expect(days.context).toBe('Dezember 2019');
		expect(days.ticks.map((t) => t.label)).toContain('10. Dez.');
		const hours = axisTicks(timeScale([utc('2019-12-09T18:00'), utc('2019-12-10T06:00')], [0, 1000]), 'de');
		expect(hours.context).toBe('9.–10. Dezember 2019');
		expect(hours.ticks.map((t) => t.label)).toContain('20:00');
	});

	it('uses the 12-hour clock and month-first dates for en-US, the 24-hour clock for en-GB and de', () => {
		const domain = [utc('2019-12-09T18:00'), utc('2019-12-10T06:00')] as const;
		const us = axisTicks(timeScale(domain, [0, 1000]), 'en-US');
		const hours = us.ticks.filter((t) => !t.major).map((t) => t.label);
		// ICU may separate "PM" with U+0020 or U+202F; \s matches both.
		for (const label of hours) expect(label).toMatch(/^(1[0-2]|[1-9]):00\s[AP]M$/);
		expect(hours[0]).toMatch(/^6:00\sPM$/);
		expect(us.ticks.find((t) => t.major)!.label).toBe('Dec 10');
		expect(us.context).toMatch(/^December 9\s–\s10, 2019$/);
		for (const language of ['en-GB', 'de']) {
			const labels = axisTicks(timeScale(domain, [0, 1000]), language)
				.ticks.filter((t) => !t.major)
				.map((t) => t.label);
			expect(labels).toEqual(['18:00', '19:00', '20:00', '21:00', '22:00', '23:00', '01:00', '02:00', '03:00', '04:00', '05:00', '06:00']);
		}
	});

	it('labels every wall-clock hour across DST changes: no gap in spring, no repeat in autumn', () => {
		// Wall-clock ms have no DST: 31 March and 27 October 2019 (EU changes) are plain 24-hour days.
		const hourLabels = Array.from({ length: 23 }, (_, i) => `${String(i + 1).padStart(2, '0')}:00`);
		for (const [day, next, dayLabel, nextLabel] of [
			['2019-03-31', '2019-04-01', '31 Mar', '1 Apr'],
			['2019-10-27', '2019-10-28', '27 Oct', '28 Oct']
		]) {
			const axis = axisTicks(timeScale([utc(`${day}T00:00`), utc(`${next}T00:00`)], [0, 24 * 90]), 'en-GB');
			expect(axis.level).toBe('hour');
			expect(axis.ticks.map((t) => t.label)).toEqual([dayLabel, ...hourLabels, nextLabel]);
			expect(axis.ticks.slice(1).map((t, i) => t.value - axis.ticks[i].value)).toEqual(Array(24).fill(HOUR));
		}
	});

	it('falls back to en-GB for a malformed or unknown language tag instead of throwing', () => {
		const domain = [utc('2019-12-09T18:00'), utc('2019-12-10T06:00')] as const;
		const british = axisTicks(timeScale(domain, [0, 1000]), 'en-GB');
		expect(british.ticks.slice(0, 2).map((t) => t.label)).toEqual(['18:00', '19:00']);
		// Malformed ('en_GB', '', 'not a tag!'), well-formed but unknown ('zz'), not a string at all.
		for (const tag of ['en_GB', '', 'not a tag!', 'zz', undefined as unknown as string]) {
			expect(axisTicks(timeScale(domain, [0, 1000]), tag), JSON.stringify(tag)).toEqual(british);
			expect(formatWall(domain[0], 'dayMonth', tag), JSON.stringify(tag)).toBe('9 Dec');
		}
	});

	it('fewer ticks on a phone', () => {
		const wide = axisTicks(timeScale([utc('2019-12-10T06:00'), utc('2019-12-10T18:00')], [0, 1200]), 'en-GB', 96);
		const narrow = axisTicks(timeScale([utc('2019-12-10T06:00'), utc('2019-12-10T18:00')], [0, 340]), 'en-GB', 70);
		expect(narrow.ticks.length).toBeLessThan(wide.ticks.length);
	});

	it('names levels by tick spacing', () => {
		expect([365 * DAY, 31 * DAY, DAY, HOUR, 5 * 60_000].map(levelOfStep)).toEqual(['year', 'month', 'day', 'hour', 'minute']);
	});
});

describe("formatting wall-clock instants (the segmented scale's row labels)", () => {
	it('writes each pattern in the story language, in UTC, on the Gregorian calendar', () => {
		const morning = utc('2019-12-10T09:05');
		expect(formatWall(morning, 'time', 'en-GB')).toBe('09:05');
		expect(formatWall(morning, 'time', 'en-US')).toMatch(/^9:05\sAM$/);
		expect(formatWall(morning, 'dayMonth', 'de')).toBe('10. Dez.');
		expect(formatWall(morning, 'longMonthYear', 'en-GB')).toBe('December 2019');
		expect(formatWall(morning, 'fullDate', 'en-GB')).toMatch(/^Tuesday,? 10 December 2019$/);
		// Thai's default calendar is Buddhist (2562); tick positions are Gregorian, so labels are too.
		expect(formatWall(morning, 'year', 'th')).toBe('2019');
		// Wall-clock ms are read as UTC: midnight is the same day wherever the reader is.
		expect(formatWall(utc('2019-12-10T00:00'), 'dayMonth', 'en-GB')).toBe('10 Dec');
	});

	it('writes a range once, and an empty or reversed range as its start', () => {
		expect(formatWallRange(utc('2023-11-20T00:00'), utc('2023-11-25T00:00'), 'longDate', 'en-GB')).toMatch(/^20\s–\s25 November 2023$/);
		expect(formatWallRange(utc('2023-11-20T00:00'), utc('2023-11-20T00:00'), 'longDate', 'en-GB')).toBe('20 November 2023');
		expect(formatWallRange(utc('2023-11-20T00:00'), utc('2023-11-01T00:00'), 'longDate', 'en-GB')).toBe('20 November 2023');
	});
});

/**
 * Intl.DateTimeFormat is costly to build, so the axis builds each (language,
 * pattern) once. Each test imports a fresh copy of axis.ts (no formatter
 * cached, whatever ran before) and counts the formatters it builds.
 */
describe('formatters built by the axis', () => {
	const domain = [utc('2019-12-09T18:00'), utc('2019-12-10T06:00')] as const;
	const panned = [domain[0] + 20 * 60_000, domain[1] + 20 * 60_000] as const;

	async function freshAxis() {
		vi.resetModules();
		const axis = await import('../../src/lib/timeline/axis');
		const RealDateTimeFormat = Intl.DateTimeFormat;
		// Count constructions but build real formatters (a bare spy would hand back instances without Intl's internals).
		const built = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
			return new RealDateTimeFormat(...args);
		} as typeof Intl.DateTimeFormat);
		return { axis, built: () => built.mock.calls.length };
	}

	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('builds each one once and reuses it on later frames', async () => {
		const expected = axisTicks(timeScale(domain, [0, 1000]), 'en-GB');
		const { axis, built } = await freshAxis();
		const first = axis.axisTicks(timeScale(domain, [0, 1000]), 'en-GB');
		// Hours need four shapes: short time, day + month for midnight, the full date to compare the window's ends, and the date range for context.
		expect(built()).toBe(4);
		expect(first).toEqual(expected);
		expect(axis.axisTicks(timeScale(domain, [0, 1000]), 'en-GB')).toEqual(first);
		axis.axisTicks(timeScale(panned, [0, 1000]), 'en-GB');
		axis.axisTicks(timeScale(panned, [0, 700]), 'en-GB', 70);
		axis.formatWall(domain[0], 'time', 'en-GB');
		expect(built()).toBe(4);
		// Another language has formatters of its own.
		axis.axisTicks(timeScale(domain, [0, 1000]), 'de');
		expect(built()).toBe(8);
	});

	it('builds none for an opening window whose labels the server wrote, and formats as usual elsewhere', async () => {
		// The seed and the expected axes come from the module already loaded, before counting starts.
		const seed = axisLabelsFor(domain, 'en-GB');
		const scales = [375, 1094, 1400].map((width) => timeScale(domain, [0, width]));
		const elsewhere = timeScale([utc('2019-06-01T00:00'), utc('2020-06-01T00:00')], [0, 1000]);
		const expected = [...scales, elsewhere].map((scale) => axisTicks(scale, 'en-GB', 96));
		const { axis, built } = await freshAxis();
		scales.forEach((scale, i) => expect(axis.axisTicks(scale, 'en-GB', 96, seed)).toEqual(expected[i]));
		expect(built()).toBe(0);
		expect(axis.axisTicks(elsewhere, 'en-GB', 96, seed)).toEqual(expected[3]);
		expect(built()).toBeGreaterThan(0);
	});

	it('builds every pattern ahead of the first zoom, then none while zooming', async () => {
		const { axis, built } = await freshAxis();
		axis.prepareAxisFormatters('fr-CA');
		expect(built()).toBe(Object.keys(PATTERNS).length);
		for (const to of [domain, panned, [utc('2016-06-01T00:00'), utc('2022-06-01T00:00')] as const]) axis.axisTicks(timeScale(to, [0, 1000]), 'fr-CA');
		expect(built()).toBe(Object.keys(PATTERNS).length);
	});
});

describe('zoom windows', () => {
	const full: [number, number] = [utc('2016-01-01T00:00'), utc('2023-01-01T00:00')];

	it('never narrower than the minimum window, never outside the full span', () => {
		expect(clampDomain([utc('2019-12-10T10:00'), utc('2019-12-10T10:01')], full)[1] - clampDomain([utc('2019-12-10T10:00'), utc('2019-12-10T10:01')], full)[0]).toBe(MIN_WINDOW);
		expect(clampDomain([full[0] - DAY, full[0] + DAY], full)[0]).toBe(full[0]);
		expect(clampDomain([0, Number.MAX_SAFE_INTEGER], full)).toEqual(full);
		expect(panDomain([full[1] - DAY, full[1]], 10 * DAY, full)).toEqual([full[1] - DAY, full[1]]);
	});

	it('zooms around an anchor', () => {
		const domain: [number, number] = [utc('2019-12-10T00:00'), utc('2019-12-11T00:00')];
		const anchor = utc('2019-12-10T06:00');
		const zoomed = zoomDomain(domain, 2, full, anchor);
		expect(zoomed).toEqual([utc('2019-12-10T03:00'), utc('2019-12-10T15:00')]);
	});

	it('keeps the window for an event already in view, pans to one outside at the same zoom, widens for a long span', () => {
		const current: [number, number] = [utc('2019-12-10T08:00'), utc('2019-12-10T13:00')];
		expect(windowShowing({ start: utc('2019-12-10T10:57'), end: utc('2019-12-10T10:58') }, current, full)).toEqual(current);
		const panned = windowShowing({ start: utc('2019-12-12T22:00'), end: utc('2019-12-12T22:01') }, current, full);
		expect(panned[1] - panned[0]).toBe(current[1] - current[0]);
		expect(panned[0]).toBeLessThan(utc('2019-12-12T22:00'));
		expect(panned[1]).toBeGreaterThan(utc('2019-12-12T22:01'));
		const widened = windowShowing({ start: utc('2016-06-01T00:00'), end: utc('2016-10-01T00:00') }, current, full);
		expect(widened[1] - widened[0]).toBeGreaterThan(utc('2016-10-01T00:00') - utc('2016-06-01T00:00'));
	});

	it('the full domain pads the story span', () => {
		const [start, end] = fullDomainOf([
			{ start: 1000 * DAY, end: 1001 * DAY },
			{ start: 1100 * DAY, end: 1100 * DAY + HOUR }
		]);
		expect(start).toBeLessThan(1000 * DAY);
		expect(end).toBeGreaterThan(1100 * DAY + HOUR);
	});
});

describe('overview histogram', () => {
	it('counts starts per bin and ignores those outside', () => {
		expect(histogram([0, 1, 5, 9, 10, -1], [0, 10], 2)).toEqual([2, 2]);
	});
});

describe('selection from the URL hash', () => {
	const data = timelineDataOf(buildStoryView(storySchema.parse(minimalStory()), enGB), 50);
	const lookup = selectionLookup(data.columns.id, data.quoteEvents);
	const cases: [string, string | null][] = [
		['#vote-held', 'vote-held'],
		['#quote-mayor-pleased', 'reaction'],
		['', null],
		['#', null],
		['#no-such-event', null],
		['#quote-no-such-quote', null],
		['#quote-constructor', null],
		['#%E0%A4%A', null],
		['#<img src=x onerror=alert(1)>', null]
	];
	for (const [hash, expected] of cases) {
		it(`${JSON.stringify(hash)} selects ${expected}`, () => {
			expect(eventIdForHash(hash, lookup)).toBe(expected);
		});
	}
});

describe('quote relations', () => {
	it('are listed on both quotes, outgoing and incoming', () => {
		const story = storySchema.parse(minimalStory());
		const links = quoteLinks(story.quotes);
		expect(links['mayor-private']).toEqual([{ type: 'repeats', direction: 'outgoing', quote: 'mayor-pleased', note: undefined }]);
		expect(links['mayor-pleased']).toEqual([{ type: 'repeats', direction: 'incoming', quote: 'mayor-private', note: undefined }]);
	});
});

describe('flights and gestures', () => {
	it('a flight starts and ends on its windows, with the width changing geometrically', async () => {
		const { flightPath } = await import('../../src/lib/timeline/zoom');
		const from: [number, number] = [0, 1_000_000];
		const to: [number, number] = [500_000, 501_000];
		const path = flightPath(from, to);
		expect(path.at(0)[0]).toBeCloseTo(from[0]);
		expect(path.at(0)[1]).toBeCloseTo(from[1]);
		expect(path.at(1)[0]).toBeCloseTo(to[0]);
		expect(path.at(1)[1]).toBeCloseTo(to[1]);
		const mid = path.at(0.5);
		expect(mid[1] - mid[0]).toBeCloseTo(Math.sqrt(1_000_000 * 1_000), 0);
		expect(path.duration).toBeGreaterThanOrEqual(250);
		expect(path.duration).toBeLessThanOrEqual(900);
	});

	it('a pan at the same zoom moves the centre linearly', async () => {
		const { flightPath } = await import('../../src/lib/timeline/zoom');
		const path = flightPath([0, 100], [100, 200]);
		expect(path.at(0.25)).toEqual([25, 125]);
	});

	it('ctrl + wheel zooms by the factor d3-zoom would use', async () => {
		const { wheelZoomFactor } = await import('../../src/lib/dom/gestures');
		expect(wheelZoomFactor({ deltaY: -50, deltaMode: 0 })).toBeCloseTo(2);
		expect(wheelZoomFactor({ deltaY: 50, deltaMode: 0 })).toBeCloseTo(0.5);
		expect(wheelZoomFactor({ deltaY: -1, deltaMode: 1 })).toBeCloseTo(2 ** 0.5);
	});
});
