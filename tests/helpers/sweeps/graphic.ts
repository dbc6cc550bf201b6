/**
 * The timeline graphic measured in a real browser, one story at one width: in
 * the opening view, after two zoom steps in and four out, and in each chapter,
 * with and without a selection, the properties of tests/helpers/geometry.ts.
 */
import { expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { buildStoryView } from '../../../src/lib/story/view';
import { measure, problems } from '../geometry';
import { settled, type Site } from '../site';
import { SWEEP_TIMEOUT, sweepCases } from './cases';

export function graphicSweeps(site: () => Site, which: 'quick' | 'rest') {
	for (const { name, story, width } of sweepCases(which)) {
		const view = buildStoryView(story, enGB);
		const spans = new Map(view.events.map((e) => [e.event.id, [e.drawStart, e.drawEnd] as [number, number]]));
		const key = view.events.find((e) => e.event.importance === 'key')!.event.id;
		it(
			`${name} story at ${width} px: opening, zoom steps and every chapter, with and without a selection`,
			async () => {
				const views: string[] = [];
				const found: string[] = [];
				for (const hash of ['', `#${key}`]) {
					const page = await site().open(`/${story.meta.slug}${hash}`, { viewport: { width, height: 900 }, reducedMotion: 'reduce' });
					const check = async (label: string) => {
						await settled(page);
						views.push(label);
						for (const problem of problems(await measure(page), story, spans)) found.push(`${label}${hash}: ${problem}`);
					};
					await check('opening');
					for (const [direction, steps] of [
						['in', 2],
						['out', 4]
					] as const) {
						for (let i = 1; i <= steps; i++) {
							await page.locator(`[data-zoom="${direction}"]`).click();
							await check(`zoom ${direction} ${i}`);
						}
						await page.locator('[data-zoom="reset"]').click();
					}
					for (const chapter of story.chapters) {
						await page.locator(`[data-chapter="${chapter.id}"]`).click();
						await check(`chapter ${chapter.id}`);
						expect(await page.locator(`[data-chapter="${chapter.id}"]`).getAttribute('aria-pressed')).toBe('true');
					}
					await page.context().close();
				}
				expect(found).toEqual([]);
				expect(views.length).toBe(2 * (1 + 6 + story.chapters.length));
			},
			SWEEP_TIMEOUT
		);
	}
}
