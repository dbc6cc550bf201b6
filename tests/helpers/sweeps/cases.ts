/**
 * The exhaustive sweeps (every story × width of a property) are split in two:
 * `npm test` measures a sample that covers each story and the narrowest and
 * widest screens, `npm run test:full` (tests/full) the other combinations, so
 * the two runs together measure every one, once.
 */
import { storySchema, type Story } from '../../../src/lib/story/schema';
import { readJson } from '../fixtures';
import { defaultStory } from '../site';

export const SWEEP_WIDTHS = [375, 700, 1280] as const;

/** A sweep opens a page twice and measures some thirty views: minutes on a busy 2-core machine, where a page load alone can take seconds. */
export const SWEEP_TIMEOUT = 240_000;

export type SweepStory = 'shipped' | 'fixture';

/** The shipped story and a fixture of another shape (one busy afternoon of events known only to the day, then weeks of tail). */
export function sweepStories(): [SweepStory, Story][] {
	return [
		['shipped', storySchema.parse(defaultStory())],
		['fixture', storySchema.parse(readJson('tests/fixtures/stories/bridge-fixture.json'))]
	];
}

const QUICK = new Set(['shipped@375', 'fixture@1280']);

/** The combinations `npm test` measures ('quick') or that only `npm run test:full` does ('rest'). */
export function sweepCases(which: 'quick' | 'rest'): { name: SweepStory; story: Story; width: number }[] {
	return sweepStories()
		.flatMap(([name, story]) => SWEEP_WIDTHS.map((width) => ({ name, story, width })))
		.filter(({ name, width }) => QUICK.has(`${name}@${width}`) === (which === 'quick'));
}
