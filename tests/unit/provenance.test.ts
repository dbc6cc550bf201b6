import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chainOf, evidenceLevel, firstnessOf, originsOf, provenanceOf, ProvenanceError, publishedSpan, reReportsOf } from '../../src/lib/literacy/provenance';
import type { SourceKind, Source } from '../../src/lib/story/schema';

const source = (id: string, kind: Source['kind'], basedOn?: string[], published?: string): Source => ({
	id,
	kind,
	basedOn,
	published,
	outlet: id,
	headline: id,
	url: `https://example.org/${id}`,
	reliability: 'test'
});

const tape = source('tape', 'original-publication', undefined, '2019-12-10');
const bbc = source('bbc', 'news-report', ['tape'], '2019-12-10T11:00');
const national = source('national', 'news-report', ['tape'], '2019-12-10');
const scrape = source('scrape', 'aggregator-copy', ['national'], '2019-12-11');
const mirror = source('mirror', 'aggregator-copy', ['scrape']);
const tweet = source('tweet', 'social-post-reported');
const sources = [tape, bbc, national, scrape, mirror, tweet];
const index = Object.fromEntries(sources.map((s) => [s.id, s]));

describe('evidence level', () => {
	const cases: [SourceKind[], string][] = [
		[['primary-recording'], 'primary'],
		[['news-report', 'original-publication'], 'primary'],
		[['party-statement'], 'primary'],
		[['news-report', 'aggregator-copy'], 'reported'],
		[['live-blog'], 'reported'],
		[['aggregator-copy'], 'secondhand'],
		[['social-post-reported', 'aggregator-copy'], 'secondhand']
	];
	for (const [kinds, level] of cases) it(`${kinds.join(' + ')} → ${level}`, () => expect(evidenceLevel(kinds)).toBe(level));
});

describe('roles of cited sources', () => {
	it('marks the earliest original as first, and re-reports with what they re-report', () => {
		const { level, roles } = provenanceOf(['bbc', 'tape', 'scrape'], index);
		expect(level).toBe('primary');
		expect(roles.map((r) => [r.source.id, r.role, r.first, r.basedOn])).toEqual([
			['bbc', 're-report', false, ['tape']],
			['tape', 'original', true, []],
			['scrape', 're-report', false, ['national']]
		]);
	});

	it('a claim resting only on copies says so', () => {
		expect(provenanceOf(['scrape', 'mirror'], index).level).toBe('secondhand');
	});
});

describe('origins and re-reports', () => {
	it('follows basedOn to the original', () => {
		expect(originsOf('mirror', index)).toEqual(['tape']);
	});

	it('lists every re-report by depth', () => {
		expect(reReportsOf(['tape'], sources).map((r) => [r.source.id, r.depth])).toEqual([
			['national', 1],
			['bbc', 1],
			['scrape', 2],
			['mirror', 3]
		]);
	});

	it('a cycle is a clear error, not a hang', () => {
		const looped = { a: source('a', 'news-report', ['b']), b: source('b', 'news-report', ['c']), c: source('c', 'news-report', ['a']) };
		expect(() => originsOf('a', looped)).toThrow(ProvenanceError);
		expect(() => originsOf('a', looped)).toThrow('basedOn forms a cycle: a → b → c → a');
		expect(reReportsOf(['a'], Object.values(looped)).map((r) => r.source.id)).toEqual(['c', 'b']);
	});

	it('a missing link is a clear error', () => {
		const broken = [source('x', 'news-report', ['nowhere'])];
		expect(() => originsOf('x', Object.fromEntries(broken.map((s) => [s.id, s])))).toThrow('Source "x" is based on "nowhere", which is not in the story.');
		expect(() => reReportsOf(['x'], broken)).toThrow(ProvenanceError);
		expect(() => provenanceOf(['ghost'], index)).toThrow('Cited source "ghost" is not in the story.');
	});
});

describe('the chain of an event', () => {
	it('goes from the first publication through re-reports to responses', () => {
		const quotes = [
			{ id: 'remark', event: 'call', sources: ['national'] },
			{ id: 'banter', event: 'interview', sources: ['bbc'], relations: [{ type: 'responds-to', quote: 'remark' }] },
			{ id: 'echo', event: 'later', sources: ['bbc'], relations: [{ type: 'repeats', quote: 'remark' }] }
		];
		const chain = chainOf({ id: 'call', sources: ['bbc'] }, quotes, sources);
		expect(chain.firstPublished.map((s) => s.id)).toEqual(['tape']);
		expect(chain.reReports.map((r) => r.source.id)).toEqual(['national', 'bbc', 'scrape', 'mirror']);
		expect(chain.responseQuoteIds).toEqual(['banter']);
	});
});

describe('which source was published first, when dates differ in precision', () => {
	const dated = (id: string, published?: string) => source(id, 'original-publication', undefined, published);
	const zone = 'Europe/London';
	const firsts = (list: Source[], timeZone: string | undefined = zone) => Object.fromEntries(firstnessOf(list, timeZone));

	it('a month does not come before a day inside it: neither is first, both are among the first', () => {
		expect(firsts([dated('month', '2010-04'), dated('day', '2010-04-28')])).toEqual({ month: 'among-first', day: 'among-first' });
		expect(firsts([dated('day', '2010-04-28'), dated('minute', '2010-04-28T16:37')])).toEqual({ day: 'among-first', minute: 'among-first' });
	});

	it('a span that ends before (or as) the others start is first', () => {
		expect(firsts([dated('later', '2010-04-28'), dated('month', '2010-03')])).toEqual({ month: 'first' });
		expect(firsts([dated('day', '2016-09-25'), dated('minute', '2016-09-24T11:56')])).toEqual({ minute: 'first' });
		// 27 April ends as 28 April starts.
		expect(firsts([dated('a', '2010-04-28T00:00'), dated('b', '2010-04-27')])).toEqual({ b: 'first' });
	});

	it('text order would have said otherwise', () => {
		// "2010-04" < "2010-04-28T…" as text, yet the month may well be later than that minute.
		const roles = provenanceOf(['month', 'minute'], { month: dated('month', '2010-04'), minute: dated('minute', '2010-04-28T16:37') }, zone).roles;
		expect(roles.map((r) => [r.source.id, r.first, r.firstness])).toEqual([
			['month', false, 'among-first'],
			['minute', false, 'among-first']
		]);
	});

	it('only those that may have come first are among the first', () => {
		// The year overlaps both; the minute is certainly before the later day.
		expect(firsts([dated('year', '2019'), dated('minute', '2019-12-10T21:59'), dated('later', '2019-12-20')])).toEqual({ year: 'among-first', minute: 'among-first' });
	});

	it('undated sources: the earliest dated one is only the first known; with none dated nothing is marked; alone, a source is first', () => {
		expect(firsts([dated('undated'), dated('day', '2019-12-11')])).toEqual({ day: 'first-known' });
		expect(firsts([dated('a'), dated('b')])).toEqual({});
		expect(firsts([dated('alone')])).toEqual({ alone: 'first' });
		expect(firsts([dated('alone', '2019')])).toEqual({ alone: 'first' });
	});

	it('re-reports are never first', () => {
		const roles = provenanceOf(['bbc', 'tape'], index, zone).roles;
		expect(roles.map((r) => [r.source.id, r.first, r.firstness])).toEqual([
			['bbc', false, undefined],
			['tape', true, 'first']
		]);
	});

	it('spans are taken in the story zone (a minute after midnight BST is the day it says, not the day before in UTC)', () => {
		expect(publishedSpan({ published: '2016-06-28' }, zone)).toEqual({ start: Date.UTC(2016, 5, 27, 23), end: Date.UTC(2016, 5, 28, 23) });
		expect(firsts([dated('day', '2016-06-28'), dated('minute', '2016-06-28T00:30')])).toEqual({ day: 'among-first', minute: 'among-first' });
		expect(firsts([dated('day', '2016-06-28'), dated('minute', '2016-06-28T00:30')], undefined)).toEqual({ day: 'among-first', minute: 'among-first' });
		expect(publishedSpan({}, zone)).toBeNull();
		// A US site's "12:37" is 17:37 in London: after a London post at 17:00, not before it.
		const us = { ...dated('us', '2019-12-10T12:37'), publishedTimeZone: 'America/New_York' };
		expect(firsts([us, dated('london', '2019-12-10T17:00')])).toEqual({ london: 'first' });
	});

	it('property: at most one source is first; a first one ends before every other starts; every dated one that is not marked certainly came later than a marked one', () => {
		const date = fc.oneof(
			fc.constant(undefined),
			fc.integer({ min: 2018, max: 2019 }).map(String),
			fc.tuple(fc.integer({ min: 1, max: 12 })).map(([m]) => `2019-${String(m).padStart(2, '0')}`),
			fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([m, d]) => `2019-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
			fc
				.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }))
				.map(([m, d, h]) => `2019-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}`)
		);
		fc.assert(
			fc.property(fc.array(date, { minLength: 1, maxLength: 6 }), (dates) => {
				const list = dates.map((published, i) => dated(`s${i}`, published));
				const result = firstnessOf(list, zone);
				const spans = new Map(list.map((s) => [s.id, publishedSpan(s, zone)]));
				const marked = [...result.keys()];
				expect(marked.filter((id) => result.get(id) === 'first' || result.get(id) === 'first-known').length).toBeLessThanOrEqual(1);
				for (const [id, kind] of result) {
					if (kind === 'among-first') continue;
					const span = spans.get(id);
					if (list.length > 1) for (const [other, otherSpan] of spans) if (other !== id && otherSpan && span) expect(span.end).toBeLessThanOrEqual(otherSpan.start);
				}
				if (list.length > 1) {
					for (const [id, span] of spans) {
						if (!span || result.has(id)) continue;
						expect(marked.some((m) => spans.get(m) && spans.get(m)!.end <= span.start)).toBe(true);
					}
				}
				if (spans.size > 1 && [...spans.values()].some(Boolean)) expect(result.size).toBeGreaterThan(0);
			})
		);
	});
});
