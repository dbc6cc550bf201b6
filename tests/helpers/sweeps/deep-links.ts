/**
 * Deep links into the shipped story's static body, which is laid out only
 * where it is seen while the page loads (content-visibility): each lands
 * where it lands without that, and stays there once the page has loaded.
 * `npm test` opens a sample of the targets at 1280 px; `npm run test:full`
 * the others, and every target at 375 px.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storySchema } from '../../../src/lib/story/schema';
import { defaultStory, quiet, type Site } from '../site';
import { SWEEP_TIMEOUT } from './cases';

const story = storySchema.parse(defaultStory());

/** Undoes the deferral the moment the island sets it: the page as it was before content-visibility. */
const NOT_DEFERRED = `new MutationObserver(() => document.documentElement.removeAttribute('data-body-deferred')).observe(document.documentElement, { attributes: true, attributeFilter: ['data-body-deferred'] });`;

const topOf = (page: Page, id: string) => page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);

const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 375, height: 812 }
];

/** Events early, middle and late on the first page of the chronology, sources early and late in the list, and the open questions. */
function targets(): string[] {
	const ids = story.events.slice(0, 50).map((e) => e.id);
	return [ids[1], ids[12], ids[30], ids[45], `source-${story.sources[3].id}`, `source-${story.sources[story.sources.length - 5].id}`, 'unknowns-heading'];
}

const QUICK = new Set([0, 3, 6]);

export function deepLinkSweeps(site: () => Site, which: 'quick' | 'rest') {
	for (const viewport of VIEWPORTS) {
		const chosen = targets().filter((_, i) => (viewport.width === 1280 && QUICK.has(i)) === (which === 'quick'));
		if (chosen.length === 0) continue;
		it(
			`deep links land where they do without content-visibility, and stay there (${viewport.width} px: ${chosen.length} targets)`,
			async () => {
				for (const id of chosen) {
					const landed: number[][] = [];
					for (const init of [[NOT_DEFERRED], []]) {
						const context = await site().browser.newContext({ viewport, reducedMotion: 'reduce' });
						for (const script of init) await context.addInitScript(script);
						const page = await context.newPage();
						await page.goto(`${site().server.origin}/${story.meta.slug}#${encodeURIComponent(id)}`);
						await page.waitForSelector('[data-timeline][data-ready="true"]');
						await page.waitForLoadState('load');
						const first = await topOf(page, id);
						await quiet(page);
						landed.push([first, await topOf(page, id), await page.evaluate(() => Math.round(scrollY))]);
						await context.close();
					}
					const [reference, deferred] = landed;
					expect(Math.abs(deferred[1] - reference[1]), `${id}: lands at ${deferred[1]} px, ${reference[1]} px without content-visibility`).toBeLessThanOrEqual(2);
					expect(Math.abs(deferred[1] - deferred[0]), `${id}: moved from ${deferred[0]} to ${deferred[1]} px after load`).toBeLessThanOrEqual(2);
					expect(deferred[1], `${id} is on screen`).toBeLessThan(viewport.height);
					expect(deferred[1]).toBeGreaterThanOrEqual(0);
				}
			},
			SWEEP_TIMEOUT
		);
	}
}
