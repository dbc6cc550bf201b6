import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, defaultStory, quiet, settled, type Site } from '../helpers/site';
import { axeSweeps } from '../helpers/sweeps/axe';

const story = defaultStory();
const slug = story.meta.slug;
const quoted = story.events.find((e) => story.quotes.some((q) => q.event === e.id))!;

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

describe('axe-core finds no violations', () => {
	axeSweeps(() => site, 'quick');
});

describe('keyboard only', () => {
	it('tabs into the timeline, arrows move the selection and the announcement, Enter reaches the event, Escape returns', async () => {
		const page = await site.open(`/${slug}`);
		let guard = 0;
		while (!(await page.evaluate(() => document.activeElement?.classList.contains('track'))) && guard++ < 60) await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('listbox');
		await page.keyboard.press('Home');
		const first = await page.locator('[data-timeline]').getAttribute('data-selected');
		expect(first).toBeTruthy();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-selected')).not.toBe(first);
		const selected = (await page.locator('[data-timeline]').getAttribute('data-selected'))!;
		const title = story.events.find((e) => e.id === selected)!.title;
		await expect.poll(() => page.locator('[data-announcer]').textContent()).toMatch(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, .+, 2 of ${story.events.length}$`));
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant'))).toBe(`mark-${selected}`);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(selected);
		await page.keyboard.press('Escape');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('track'))).toBe(true);
		await page.keyboard.press('+');
		await page.keyboard.press('-');
	});

	it('arrow keys typed in a text field elsewhere do nothing to the timeline', async () => {
		const page = await site.open(`/${slug}#${quoted.id}`);
		await settled(page);
		await page.evaluate(() => {
			const input = document.createElement('input');
			input.id = 'probe';
			document.body.prepend(input);
		});
		await page.locator('#probe').focus();
		await page.keyboard.type('abc');
		for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', '+', '-']) await page.keyboard.press(key);
		expect(await page.locator('[data-timeline]').getAttribute('data-selected')).toBe(quoted.id);
		expect(await page.locator('#probe').inputValue()).toBe('abc+-');
	});

	it('every event, quote and source link can be reached with Tab', async () => {
		const page = await site.open(`/${slug}`);
		const reachable = await page.evaluate(() => {
			const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"], select')].filter((el) => !el.closest('[inert]') && !el.hasAttribute('disabled'));
			return focusable.length;
		});
		const sourceLinks = await page.locator('.source-list a[href]').count();
		expect(sourceLinks).toBeGreaterThanOrEqual(story.sources.length);
		expect(reachable).toBeGreaterThan(story.sources.length + story.events.length);
		// Every article is a focus target for Enter from the timeline.
		expect(await page.locator('article[data-event-id][tabindex="-1"]').count()).toBe(story.events.length);
	});

	it('every control has a visible focus ring', async () => {
		const page = await site.open(`/${slug}`);
		for (const selector of ['[data-zoom="in"]', '[data-chapter]', '[data-timeline] .track', '[data-theme-toggle]', '.source-list a']) {
			const element = page.locator(selector).first();
			await element.focus();
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			const outline = await element.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
			expect(outline, selector).toMatch(/solid [2-9]/);
		}
	});
});

/** Starts recording every value the timeline's window start takes, frame by frame. */
async function recordWindowStarts(page: Page) {
	await page.evaluate(() => {
		const root = document.querySelector('[data-timeline]')!;
		(window as unknown as { windows: string[] }).windows = [];
		new MutationObserver(() => (window as unknown as { windows: string[] }).windows.push(root.getAttribute('data-window-start')!)).observe(root, {
			attributes: true,
			attributeFilter: ['data-window-start']
		});
	});
}

describe('motion', () => {
	it('with reduced motion, selecting jumps the view with no frames in between', async () => {
		const page = await site.open(`/${slug}`, { reducedMotion: 'reduce' });
		const target = story.events[0].id;
		await recordWindowStarts(page);
		await page.locator('[data-timeline] .track').focus();
		await page.keyboard.press('Home');
		await expect.poll(() => page.locator('[data-timeline]').getAttribute('data-selected')).toBe(target);
		await quiet(page);
		const windows = await page.evaluate(() => (window as unknown as { windows: string[] }).windows);
		expect(new Set(windows).size).toBe(1);
	});

	it('without the preference, the same selection animates', async () => {
		const page = await site.open(`/${slug}`);
		await recordWindowStarts(page);
		await page.locator('[data-timeline] .track').focus();
		await page.keyboard.press('Home');
		await settled(page);
		const windows = await page.evaluate(() => (window as unknown as { windows: string[] }).windows);
		expect(new Set(windows).size).toBeGreaterThan(3);
	});
});

/** WCAG relative luminance contrast of two CSS colours (rgb() as getComputedStyle gives them). */
function contrast(a: string, b: string): number {
	const lum = (css: string) => {
		const [r, g, b2] = css
			.match(/[\d.]+/g)!
			.slice(0, 3)
			.map(Number)
			.map((v) => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
	};
	const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (l1 + 0.05) / (l2 + 0.05);
}

describe('contrast of marks and focus rings (3:1) in both themes', () => {
	for (const scheme of ['light', 'dark'] as const) {
		it(scheme, async () => {
			const page = await site.open(`/${slug}`, { colorScheme: scheme });
			const colours = await page.evaluate(() => {
				const surface = getComputedStyle(document.querySelector('[data-timeline]')!).backgroundColor;
				const marks = [...document.querySelectorAll('[data-timeline] .mark .symbol')].map((el) => [el.closest('.mark')!.getAttribute('data-kind')!, getComputedStyle(el).fill]);
				const probe = document.createElement('div');
				probe.style.color = 'var(--focus)';
				document.body.append(probe);
				const focus = getComputedStyle(probe).color;
				probe.style.color = 'var(--band-line)';
				const band = getComputedStyle(probe).color;
				return { surface, marks, focus, band };
			});
			for (const [kind, fill] of colours.marks) expect(contrast(fill, colours.surface), kind).toBeGreaterThanOrEqual(3);
			expect(contrast(colours.focus, colours.surface)).toBeGreaterThanOrEqual(3);
			expect(contrast(colours.band, colours.surface)).toBeGreaterThanOrEqual(3);
		});
	}
});

describe('theme toggle', () => {
	it('switches to dark, is remembered on the next page, and can go back to the system theme', async () => {
		const page = await site.open(`/${slug}`, { colorScheme: 'light' });
		await page.locator('[data-theme-toggle]').selectOption('dark');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		await page.goto(site.server.origin + '/stories');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(background);
		await page.locator('[data-theme-toggle]').selectOption('system');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
	});
});

describe('language', () => {
	it('a German story shows German dates, month names and interface', async () => {
		const page = await site.open('/fixture-de');
		expect(await page.getAttribute('html', 'lang')).toBe('de-DE');
		expect(await page.locator('article[data-event-id="antrag"] .kicker time').textContent()).toBe('August 2024');
		expect(await page.locator('article[data-event-id="ergebnis"] .kicker time').textContent()).toBe('1. Oktober 2024, 19:42 MESZ');
		expect(await page.locator('#chronology-heading').textContent()).toBe('Chronologie');
		expect(await page.locator('[data-zoom="in"]').getAttribute('aria-label')).toBe('Vergrößern');
		await page.locator('[data-zoom="out"]').click();
		await page.locator('[data-zoom="out"]').click();
		await page.locator('[data-zoom="out"]').click();
		await page.locator('[data-zoom="out"]').click();
		await page.locator('[data-zoom="out"]').click();
		await settled(page);
		const ticks = await page.locator('[data-timeline] .axis text').allTextContents();
		expect(ticks.join(' ')).toMatch(/Okt|Sep|Aug|Okt\.|Sept\./);
	});
});
