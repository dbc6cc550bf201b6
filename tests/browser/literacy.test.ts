import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startSite, defaultStory, type Site } from '../helpers/site';
import { storySchema } from '../../src/lib/story/schema';
import { splitCitations } from '../../src/lib/literacy/citations';
import { firstnessOf } from '../../src/lib/literacy/provenance';

const story = storySchema.parse(defaultStory());
const slug = story.meta.slug;
const quoteWithManySources = [...story.quotes].sort((a, b) => b.sources.length - a.sources.length)[0];
const framingEvent = Object.entries(story.framings.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f.event]: (acc[f.event] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1])[0];

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

describe('how do we know', () => {
	it('a quote card lists its sources with their kinds and marks what it rests on', async () => {
		const page = await site.open(`/${slug}`);
		const card = page.locator(`figure[data-quote-id="${quoteWithManySources.id}"]`);
		await card.locator('[data-how-we-know] summary').click();
		const items = card.locator('[data-how-we-know] li[data-source-id]');
		expect(await items.count()).toBe(quoteWithManySources.sources.length);
		for (const sourceId of quoteWithManySources.sources) {
			const source = story.sources.find((s) => s.id === sourceId)!;
			const item = card.locator(`[data-how-we-know] li[data-source-id="${sourceId}"]`);
			expect(await item.getAttribute('data-source-kind')).toBe(source.kind);
			expect(await item.locator('a').first().getAttribute('href')).toBe(source.url);
			expect(await item.isVisible()).toBe(true);
			expect(await item.getAttribute('data-role')).toBe(source.basedOn?.length ? 're-report' : 'original');
		}
		expect(await card.locator('[data-evidence]').first().isVisible()).toBe(true);
	});

	it('every event and quote has the panel', async () => {
		const page = await site.open(`/${slug}`);
		expect(await page.locator('article[data-event-id] > .text [data-how-we-know]').count()).toBe(story.events.length);
		expect(await page.locator('figure[data-quote-card] [data-how-we-know]').count()).toBe(story.quotes.length);
	});

	it('shows how the recording reached the public: first publication, re-reports, responses', async () => {
		const page = await site.open(`/${slug}`);
		const chains = page.locator('[data-chain]');
		expect(await chains.count()).toBeGreaterThan(0);
		const chain = chains.first();
		await chain.locator('summary').click();
		expect(await chain.locator('[data-step="first"] li').count()).toBeGreaterThan(0);
		expect(await chain.locator('[data-step="re-reported"] li').count()).toBeGreaterThan(0);
	});

	it('lists the open questions on their events and in a section', async () => {
		const page = await site.open(`/${slug}`);
		expect(await page.locator('[data-unknowns] article[data-unknown-id]').count()).toBe(story.unknowns.length);
		const first = story.unknowns[0];
		expect(await page.locator(`article[data-event-id="${first.events[0]}"] details[data-unknown-id="${first.id}"]`).count()).toBe(1);
	});
});

describe('framing comparison', () => {
	it(`shows the ${framingEvent[1]} headlines of the most-framed moment side by side, and hides every outlet name on request`, async () => {
		const page = await site.open(`/${slug}`);
		const section = page.locator('[data-framings]');
		expect(await section.locator('[data-framing-id]').count()).toBe(story.framings.length);
		expect(await section.locator(`#framing-${framingEvent[0]} ~ ul [data-framing-id]`).count()).toBe(framingEvent[1]);
		expect(story.framings.length).toBeGreaterThanOrEqual(8);
		const outlets = [...new Set(story.framings.map((f) => f.outlet))];
		await section.locator('[data-hide-outlets]').check();
		expect(await section.locator('[data-hide-outlets]').isChecked()).toBe(true);
		const text = (await section.innerText()).toLowerCase();
		for (const outlet of outlets) expect(text, outlet).not.toContain(outlet.toLowerCase());
		expect(await section.locator('[data-framing-id] a:visible').count()).toBe(0);
		await section.locator('[data-hide-outlets]').uncheck();
		expect(await section.innerText()).toContain(outlets[0]);
	});
});

describe('classroom mode', () => {
	it('shows SIFT prompts on events, discussion questions from the data, and prints a clean worksheet', async () => {
		const page = await site.open(`/${slug}/classroom`);
		const moments = page.locator('[data-classroom] .moment');
		expect(await moments.count()).toBeGreaterThanOrEqual(story.events.filter((e) => e.importance === 'key').length);
		for (const move of ['stop', 'investigate', 'find']) expect(await moments.first().locator(`[data-move="${move}"]`).count()).toBe(1);
		expect(await page.locator('[data-move="trace"]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-questions] li').count()).toBe(story.teaching?.questions?.length ?? 0);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-nav').isVisible()).toBe(false);
		expect(await page.locator('.name-line').isVisible()).toBe(true);
		expect(await page.locator('.answer').first().isVisible()).toBe(true);
	});
});

describe('print', () => {
	it('the story page prints as a chronology with numbered footnotes and the source list, without controls', async () => {
		const page = await site.open(`/${slug}`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('[data-timeline]').isVisible()).toBe(false);
		expect(await page.locator('button:visible').count()).toBe(0);
		const firstFootnote = page.locator('article[data-event-id] .footnotes').first();
		expect(await firstFootnote.isVisible()).toBe(true);
		expect(await firstFootnote.innerText()).toMatch(/^(\[\d+\])+$/);
		expect(await page.locator('.source-list li').count()).toBe(story.sources.length);
		// The printed PDF itself is read in tests/full/print.test.ts.
	});
});

describe('downloads', () => {
	it('story.json is the validated story; the CSVs parse and match it', async () => {
		const page = await site.open(`/${slug}`);
		const hrefs = await page.locator('[data-download]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs).toHaveLength(4);
		const fetchText = async (href: string) => (await page.request.get(href)).text();
		expect(JSON.parse(await fetchText(hrefs[0]))).toEqual(JSON.parse(JSON.stringify(story)));
		const events = parse(await fetchText(hrefs[1]), { columns: true }) as Record<string, string>[];
		expect(events.map((e) => e.id).sort()).toEqual(story.events.map((e) => e.id).sort());
		const quotes = parse(await fetchText(hrefs[2]), { columns: true }) as Record<string, string>[];
		expect(quotes.map((q) => q.id)).toEqual(story.quotes.map((q) => q.id));
		for (const row of quotes) {
			const text = story.quotes.find((q) => q.id === row.id)!.text;
			expect(row.text.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(text);
		}
		const sources = parse(await fetchText(hrefs[3]), { columns: true }) as Record<string, string>[];
		expect(sources.map((s) => s.url)).toEqual(story.sources.map((s) => s.url));
	});

	it('JSON-LD in the head parses and lists every event', async () => {
		const page = await site.open(`/${slug}`);
		const json = await page.locator('head script[type="application/ld+json"]').textContent();
		const data = JSON.parse(json!);
		expect(data['@type']).toBe('ItemList');
		expect(data.itemListElement).toHaveLength(story.events.length);
	});
});

describe('citations, missing titles and which source came first', () => {
	const isSource = (id: string) => story.sources.some((s) => s.id === id);
	const citing = story.sources.find((s) => splitCitations(s.reliability, isSource).some((p) => p.kind === 'cite'))!;
	const cited = (splitCitations(citing.reliability, isSource).find((p) => p.kind === 'cite') as { source: string }).source;
	const number = (id: string) => story.sources.findIndex((s) => s.id === id) + 1;

	it(`a citation in a note is the source's number in the list, linking to its entry (${citing.id} cites ${cited})`, async () => {
		const page = await site.open(`/${slug}`);
		const mark = page.locator(`.source-list li#source-${citing.id} .reliability a.citation`).first();
		expect(await mark.textContent()).toBe(`[${number(cited)}]`);
		expect(await mark.getAttribute('href')).toBe(`#source-${cited}`);
		expect(await mark.getAttribute('aria-label')).toBe(`Source ${number(cited)}: ${story.sources.find((s) => s.id === cited)!.outlet}`);
		expect(await page.locator(`.source-list li#source-${cited}`).getAttribute('value')).toBe(String(number(cited)));
		expect(await page.locator(`.source-list li#source-${citing.id} .reliability`).textContent()).not.toContain(`(${cited})`);
	});

	it('a source whose title was not recorded is named by its outlet, with the address words only in small print', async () => {
		const slugged = story.sources.find((s) => s.headlineIs === 'url-slug')!;
		const page = await site.open(`/${slug}`);
		const item = page.locator(`.source-list li#source-${slugged.id}`);
		await item.scrollIntoViewIfNeeded();
		expect(await item.locator('[data-source-name]').textContent()).toBe(slugged.outlet);
		const note = await item.locator('[data-headline-note]').innerText();
		expect(note).toContain('headline not recorded');
		expect(note).toContain(slugged.headline!);
		const framing = story.framings.find((f) => f.headlineIs === 'url-slug');
		if (framing) {
			const card = page.locator(`[data-framing-id="${framing.id}"]`);
			await card.scrollIntoViewIfNeeded();
			expect(await card.locator('blockquote.headline').count()).toBe(0);
			expect(await card.locator('[data-headline-note]').innerText()).toContain('headline not recorded');
		}
	});

	it('"First published" only when the dates show it; "Among the first" when they cannot tell', async () => {
		const originals = (ids: string[]) => [...new Set(ids)].map((id) => story.sources.find((s) => s.id === id)!).filter((s) => !s.basedOn?.length);
		const event = story.events.find((e) => [...firstnessOf(originals(e.sources), story.meta.timeZone).values()].includes('among-first'))!;
		const expected = firstnessOf(originals(event.sources), story.meta.timeZone);
		const page = await site.open(`/${slug}`);
		const panel = page.locator(`article[data-event-id="${event.id}"] > .text [data-how-we-know]`);
		await panel.locator('summary').click();
		for (const [id, first] of expected) expect(await panel.locator(`li[data-source-id="${id}"] [data-first]`).getAttribute('data-first')).toBe(first);
		expect(await panel.locator('[data-first="among-first"]').first().innerText()).toBe('Among the first');
		expect(await panel.locator('[data-first="first"]').count()).toBe(0);
	});
});

describe('canonical links', () => {
	const canonical = async (path: string) => {
		const html = await (await fetch(site.server.origin + path)).text();
		return [...html.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]);
	};

	it('/, the story page and its embed name the story page; a page of a long chronology names itself', async () => {
		expect(await canonical('/')).toEqual([`/${slug}`]);
		expect(await canonical(`/${slug}`)).toEqual([`/${slug}`]);
		expect(await canonical(`/${slug}/embed`)).toEqual([`/${slug}`]);
		expect(await canonical('/long-fixture/page/2')).toEqual(['/long-fixture/page/2']);
	});
});
