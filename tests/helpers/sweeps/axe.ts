/**
 * axe-core on every kind of page, in light and dark, as loaded and in the
 * states that show the most (a scale with an event selected, an event's
 * sources open). `npm test` runs every page in light and the richest view in
 * dark; `npm run test:full` the other dark repeats.
 */
import { expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { buildStoryView } from '../../../src/lib/story/view';
import { storySchema } from '../../../src/lib/story/schema';
import { axeViolations } from '../axe';
import { defaultStory, quiet, settled, type Site } from '../site';

const story = defaultStory();
const slug = story.meta.slug;
const quoted = story.events.find((e) => story.quotes.some((q) => q.event === e.id))!;
const pages = [`/${slug}`, `/${slug}/classroom`, `/${slug}/embed`, '/stories', '/', '/fixture-de'];

export function axeSweeps(site: () => Site, which: 'quick' | 'rest') {
	const runs = (scheme: 'light' | 'dark', view: string) => (scheme === 'light' || view === 'sources open') === (which === 'quick');
	for (const scheme of ['light', 'dark'] as const) {
		for (const path of pages) {
			if (!runs(scheme, path)) continue;
			it(`${path} in ${scheme}, as loaded`, async () => {
				const page = await site().open(path, { colorScheme: scheme, bypassCSP: true });
				expect(await axeViolations(page)).toEqual([]);
			});
		}
		for (const scale of ['sequential', 'segmented'] as const) {
			if (!runs(scheme, scale)) continue;
			it(`/${slug}?scale=${scale} in ${scheme}, with an event selected`, async () => {
				const page = await site().open(`/${slug}?scale=${scale}#${quoted.id}`, { colorScheme: scheme, bypassCSP: true });
				await page.waitForSelector(`[data-timeline][data-scale="${scale}"] ${scale === 'segmented' ? '[data-segment]' : '[data-gap]'}`);
				await settled(page);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
		if (!runs(scheme, 'sources open')) continue;
		it(`/${slug} in ${scheme}, with an event selected and its sources open`, async () => {
			const page = await site().open(`/${slug}#${quoted.id}`, { colorScheme: scheme, bypassCSP: true });
			await settled(page);
			await page.locator(`article[data-event-id="${quoted.id}"] > .text [data-how-we-know] summary`).click();
			await page.locator('[data-timeline] .legend summary').click();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

/** The embed, as loaded and compact, and the Embed dialog open: light in `npm test`, dark in `npm run test:full`. */
export function embedAxeSweeps(site: () => Site, which: 'quick' | 'rest') {
	const scheme = which === 'quick' ? 'light' : 'dark';
	const second = buildStoryView(storySchema.parse(story), enGB).events[1].event.id;
	for (const path of [`/${slug}/embed`, `/${slug}/embed?compact&plain&start=${second}`]) {
		it(`${path} in ${scheme}`, async () => {
			// bypassCSP: axe is injected as an inline script, which the site's CSP rightly refuses.
			const page = await site().open(path, { colorScheme: scheme, bypassCSP: true });
			await quiet(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
	it(`the Embed dialog, open, in ${scheme}`, async () => {
		const page = await site().open(`/${slug}`, { colorScheme: scheme, bypassCSP: true });
		await page.locator('[data-embed-open]').click();
		await page.locator('[data-embed-option="full"]').check();
		expect(await axeViolations(page)).toEqual([]);
		expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
	});
}
