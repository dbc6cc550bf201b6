import { describe, expect, it } from 'vitest';
import { generateStory } from '../../bench/generate';
import { validateStory } from '../../src/lib/story/validate';
import { parseLocalDate } from '../../src/lib/time/local-date';
import type { StoryInput } from '../../src/lib/story/schema';

function precisionCounts(story: StoryInput): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const event of story.events) {
		const key = typeof event.when === 'string' ? parseLocalDate(event.when)!.precision : 'range';
		counts[key] = (counts[key] ?? 0) + 1;
	}
	return counts;
}

describe('generateStory', () => {
	for (const events of [10, 1000]) {
		it(`makes a valid story without warnings at N = ${events}`, () => {
			const story = generateStory({ events, seed: 7, slug: `bench-${events}` });
			const result = validateStory(story, { fileSlug: `bench-${events}` });
			expect(result.ok ? [] : result.errors).toEqual([]);
			expect(result.warnings).toEqual([]);
			expect(story.events).toHaveLength(events);
			expect(story.events.every((e) => e.sources.length > 0)).toBe(true);
			expect(story.meta.draft).toBeUndefined();
		});
	}

	it('is deterministic per seed, and the seed matters', () => {
		const a = JSON.stringify(generateStory({ events: 300, seed: 42 }));
		const b = JSON.stringify(generateStory({ events: 300, seed: 42 }));
		const c = JSON.stringify(generateStory({ events: 300, seed: 43 }));
		expect(a).toBe(b);
		expect(c).not.toBe(a);
	});

	it('defaults the slug to bench-N', () => {
		expect(generateStory({ events: 5 }).meta.slug).toBe('bench-5');
	});

	it('mixes precisions: mostly minutes, some days and months, a few ranges', () => {
		const story = generateStory({ events: 1000, seed: 3 });
		const counts = precisionCounts(story);
		expect(counts.minute).toBeGreaterThan(500);
		expect(counts.day).toBeGreaterThan(50);
		expect(counts.hour).toBeGreaterThan(20);
		expect(counts.month).toBeGreaterThan(20);
		expect(counts.range).toBeGreaterThan(10);
		expect(counts.range).toBeLessThan(counts.day);
		const small = precisionCounts(generateStory({ events: 10, seed: 3 }));
		expect(Object.keys(small).length).toBeGreaterThanOrEqual(4);
	});

	it('clusters minute events into bursts, and focuses on the busiest day', () => {
		const story = generateStory({ events: 1000, seed: 5 });
		const perDay = new Map<string, number>();
		for (const e of story.events) if (typeof e.when === 'string' && e.when.length === 16) perDay.set(e.when.slice(0, 10), (perDay.get(e.when.slice(0, 10)) ?? 0) + 1);
		const busiest = [...perDay.entries()].sort((a, b) => b[1] - a[1])[0];
		expect(busiest[1]).toBeGreaterThan(30);
		expect(perDay.size).toBeLessThan(100);
		expect(story.meta.focus.from.slice(0, 10)).toBe(busiest[0]);
		expect(story.meta.focus.to.slice(0, 10)).toBe(busiest[0]);
	});

	it('spans about two years in quarterly chapters, with ~1 quote per 3 events and a pool of sources', () => {
		const story = generateStory({ events: 1000, seed: 11 });
		expect(story.chapters.map((c) => c.id)).toEqual(['q1-2023', 'q2-2023', 'q3-2023', 'q4-2023', 'q1-2024', 'q2-2024', 'q3-2024', 'q4-2024']);
		const years = new Set(story.events.map((e) => (typeof e.when === 'string' ? e.when : e.when.from).slice(0, 4)));
		expect([...years].sort()).toEqual(['2023', '2024']);
		const quotes = story.quotes ?? [];
		expect(quotes.length).toBeGreaterThan(250);
		expect(quotes.length).toBeLessThan(420);
		expect(story.sources.length).toBeGreaterThan(100);
		expect(story.sources.length).toBeLessThan(story.events.length);
		const cited = new Set(story.events.flatMap((e) => e.sources));
		expect(cited.size).toBe(story.sources.length);
	});
});
