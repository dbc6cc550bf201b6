import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitCitations, type CitedPart } from '../../src/lib/literacy/citations';
import { sourceLinks } from '../../src/lib/literacy/source-links';

const ids = new Set(['s04', 's23', 's38', 's39', 's40', 's47b', 's69-buzzfeed', 's74', 'zeitung']);
const isSource = (id: string) => ids.has(id);
/** The parts as a reader sees them, with "[id]" for a mark. */
const shown = (parts: CitedPart[]) => parts.map((p) => (p.kind === 'text' ? p.text : `[${p.source}]`)).join('');

describe('splitCitations', () => {
	const cases: [string, string][] = [
		['a piece published on 28 June 2016 (s47b); no source found', 'a piece published on 28 June 2016[s47b]; no source found'],
		['from the URL slug of a mirror (s40).', 'from the URL slug of a mirror[s40].'],
		['inferred from copies (s38, s39), not seen', 'inferred from copies[s38][s39], not seen'],
		['inferred from copies (s38; s39)', 'inferred from copies[s38][s39]'],
		['on BBC Two (Wikipedia mirror, s74) and reports', 'on BBC Two (Wikipedia mirror, [s74]) and reports'],
		['"over a week ago" (with s04).', '"over a week ago" (with [s04]).'],
		['(listed under S69 with BuzzFeed, s69-buzzfeed)', '(listed under S69 with BuzzFeed, [s69-buzzfeed])'],
		['(s23)', '[s23]']
	];
	for (const [text, expected] of cases) it(JSON.stringify(text), () => expect(shown(splitCitations(text, isSource))).toBe(expected));

	it('marks among words are inline; groups of ids alone are footnote marks', () => {
		expect(splitCitations('(with s04)', isSource)).toEqual([
			{ kind: 'text', text: '(with ' },
			{ kind: 'cite', source: 's04', inline: true },
			{ kind: 'text', text: ')' }
		]);
		expect(splitCitations('(s04)', isSource)).toEqual([{ kind: 'cite', source: 's04' }]);
	});

	it('gives parts in order, with the ids as sources', () => {
		expect(splitCitations('copies (s38, s39), not seen', isSource)).toEqual([
			{ kind: 'text', text: 'copies' },
			{ kind: 'cite', source: 's38' },
			{ kind: 'cite', source: 's39' },
			{ kind: 'text', text: ', not seen' }
		]);
	});

	it('leaves unknown ids, ids outside parentheses, capitalised and partial ids alone', () => {
		for (const text of ['(s99)', 'the Daily Mail article s23', '(S23)', '(s23x)', '(xs23)', '(s69)', '(see s23-old)', 'Die Zeitung (Lokalblatt) berichtet', 'Die zeitung berichtet']) {
			expect(splitCitations(text, isSource), text).toEqual([{ kind: 'text', text }]);
		}
	});

	it('an id that is also a word is cited only in parentheses', () => {
		expect(shown(splitCitations('Die zeitung (zeitung) berichtet', isSource))).toBe('Die zeitung[zeitung] berichtet');
	});

	it('empty text has no parts', () => expect(splitCitations('', isSource)).toEqual([]));

	it('a group inside a group cites both', () => {
		expect(splitCitations('as said (s23 (s04))', isSource)).toEqual([
			{ kind: 'text', text: 'as said (' },
			{ kind: 'cite', source: 's23', inline: true },
			{ kind: 'cite', source: 's04' },
			{ kind: 'text', text: ')' }
		]);
	});

	const word = fc.stringMatching(/^[A-Za-z][a-z]{0,6}$/);
	const id = fc.constantFrom(...ids);
	const piece = fc.oneof(
		word,
		fc.constantFrom(' ', ', ', '; ', '. ', '(', ')', '—'),
		id.map((i) => `(${i})`),
		fc.tuple(word, id).map(([w, i]) => `(${w}, ${i})`),
		fc.array(id, { minLength: 1, maxLength: 3 }).map((list) => `(${list.join(', ')})`),
		fc.constantFrom('(s99)', '(S23)', 's23', '(s23-old)')
	);
	const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

	it('property: no known id is left inside parentheses, and nothing else changes', () => {
		fc.assert(
			fc.property(text, (input) => {
				const parts = splitCitations(input, isSource);
				const plain = parts.map((p) => (p.kind === 'text' ? p.text : '\u0000')).join('');
				for (const group of plain.matchAll(/\(([^()]*)\)/g)) {
					for (const token of group[1].matchAll(/(?<![A-Za-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)*(?![A-Za-z0-9-])/g)) expect(ids.has(token[0])).toBe(false);
				}
				// Taking out every id and the parentheses and spaces around the groups that held only ids leaves the same words.
				const words = (value: string) => value.replace(/[\s(),;\u0000]+/g, ' ').trim();
				// Groups inside groups are read innermost first: "(s23 (s04))" cites both.
				let withoutIds = input;
				for (let before = ''; before !== withoutIds;) {
					before = withoutIds;
					withoutIds = withoutIds.replace(/\(([^()]*)\)/g, (group, inner: string) => {
						const rest = inner.replace(/(?<![A-Za-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)*(?![A-Za-z0-9-])/g, (token) => (ids.has(token) ? '' : token));
						return rest === inner ? group : `\u0001${rest}\u0002`;
					});
				}
				withoutIds = withoutIds.replace(/\u0001/g, '(').replace(/\u0002/g, ')');
				expect(words(plain)).toBe(words(withoutIds));
			})
		);
	});

	it('property: every cited id was in the text, in order; text parts never touch', () => {
		fc.assert(
			fc.property(text, (input) => {
				const parts = splitCitations(input, isSource);
				const cited = parts.filter((p) => p.kind === 'cite').map((p) => (p as { source: string }).source);
				let at = 0;
				for (const source of cited) {
					const found = input.indexOf(source, at);
					expect(found).toBeGreaterThanOrEqual(0);
					at = found + source.length;
				}
				parts.forEach((p, i) => {
					if (p.kind === 'text') {
						expect(p.text).not.toBe('');
						expect(parts[i + 1]?.kind).not.toBe('text');
					}
				});
			})
		);
	});
});

describe('where a citation leads', () => {
	const urls = { listed: { url: 'https://a.example/1' }, other: { url: 'https://b.example/2' }, print: {} };

	it("into the page's list when it has the source, else to the source, else nowhere", () => {
		const all = sourceLinks(urls, 'all');
		expect(all.href('other')).toBe('#source-other');
		const some = sourceLinks(urls, new Set(['listed']));
		expect([some.href('listed'), some.href('other'), some.href('print')]).toEqual(['#source-listed', 'https://b.example/2', null]);
		expect(sourceLinks(urls, 'all', '/story').href('print')).toBe('/story#source-print');
	});
});
