/**
 * The axis labels the server formats for the timeline's opening window
 * (issue 18): the page starts without building an Intl.DateTimeFormat, so the
 * seed must hold every label axisTicks writes for that window at any track
 * width, and axisTicks must take every label from it when it can.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enGB } from 'date-fns/locale/en-GB';
import { axisLabelsFor, axisTicks } from '../../../src/lib/timeline/axis';
import { timeScale, TRACK_INSET } from '../../../src/lib/timeline/scale';
import { clampDomain, fullDomainOf, zoomDomain } from '../../../src/lib/timeline/zoom';
import { timelineDataOf, timelineEvents } from '../../../src/lib/timeline/data';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { defaultStory } from '../../helpers/site';
import { readJson } from '../../helpers/fixtures';

const utc = (iso: string) => Date.parse(`${iso}Z`);
/** The track's scale at a page width, as the timeline state derives it. */
const scaleAt = (domain: readonly [number, number], width: number) => timeScale(domain, [TRACK_INSET, width - TRACK_INSET]);
const spacingAt = (width: number) => (width < 600 ? 70 : 96);

describe("the opening window's axis labels, formatted once by the server", () => {
	const windows: [string, [string, string], string][] = [
		['a morning', ['2019-12-10T07:37', '2019-12-10T14:12'], 'en-GB'],
		['three days', ['2019-12-09T20:00', '2019-12-12T08:00'], 'en-GB'],
		['a year and a half', ['2019-01-03T00:00', '2020-06-20T00:00'], 'de'],
		['seven years', ['2016-02-01T00:00', '2022-11-01T00:00'], 'en-US']
	];
	for (const [name, [from, to], language] of windows) {
		const domain = [utc(from), utc(to)] as const;
		const seed = axisLabelsFor(domain, language);

		it(`${name} (${language}): hold every label axisTicks writes at any width from 240 to 1,560 px`, () => {
			const labels = new Set(Object.values(seed));
			for (let width = 240; width <= 1560; width += 7) {
				const axis = axisTicks(scaleAt(domain, width), language, spacingAt(width));
				for (const tick of axis.ticks) expect(labels.has(tick.label), `${tick.label} at ${width} px`).toBe(true);
				expect(labels.has(axis.context), `${axis.context} at ${width} px`).toBe(true);
			}
		});

		it(`${name} (${language}): are what axisTicks takes, and nothing else is formatted`, () => {
			// Marked copies: an axis built from them shows only marked labels, so every label came from the seed.
			const marked = Object.fromEntries(Object.entries(seed).map(([key, label]) => [key, `«${label}»`]));
			for (const width of [320, 700, 1094, 1400]) {
				const plain = axisTicks(scaleAt(domain, width), language, spacingAt(width));
				const known = axisTicks(scaleAt(domain, width), language, spacingAt(width), marked);
				expect(known.ticks.map((t) => t.label)).toEqual(plain.ticks.map((t) => `«${t.label}»`));
				expect(known.context).toBe(`«${plain.context}»`);
				expect(known.ticks.map((t) => [t.value, t.x, t.major])).toEqual(plain.ticks.map((t) => [t.value, t.x, t.major]));
			}
		});
	}

	it('another window is formatted as before: the seed only saves work', () => {
		const domain = [utc('2019-12-10T07:37'), utc('2019-12-10T14:12')] as const;
		const seed = axisLabelsFor(domain, 'en-GB');
		fc.assert(
			fc.property(fc.double({ min: 1 / 64, max: 64, noNaN: true }), fc.integer({ min: 240, max: 1560 }), (factor, width) => {
				const moved = zoomDomain(domain, factor, [utc('2016-01-01T00:00'), utc('2023-01-01T00:00')]);
				expect(axisTicks(scaleAt(moved, width), 'en-GB', spacingAt(width), seed)).toEqual(axisTicks(scaleAt(moved, width), 'en-GB', spacingAt(width)));
			}),
			{ numRuns: 60 }
		);
	});

	it("the timeline's data carries the labels of the window it opens on", () => {
		for (const story of [defaultStory(), readJson('tests/fixtures/stories/fixture-de.json'), readJson('tests/fixtures/stories/long-fixture.json')].map((s) => storySchema.parse(s))) {
			const data = timelineDataOf(buildStoryView(story, enGB), 50);
			const events = timelineEvents(data);
			// The timeline state's first window (StoryExplorer): the focus, inside the drawn spans.
			const opening = clampDomain(data.focusWall, fullDomainOf(events.map((e) => ({ start: e.wallStart, end: e.wallEnd }))));
			for (const width of [375, 1094]) {
				const marked = Object.fromEntries(Object.entries(data.axisLabels).map(([key, label]) => [key, `«${label}»`]));
				const axis = axisTicks(scaleAt(opening, width), story.meta.language, spacingAt(width), marked);
				for (const tick of axis.ticks) expect(tick.label, `${story.meta.slug} at ${width} px`).toMatch(/^«.*»$/);
			}
			expect(JSON.stringify(data.axisLabels).length, `${story.meta.slug}: a few hundred bytes`).toBeLessThan(3000);
		}
	});
});
