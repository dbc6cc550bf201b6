import { describe, expect, it } from 'vitest';
import { basename } from 'node:path';
import { readJson, storyFiles } from '../helpers/fixtures';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { BUILD_DIR, escapeHtml, pageHtml, THEME_BOOT_SCRIPT, withoutThemeBoot } from '../helpers/build';
import { inlineCode } from '../../scripts/lib/inline-code';
import type { Story } from '../../src/lib/story/schema';

const ARTICLE = /<article[^>]*? id="([^"]+)" data-event-id="([^"]+)"[\s\S]*?<\/article>/g;
const articleIds = (html: string) => [...html.matchAll(ARTICLE)].map((m) => m[1]);

/** The static HTML alone, as a reader without JavaScript gets it. */
describe('prerendered story pages', () => {
	for (const file of storyFiles()) {
		const story = readJson<Story>(file);
		const slug = basename(file, '.json');

		describe(slug, () => {
			const html = pageHtml(slug);
			const articles = [...html.matchAll(ARTICLE)];

			it('has one article per event, with matching id and data-event-id', () => {
				expect(articles.map((m) => m[1]).sort()).toEqual(story.events.map((e) => e.id).sort());
				for (const [, id, dataId] of articles) expect(dataId).toBe(id);
			});

			it('shows every event title, and a <time datetime> in each article', () => {
				for (const [article, id] of articles) {
					const event = story.events.find((e) => e.id === id)!;
					expect(article).toContain(escapeHtml(event.title));
					expect(article).toMatch(/<time datetime="\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?)?)?"/);
				}
			});

			it('shows every quote in a blockquote with its id', () => {
				for (const quote of story.quotes) {
					const block = new RegExp(`<blockquote data-quote-id="${quote.id}" data-event-id="${quote.event}"[^>]*>\\s*<p[^>]*>([\\s\\S]*?)</p>`).exec(html);
					expect(block, quote.id).not.toBeNull();
					expect(block![1]).toBe(escapeHtml(quote.text));
				}
			});

			it('links every source that has an address', () => {
				for (const source of story.sources) if (source.url) expect(html).toContain(`href="${escapeHtml(source.url).replace(/"/g, '&quot;')}"`);
			});

			it('sets the language, title, description and Open Graph tags', () => {
				expect(html).toMatch(new RegExp(`<html lang="${story.meta.language}">`));
				expect(html).toContain(`<title>${escapeHtml(story.meta.title)}`);
				expect(html).toContain(`<meta property="og:title" content="${escapeHtml(story.meta.title).replace(/"/g, '&quot;')}"`);
				expect(html).toMatch(/<meta name="description" content="[^"]+"/);
			});

			it('never renders a day-precision date as midnight', () => {
				const times = [...html.matchAll(/<time datetime="([^"]+)" data-precision="(day|month|year)">([^<]*)<\/time>/g)];
				expect(times.length).toBeGreaterThan(0);
				for (const [, datetime, , text] of times) {
					expect(datetime).not.toContain('T');
					expect(text).not.toMatch(/\d{1,2}:\d{2}/);
				}
			});
		});
	}
});

describe('a story longer than one page of chronology (fixture, 130 events)', () => {
	const story = readJson<Story>('tests/fixtures/stories/long-fixture.json');
	const pages = [pageHtml('long-fixture'), pageHtml('long-fixture/page/2'), pageHtml('long-fixture/page/3')];

	it('lists every event exactly once across its pages, 50 to a page, in time order', () => {
		const ids = pages.map(articleIds);
		expect(ids.map((list) => list.length)).toEqual([50, 50, 30]);
		expect(ids.flat().sort()).toEqual(story.events.map((e) => e.id).sort());
		expect(new Set(ids.flat()).size).toBe(story.events.length);
	});

	it('links each page to the others without JavaScript, and marks the current one', () => {
		expect(pages[0]).toContain('href="/long-fixture/page/2"');
		expect(pages[1]).toMatch(/href="\/long-fixture"[^>]*rel="prev"/);
		expect(pages[1]).toMatch(/href="\/long-fixture\/page\/3"[^>]*rel="next"/);
		expect(pages[2]).toMatch(/href="\/long-fixture\/page\/3" aria-current="page"/);
		expect(pages[2]).not.toContain('rel="next"');
	});

	it('serves each page of the chronology as a fragment with the same events, for the enhanced page to swap in', () => {
		for (const [index, html] of pages.entries()) {
			const fragment = readFileSync(`${BUILD_DIR}/long-fixture/chronology/${index + 1}.html`, 'utf8');
			expect(articleIds(fragment)).toEqual(articleIds(html));
			expect(fragment).toContain(`data-page="${index + 1}"`);
			expect(fragment).not.toContain('<html');
		}
	});

	it('plain pages carry no script at all, and offer the interactive timeline at their first event', () => {
		const scripts = [...withoutThemeBoot(pages[1]).matchAll(/<script[^>]*>/g)].map((m) => m[0]);
		expect(scripts.filter((tag) => tag !== '<script type="application/ld+json">')).toEqual([]);
		expect(pages[1]).toContain(`href="/long-fixture#${articleIds(pages[1])[0]}"`);
	});
});

describe('the site', () => {
	it('/ shows the default story and links to /stories', () => {
		const { defaultStory } = readJson<{ defaultStory: string }>('data/site.json');
		const title = readJson<Story>(`data/stories/${defaultStory}.json`).meta.title;
		const html = pageHtml('');
		expect(html).toContain(escapeHtml(title));
		expect(html).toContain('href="/stories"');
	});

	it('/stories lists every story with its event count', () => {
		const html = pageHtml('stories');
		for (const file of storyFiles()) {
			const story = readJson<Story>(file);
			expect(html).toContain(`href="/${story.meta.slug}"`);
			expect(html).toMatch(new RegExp(`data-story-slug="${story.meta.slug}"[\\s\\S]*?${story.events.length} `));
		}
	});

	it('no page runs SvelteKit\'s client or ships page data: story pages and the editor run their island, the index and classroom only the theme control', () => {
		const files = readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' });
		expect(files.filter((file) => file.endsWith('__data.json'))).toEqual([]);
		const pages = files.filter((file) => file.endsWith('.html') && !file.includes('chronology/'));
		expect(pages.length).toBeGreaterThan(10);
		const scriptsOf = (html: string) => [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]).filter((attributes) => !/application\/(ld\+)?json/.test(attributes));
		for (const file of pages) {
			// Besides the theme script every page carries in its head.
			const html = withoutThemeBoot(readFileSync(`${BUILD_DIR}/${file}`, 'utf8'), file);
			expect(/rel="modulepreload"|_app\/immutable\/[^"]*\.js/.test(html), file).toBe(false);
			const scripts = scriptsOf(html);
			if (/(^|\/)(stories|classroom)\.html$/.test(file)) {
				expect(scripts, file).toHaveLength(1);
				const src = /src="([^"]+)"/.exec(scripts[0])![1];
				expect(src).toMatch(/^\/_islands\/theme-[\w-]+\.js$/);
				expect(statSync(`${BUILD_DIR}${src}`).size).toBeLessThan(1024);
			} else if (html.includes('id="island"')) {
				// The island's own script, and only it: the story page's, the embed's, the editor's or its preview's.
				const island = /data-island="(\w+)"/.exec(html)?.[1];
				expect(['story', 'embed', 'editor', 'preview'], file).toContain(island);
				expect(scripts.map((attributes) => /src="\/_islands\/(story|embed|editor|preview)-/.exec(attributes)?.[1]), file).toEqual([island]);
			} else expect(scripts, file).toEqual([]);
		}
	});

	it('every inline style and script of every page is allowed by its Content-Security-Policy, by its hash, and nothing else inline is', () => {
		const files = readdirSync(BUILD_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') && !file.includes('chronology/'));
		const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
		let styles = 0;
		for (const file of files) {
			const html = readFileSync(`${BUILD_DIR}/${file}`, 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(policy, file).toBeDefined();
			const sources = (directive: string) => new RegExp(`(?:^|; )${directive} ([^;]+)`).exec(policy!)?.[1].split(' ') ?? [];
			expect(sources('script-src'), file).not.toContain("'unsafe-inline'");
			expect(sources('style-src'), file).not.toContain("'unsafe-inline'");
			for (const code of inlineCode(html)) {
				expect(sources(code.kind === 'css' ? 'style-src' : 'script-src'), `${file}: an inline ${code.kind} without its hash`).toContain(hash(code.text));
				if (code.kind === 'css') styles++;
			}
			// The theme script is the only script that runs inline.
			expect(inlineCode(html).filter((code) => code.kind === 'js').map((code) => `<script>${code.text}</script>`), file).toEqual([THEME_BOOT_SCRIPT]);
		}
		expect(styles).toBeGreaterThan(files.length);
	});

	it('/schema/story.schema.json is served', () => {
		const schema = JSON.parse(readFileSync(`${BUILD_DIR}/schema/story.schema.json`, 'utf8')) as { $id: string };
		expect(schema.$id).toBe('/schema/story.schema.json');
	});
});
