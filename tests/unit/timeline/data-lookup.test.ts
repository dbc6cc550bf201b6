/**
 * What the page's script reads off the timeline data (timeline/data.ts): the
 * selection lookup, built once per data, and the event a compact view opens
 * on.
 */
import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { focusEventOf, lookupOf, timelineDataOf, type TimelineData } from '../../../src/lib/timeline/data';
import { eventIdForHash } from '../../../src/lib/story/selection';
import { IMPORTANCE_LEVELS } from '../../../src/lib/story/vocabulary';
import { quoteAnchor } from '../../../src/lib/literacy/anchors';
import { minimalStory } from '../../helpers/fixtures';

const story = storySchema.parse(minimalStory());
const data = timelineDataOf(buildStoryView(story, enGB), 50);
const withColumns = (change: (c: TimelineData['columns']) => void, focusWall = data.focusWall): TimelineData => {
	const columns = structuredClone(data.columns);
	change(columns);
	return { ...data, columns, focusWall };
};

describe('lookupOf', () => {
	it('finds events by id and by their quotes’ anchors, in time order', () => {
		const lookup = lookupOf(data);
		expect(lookup.ids).toEqual(data.columns.id);
		data.columns.id.forEach((id, i) => expect(lookup.indexOf.get(id)).toBe(i));
		for (const quote of story.quotes) expect(eventIdForHash(`#${quoteAnchor(quote.id)}`, lookup)).toBe(quote.event);
		expect(eventIdForHash('#nothing-here', lookup)).toBeNull();
	});

	it('is built once per data', () => {
		expect(lookupOf(data)).toBe(lookupOf(data));
		expect(lookupOf({ ...data })).not.toBe(lookupOf(data));
	});
});

describe('focusEventOf', () => {
	const key = IMPORTANCE_LEVELS.indexOf('key');
	const normal = IMPORTANCE_LEVELS.indexOf('normal');

	it('is the first key event in the focus window', () => {
		const id = focusEventOf(data)!;
		const i = data.columns.id.indexOf(id);
		expect(data.columns.importance[i]).toBe(key);
		expect(data.columns.wallEnd[i]).toBeGreaterThanOrEqual(data.focusWall[0]);
		expect(data.columns.wallStart[i]).toBeLessThanOrEqual(data.focusWall[1]);
	});

	it('else the first event in it, else the story’s first', () => {
		const noKey = withColumns((c) => c.importance.fill(normal));
		const first = noKey.columns.id.findIndex((_, i) => noKey.columns.wallEnd[i] >= noKey.focusWall[0] && noKey.columns.wallStart[i] <= noKey.focusWall[1]);
		expect(first).toBeGreaterThanOrEqual(0);
		expect(focusEventOf(noKey)).toBe(noKey.columns.id[first]);
		const before = data.columns.wallStart.reduce((a, b) => Math.min(a, b)) - 10 * 86_400_000;
		expect(focusEventOf(withColumns(() => {}, [before - 1000, before]))).toBe(data.columns.id[0]);
	});

	it('is nothing for a story without events', () => {
		expect(focusEventOf(withColumns((c) => Object.values(c).forEach((column) => column.splice(0))))).toBeNull();
	});
});
