import { describe, expect, it } from 'vitest';
import { chainOf, evidenceLevel, originsOf, provenanceOf, ProvenanceError, reReportsOf } from '../../src/lib/literacy/provenance';
import type { Source } from '../../src/lib/story/schema';

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
	const cases: [Source['kind'][], string][] = [
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
