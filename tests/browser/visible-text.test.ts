import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, defaultStory, type Site } from '../helpers/site';
import { readJson } from '../helpers/fixtures';
import { storySchema, type Story } from '../../src/lib/story/schema';

/**
 * What a reader sees, read as text: every page of every kind of story with
 * all its panels open, checked for the slips a template makes when story data
 * meets it (a raw date, a source id, an outlet named twice, loose separators).
 */

const stories: Story[] = [defaultStory(), readJson('tests/fixtures/stories/long-fixture.json'), readJson('tests/fixtures/stories/fixture-de.json')].map((story) => storySchema.parse(story));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An ISO-looking date or time ("2010-04", "2019-12-10", "2010-04-28T16:37").
 * Nothing on these pages legitimately shows one: the embed code (which holds
 * URLs) is in a closed dialog's textarea, whose value is not in innerText.
 */
const RAW_DATE = /\b\d{4}-\d{2}(?:-\d{2})?(?:T\d{2}(?::\d{2})?)?\b/g;

/** The ways a text may name an outlet: "The National (Scotland)", "The National", "National"; "BBC News", "BBC". */
function outletForms(outlet: string): string[] {
	const short = outlet.replace(/\s*\(.*\)\s*$/, '').trim();
	const bare = short.replace(/^the\s+/i, '');
	const words = bare.split(/\s+/);
	const prefixes = words.map((_, i) => words.slice(0, i + 1).join(' '));
	return [...new Set([outlet, short, bare, ...prefixes])].filter((form) => form.length > 0);
}

interface Finding {
	check: 'raw date' | 'source id' | 'outlet twice' | 'middle dot' | 'space before comma';
	excerpt: string;
}

function findingsIn(text: string, story: Story): Finding[] {
	const findings: Finding[] = [];
	const excerpt = (index: number, length: number) => text.slice(Math.max(0, index - 30), index + length + 30).replace(/\s+/g, ' ');
	const add = (check: Finding['check'], pattern: RegExp) => {
		for (const match of text.matchAll(pattern)) findings.push({ check, excerpt: excerpt(match.index!, match[0].length) });
	};
	add('raw date', RAW_DATE);
	const ids = story.sources
		.map((s) => s.id)
		.sort((a, b) => b.length - a.length)
		.map(escape);
	add('source id', new RegExp(`\\([^()\\n]*(?<![\\w-])(?:${ids.join('|')})(?![\\w-])[^()\\n]*\\)`, 'g'));
	const outlets = [...new Set([...story.sources.map((s) => s.outlet), ...story.framings.map((f) => f.outlet)])];
	for (const outlet of outlets) {
		const forms = outletForms(outlet)
			.sort((a, b) => b.length - a.length)
			.map(escape);
		add('outlet twice', new RegExp(`(?<![\\p{L}\\p{N}])${escape(outlet)}:\\s+(?:${forms.join('|')})(?=\\s*[:(])`, 'gu'));
	}
	add('middle dot', /[^\s]·|·[^\s]|(?:^|\n)[ \t]*·|·[ \t]*(?:\n|$)/g);
	add('space before comma', /\s,/g);
	return findings;
}

let site: Site;
beforeAll(async () => {
	site = await startSite();
});
afterAll(async () => site?.close());

/**
 * The page's text once a reader has opened every panel and scrolled through
 * it: parts the browser has not laid out yet (content-visibility: auto) are
 * laid out first, since innerText leaves out what is skipped.
 */
async function visibleText(page: Page): Promise<string> {
	await page.evaluate(() => {
		for (const details of document.querySelectorAll('details')) details.open = true;
		for (const element of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
	});
	return page.evaluate(() => document.body.innerText);
}

describe('what readers see has no raw dates, ids, doubled outlets or loose separators', () => {
	for (const story of stories) {
		const slug = story.meta.slug;
		const paths = [`/${slug}`, `/${slug}/classroom`];
		if (story.events.length > 50) paths.push(`/${slug}/page/2`);
		for (const path of paths) {
			it(path, async () => {
				const page = await site.open(path);
				const findings = findingsIn(await visibleText(page), story);
				const counts = Object.fromEntries(['raw date', 'source id', 'outlet twice', 'middle dot', 'space before comma'].map((check) => [check, findings.filter((f) => f.check === check).length]));
				console.log(`${path}: ${JSON.stringify(counts)}`);
				expect(findings.map((f) => `${f.check}: …${f.excerpt}…`)).toEqual([]);
			});
		}
	}
});

describe('the checks themselves', () => {
	const story = {
		sources: [
			{ id: 's23', outlet: 'BBC News' },
			{ id: 's11', outlet: 'The National (Scotland)' },
			{ id: 'i1', outlet: 'i' }
		],
		framings: []
	} as unknown as Story;
	const checks = (text: string) => findingsIn(text, story).map((f) => f.check);

	it('finds each slip', () => {
		expect(checks('published 2010-04-28T16:37')).toEqual(['raw date']);
		expect(checks('as reported (Wikipedia mirror, s23).')).toEqual(['source id']);
		expect(checks('BBC News: BBC: the call')).toEqual(['outlet twice']);
		expect(checks('The National (Scotland): The National: the same')).toEqual(['outlet twice']);
		expect(checks('i: i: "last week"')).toEqual(['outlet twice']);
		expect(checks('The National· News report')).toEqual(['middle dot']);
		expect(checks('10 December 2019\n·\nRests on')).toEqual(['middle dot']);
		expect(checks('Metro , 10 December')).toEqual(['space before comma']);
	});

	it('lets the right text through', () => {
		expect(checks('BBC News: General election 2019: Ashworth · News report, 10 December 2019 [12] (s230) i: it was')).toEqual([]);
	});
});
