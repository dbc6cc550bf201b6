/**
 * The track views the server saves for the island's first render
 * (timeline/first-view.ts, state/first-views.ts): a view read back from JSON
 * is the view the browser would compute from the same inputs, and any other
 * input finds none.
 */
import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { timelineDataOf, timelineEvents } from '../../../src/lib/timeline/data';
import { indexSpans } from '../../../src/lib/timeline/visible';
import { trackView } from '../../../src/lib/timeline/track';
import { timeScale } from '../../../src/lib/timeline/scale';
import { clampDomain, fullDomainOf, zoomDomain, type Domain } from '../../../src/lib/timeline/zoom';
import { estimateTextWidth } from '../../../src/lib/timeline/layout';
import { restoreView, saveView, viewKey, type ViewInputs } from '../../../src/lib/timeline/first-view';
import { readFirstViews, recordFirstViews } from '../../../src/lib/state/first-views';
import { generateStory } from '../../../bench/generate';
import { readJson } from '../../helpers/fixtures';
import { defaultStory } from '../../helpers/site';

function prepare(input: unknown) {
	const data = timelineDataOf(buildStoryView(storySchema.parse(input), enGB), 50);
	const events = timelineEvents(data);
	const full = fullDomainOf(events.map((e) => ({ start: e.wallStart, end: e.wallEnd })));
	const index = indexSpans(events.map((e) => ({ start: e.wallStart, end: e.wallEnd })));
	const opening = clampDomain(data.focusWall, full);
	const inputs = (window: Domain, width = 1094): ViewInputs => ({ scale: 'chronological', window, width, origin: full[0], rows: 6, expanded: false, selectedId: null, focusIds: new Set() });
	const compute = (at: ViewInputs) =>
		trackView({
			events,
			index,
			scale: timeScale(at.window, [0, at.width]),
			width: at.width,
			rows: at.rows,
			measure: estimateTextWidth,
			origin: at.origin,
			expanded: at.expanded,
			selectedId: at.selectedId,
			focusIds: at.focusIds
		});
	return { events, full, opening, inputs, compute };
}

const stories = [
	['the shipped story', defaultStory()],
	['a German fixture', readJson('tests/fixtures/stories/fixture-de.json')],
	['1,000 generated events', generateStory({ events: 1000, seed: 3 })]
] as const;

describe('a saved view', () => {
	for (const [name, input] of stories) {
		it(`${name}: read back from JSON, it is the view computed from the same inputs, at several windows and widths`, () => {
			const { events, full, opening, inputs, compute } = prepare(input);
			for (const at of [inputs(opening), inputs(opening, 650), inputs(zoomDomain(opening, 1 / 4, full), 343)]) {
				const view = compute(at);
				expect(view.visible.length).toBeGreaterThan(0);
				const shipped = JSON.parse(JSON.stringify({ [viewKey(at)]: saveView(view, events) }));
				// The browser's inputs come from the island's props, parsed from JSON too: the same key.
				const again: ViewInputs = { ...at, window: JSON.parse(JSON.stringify(at.window)) };
				const restored = restoreView(shipped[viewKey(again)], events);
				expect(restored).toBeDefined();
				// The very events of the island (not copies), and the same layout.
				expect(restored!.visible.every((event, i) => event === view.visible[i])).toBe(true);
				expect(restored!.layout).toEqual(view.layout);
			}
		});
	}

	it('any other input has another key', () => {
		const { opening, inputs } = prepare(defaultStory());
		const base = inputs(opening);
		const others: ViewInputs[] = [
			{ ...base, width: 1093 },
			{ ...base, window: [opening[0], opening[1] + 1] },
			{ ...base, window: [opening[0] - 1, opening[1]] },
			{ ...base, origin: base.origin + 1 },
			{ ...base, rows: 5 },
			{ ...base, expanded: true },
			{ ...base, selectedId: 'some-event' },
			{ ...base, focusIds: new Set(['some-event']) },
			{ ...base, scale: 'sequential' }
		];
		const keys = new Set([viewKey(base), ...others.map(viewKey)]);
		expect(keys.size).toBe(others.length + 1);
		// The order of a chapter's ids does not matter.
		expect(viewKey({ ...base, focusIds: new Set(['a', 'b']) })).toBe(viewKey({ ...base, focusIds: new Set(['b', 'a']) }));
	});

	it('naming an event the island does not have, it is not used', () => {
		const { events, opening, inputs, compute } = prepare(defaultStory());
		const saved = saveView(compute(inputs(opening)), events);
		expect(restoreView({ ...saved, visible: [...saved.visible, events.length] }, events)).toBeUndefined();
		expect(restoreView(saved, events.slice(0, Math.max(...saved.visible)))).toBeUndefined();
	});
});

describe('the island context', () => {
	it('the server records the first view computed under each key; the browser reads them back and records nothing', () => {
		const { events, full, opening, inputs, compute } = prepare(defaultStory());
		const recorder = recordFirstViews();
		const key = viewKey(inputs(opening));
		const first = compute(inputs(opening));
		recorder.put(key, first, events);
		recorder.put(key, compute(inputs(zoomDomain(opening, 2, full))), events);
		expect(recorder.get(key, events)).toBeUndefined();
		expect(Object.keys(recorder.saved)).toEqual([key]);
		expect(recorder.saved[key]).toEqual(saveView(first, events));

		const reader = readFirstViews(JSON.parse(JSON.stringify(recorder.saved)));
		expect(reader.get(key, events)?.layout).toEqual(first.layout);
		expect(reader.get(viewKey(inputs(opening, 700)), events)).toBeUndefined();
		// A key that is a property of every object is not a saved view.
		expect(reader.get('toString', events)).toBeUndefined();
		reader.put(viewKey(inputs(opening, 700)), first, events);
		expect(reader.get(viewKey(inputs(opening, 700)), events)).toBeUndefined();
	});
});
