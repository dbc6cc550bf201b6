import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { joinOutlet, outletAndText, outletLead, slugWords, sourceName, sourceTitle } from '../../src/lib/literacy/source-title';
import type { Source } from '../../src/lib/story/schema';

describe('an outlet is not named twice', () => {
	const cases: [string, string, { name: string; text: string }][] = [
		['i', 'i: "last week".', { name: 'i', text: '"last week".' }],
		['BBC News', 'BBC: the call was made "more than a week ago"', { name: 'BBC', text: 'the call was made "more than a week ago"' }],
		['The National (Scotland)', 'The National: the same sentence.', { name: 'The National', text: 'the same sentence.' }],
		['The Guardian (via Yahoo syndication)', 'Guardian (Andrew Sparrow): it "seems…"', { name: 'Guardian (Andrew Sparrow)', text: 'it "seems…"' }],
		['Daily Mail', 'daily mail: lower case', { name: 'daily mail', text: 'lower case' }],
		['BBC News', 'General election 2019: Ashworth insists', { name: 'BBC News', text: 'General election 2019: Ashworth insists' }],
		['Politico Europe', 'Politico UK Election Sprint: leaked call', { name: 'Politico Europe', text: 'Politico UK Election Sprint: leaked call' }],
		['BBC News', 'Reported by the BBC: the excerpt', { name: 'BBC News', text: 'Reported by the BBC: the excerpt' }],
		['i', 'It was: banter', { name: 'i', text: 'It was: banter' }],
		['The Times', 'Times change: a headline', { name: 'The Times', text: 'Times change: a headline' }]
	];
	for (const [outlet, text, expected] of cases) it(`${outlet} + ${JSON.stringify(text)}`, () => expect(outletAndText(outlet, text)).toEqual(expected));

	it('joins a headline to its outlet once', () => {
		expect(joinOutlet('BBC News', 'BBC News: the call')).toBe('BBC News: the call');
		expect(joinOutlet('Metro', 'Leaked phone call reveals')).toBe('Metro: Leaked phone call reveals');
		expect(outletLead('The National (Scotland)', 'National: x')).toEqual({ label: 'National', rest: 'x' });
		expect(outletLead('The National (Scotland)', 'no label here')).toBeNull();
	});

	it('property: the outlet never appears as "X: X:" and the words after the label are kept', () => {
		const name = fc.stringMatching(/^[A-Z][a-z]{0,5}( [A-Z][a-z]{0,5}){0,2}$/);
		fc.assert(
			fc.property(name, fc.stringMatching(/^[a-z ]{1,20}$/), fc.boolean(), (outlet, rest, labelled) => {
				const text = labelled ? `${outlet}: ${rest}` : rest;
				const shown = outletAndText(outlet, text);
				expect(`${shown.name}: ${shown.text}`.startsWith(`${outlet}: ${outlet}:`)).toBe(false);
				expect(shown.text.endsWith(rest.trimStart()) || shown.text === text).toBe(true);
			})
		);
	});
});

describe('what a source is called', () => {
	const base = { id: 's1', outlet: 'i', url: 'https://inews.co.uk/x', kind: 'news-report', reliability: 'r', published: '2019-12-10' } as Source;

	it('a title is a title; an opening sentence is one, said so', () => {
		expect(sourceTitle({ ...base, headline: 'Corbyn says' })).toEqual({ title: 'Corbyn says', leadSentence: false, standIn: null });
		expect(sourceTitle({ ...base, headline: 'Corbyn says', headlineIs: 'title' }).title).toBe('Corbyn says');
		expect(sourceTitle({ ...base, headline: 'JEREMY Corbyn is a risk.', headlineIs: 'lead-sentence' })).toEqual({ title: 'JEREMY Corbyn is a risk.', leadSentence: true, standIn: null });
	});

	it('address words and descriptions are never the title', () => {
		expect(sourceTitle({ ...base, headline: 'Jon Ashworth leak audio', headlineIs: 'url-slug' })).toEqual({
			title: null,
			leadSentence: false,
			standIn: { is: 'url-slug', text: 'Jon Ashworth leak audio' }
		});
		expect(sourceTitle({ ...base, headline: 'leaked-phone-call-reveals', headlineIs: 'url-slug' }).standIn).toEqual({ is: 'url-slug', text: 'leaked phone call reveals' });
		expect(sourceTitle({ ...base, headline: 'Live page, page 7', headlineIs: 'description' })).toEqual({ title: null, leadSentence: false, standIn: { is: 'description', text: 'Live page, page 7' } });
		expect(sourceTitle({ ...base })).toEqual({ title: null, leadSentence: false, standIn: null });
	});

	it('names a source without a title by outlet, kind and date', () => {
		expect(sourceName({ ...base, headline: 'Jon Ashworth leak audio', headlineIs: 'url-slug' }, 'News report', '10 December 2019')).toBe('i, News report, 10 December 2019');
		expect(sourceName({ ...base, published: undefined }, 'News report', '')).toBe('i, News report');
		expect(sourceName({ ...base, headline: 'Corbyn says' }, 'News report', '10 December 2019')).toBe('Corbyn says');
	});

	it('slug words', () => {
		expect(slugWords('ashworth-civil-service-machine')).toBe('ashworth civil service machine');
		expect(slugWords('Already words - with a dash')).toBe('Already words - with a dash');
	});
});
