/**
 * A big spreadsheet imports in linear time (a timing, so it runs in
 * `npm run test:full`, alone, never among the unit tests of `npm test`). Every row cites a different page
 * on one host and quotes one of a few hundred speakers, the shape that once
 * made id numbering quadratic (20,000 rows took half a minute, 100,000 never
 * finished).
 */
import { describe, expect, it } from 'vitest';
import { importPlainCsv } from '../../src/lib/import/plain-csv';
import { spreadsheet } from '../helpers/spreadsheet';

const options = { slug: 'scale', timeZone: 'UTC', today: '2024-05-01' };

function timedImport(rows: number) {
	const csv = spreadsheet(rows);
	const start = performance.now();
	const result = importPlainCsv(csv, options);
	return { ms: performance.now() - start, ...result };
}

function expectUnique(ids: string[]) {
	expect(new Set(ids).size).toBe(ids.length);
}

describe('importing a big plain CSV', () => {
	it('takes about ten times as long for ten times the rows, with unique ids', () => {
		timedImport(2_000); // warm-up: the first run also compiles
		const small = timedImport(2_000);
		const large = timedImport(20_000);
		console.info(`plain CSV import: 2,000 rows in ${Math.round(small.ms)} ms, 20,000 rows in ${Math.round(large.ms)} ms`);

		const { story } = large;
		expect(story.events).toHaveLength(20_000);
		expect(story.sources).toHaveLength(20_000);
		expect(story.quotes).toHaveLength(20_000);
		expect(story.actors).toHaveLength(300);
		for (const ids of [story.events, story.sources, story.quotes, story.actors].map((items) => items.map((item) => item.id))) expectUnique(ids);
		// Numbered exactly as before: counting up from 2 per base.
		expect(story.sources.slice(0, 3).map((s) => s.id)).toEqual(['localnews-example', 'localnews-example-2', 'localnews-example-3']);
		expect(story.sources.at(-1)?.id).toBe('localnews-example-20000');
		expect(story.events.slice(49, 52).map((e) => e.id)).toEqual(['council-vote-49', 'council-vote-0-2', 'council-vote-1-2']);

		// Linear would be 10; quadratic was 100 and more. The margin is for a busy machine.
		expect(large.ms / small.ms).toBeLessThanOrEqual(15);
	}, 120_000);
});
