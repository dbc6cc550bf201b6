import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteAnchor, quoteIdOfAnchor } from '../../src/lib/literacy/anchors';

describe('quote anchors', () => {
	it('a "q-" id is its own anchor; others keep "quote-"', () => {
		expect(quoteAnchor('q-benn-good-and-decent')).toBe('q-benn-good-and-decent');
		expect(quoteAnchor('remark')).toBe('quote-remark');
		expect(quoteAnchor('quote-00001')).toBe('quote-quote-00001');
		expect(quoteAnchor('qa-1')).toBe('quote-qa-1');
	});

	const quotes = new Set(['q-benn', 'remark', 'quote-00001']);
	const isQuote = (id: string) => quotes.has(id);

	it('reads anchors back, old "quote-q-…" links included; unknown ids are nothing', () => {
		expect(quoteIdOfAnchor('#q-benn', isQuote)).toBe('q-benn');
		expect(quoteIdOfAnchor('#quote-q-benn', isQuote)).toBe('q-benn');
		expect(quoteIdOfAnchor('quote-remark', isQuote)).toBe('remark');
		expect(quoteIdOfAnchor('#quote-quote-00001', isQuote)).toBe('quote-00001');
		for (const anchor of ['#remark', '#q-nope', '#quote-nope', '#', '#quote-', '#q-']) expect(quoteIdOfAnchor(anchor, isQuote), anchor).toBeNull();
	});

	it('property: every id round-trips through its anchor', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), (id) => {
				expect(quoteIdOfAnchor(`#${quoteAnchor(id)}`, (candidate) => candidate === id)).toBe(id);
			})
		);
	});
});
