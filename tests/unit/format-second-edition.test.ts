import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { enGB } from 'date-fns/locale/en-GB';
import { de } from 'date-fns/locale/de';
import { parseLocalDate, spanOf, wallSpan } from '../../src/lib/time/local-date';
import { formatLocalDate } from '../../src/lib/time/format';
import { messagesFor } from '../../src/lib/i18n/messages';
import { validateStory, formatProblems, stronglyConnected } from '../../src/lib/story/validate';
import { followedEvents } from '../../src/lib/story/order-links';
import { buildStoryView } from '../../src/lib/story/view';
import { storySchema } from '../../src/lib/story/schema';
import { minimalStory, readJson } from '../helpers/fixtures';

const LONDON = 'Europe/London';
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('a part of a day', () => {
	it('parses, and spans the documented hours in the story zone', () => {
		expect(parseLocalDate('2019-12-10 morning')).toMatchObject({ precision: 'part', part: 'morning', year: 2019, month: 12, day: 10 });
		const span = (value: string) => {
			const { start, end } = spanOf(value, LONDON);
			return [iso(start), iso(end)];
		};
		expect(span('2019-12-10 early-hours')).toEqual(['2019-12-10T00:00', '2019-12-10T06:00']);
		expect(span('2019-12-10 morning')).toEqual(['2019-12-10T06:00', '2019-12-10T12:00']);
		expect(span('2019-12-10 lunchtime')).toEqual(['2019-12-10T12:00', '2019-12-10T14:00']);
		expect(span('2019-12-10 afternoon')).toEqual(['2019-12-10T12:00', '2019-12-10T18:00']);
		expect(span('2019-12-10 evening')).toEqual(['2019-12-10T18:00', '2019-12-11T00:00']);
		// Overnight runs into the next day; in summer the hours are BST.
		expect(span('2019-12-12 overnight')).toEqual(['2019-12-12T22:00', '2019-12-13T06:00']);
		expect(span('2016-06-23 overnight')).toEqual(['2016-06-23T21:00', '2016-06-24T05:00']);
		expect(wallSpan(parseLocalDate('2019-12-12 overnight')!)).toEqual({ start: Date.UTC(2019, 11, 12, 22), end: Date.UTC(2019, 11, 13, 6) });
	});

	it('refuses what is not a part of a day', () => {
		for (const value of ['2019-12-10 noonish', '2019-12 morning', '2019-12-10  morning', '2019-12-10 Morning', '2019-12-10T10 morning']) expect(parseLocalDate(value), value).toBeNull();
	});

	it('reads in words in each language, never as a clock time', () => {
		const en = { timeZone: LONDON, locale: enGB, messages: messagesFor('en-GB') };
		const german = { timeZone: LONDON, locale: de, messages: messagesFor('de') };
		expect(formatLocalDate(parseLocalDate('2019-12-10 morning')!, en)).toBe('10 December 2019, morning');
		expect(formatLocalDate(parseLocalDate('2019-12-12 overnight')!, en)).toBe('overnight from 12 December 2019');
		expect(formatLocalDate(parseLocalDate('2019-12-10 afternoon')!, german)).toBe('10. Dezember 2019, nachmittags');
	});

	it('validates in a story, and the chronology puts it after its day and before the hours it does not cover', () => {
		const story = minimalStory();
		story.events[0].when = '2024-03-05';
		story.events[1].when = '2024-03-05 morning';
		story.events[2].when = '2024-03-05T07:30';
		story.events[3].when = '2024-03-05T13:00';
		story.events[1].chapter = story.events[0].chapter;
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok, result.ok ? '' : formatProblems('minimal.json', result.errors)).toBe(true);
		const view = buildStoryView(storySchema.parse(story), enGB);
		expect(view.events.map((e) => e.event.when)).toEqual(['2024-03-05', '2024-03-05 morning', '2024-03-05T07:30', '2024-03-05T13:00']);
		expect(view.events[1].precision).toBe('part');
	});
});

describe('order links: after and before, as lists', () => {
	it('"A before B" is "B after A"', () => {
		const links = followedEvents([{ id: 'a', before: ['b', 'c'] }, { id: 'b', after: 'x' }, { id: 'c' }, { id: 'x', before: 'b' }]);
		expect(links.get('b')).toEqual(['x', 'a']);
		expect(links.get('c')).toEqual(['a']);
		expect(links.get('a')).toEqual([]);
	});

	it('narrow the drawn span from both sides: "morning, after 08:58, before 10:57" is drawn 08:58 to 10:58', () => {
		const story = minimalStory();
		story.events[0].when = '2024-03-05T08:58';
		story.events[1].when = '2024-03-05 morning';
		story.events[1].after = story.events[0].id;
		story.events[1].before = [story.events[2].id];
		story.events[2].when = '2024-03-05T10:57';
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok, result.ok ? '' : formatProblems('minimal.json', result.errors)).toBe(true);
		const view = buildStoryView(storySchema.parse(story), enGB);
		const post = view.events.find((e) => e.event.id === story.events[1].id)!;
		expect([iso(post.drawStart), iso(post.drawEnd)]).toEqual(['2024-03-05T08:58', '2024-03-05T10:58']);
		expect(post.follows.map((l) => l.id)).toEqual([story.events[0].id]);
		expect(post.precedes.map((l) => l.id)).toEqual([story.events[2].id]);
	});

	it('sort a coarse event before what it preceded', () => {
		const story = minimalStory();
		const [a, b] = [story.events[2], story.events[3]];
		a.when = '2024-03-05';
		b.when = '2024-03-05';
		delete b.after;
		b.before = a.id;
		const view = buildStoryView(storySchema.parse(story), enGB);
		const ids = view.events.map((e) => e.event.id);
		expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
	});

	const errorsOf = (breakIt: (s: ReturnType<typeof minimalStory>) => void) => {
		const story = minimalStory();
		breakIt(story);
		const result = validateStory(story, { fileSlug: 'minimal' });
		return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
	};

	it('name a broken or self link at its place in the list', () => {
		expect(errorsOf((s) => (s.events[1].before = ['vote-held', 'nowhere']))).toContain('$.events[1].before[1]: refers to event "nowhere", which does not exist');
		expect(errorsOf((s) => (s.events[1].before = 'proposal'))).toContain('$.events[1].before: refers to the event itself');
		expect(errorsOf((s) => (s.events[1].after = []))).toContain('$.events[1].after: must name at least one event');
	});

	it('find a cycle made of after and before links, once', () => {
		const errors = errorsOf((s) => {
			delete s.events[3].after;
			s.events[1].before = 'vote-day';
			s.events[2].before = 'reaction';
			s.events[3].before = 'proposal';
		});
		expect(errors.filter((e) => e.includes('cycle'))).toEqual(['$.events[3].before: forms a cycle: proposal → reaction → vote-day → proposal']);
	});

	it('refuse a before link the dates contradict', () => {
		expect(errorsOf((s) => (s.events[0].before = 'proposal'))).toContain('$.events[0].before: says "vote-held" preceded "proposal", but "vote-held" starts after "proposal" ends');
	});

	it('strongly connected components match brute-force reachability', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 9 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 20 }))),
				([n, edges]) => {
					const next = (i: number) => edges.filter(([from]) => from === i).map(([, to]) => to);
					const reach = (from: number) => {
						const seen = new Set([from]);
						const stack = [from];
						while (stack.length)
							for (const to of next(stack.pop()!))
								if (!seen.has(to)) {
									seen.add(to);
									stack.push(to);
								}
						return seen;
					};
					const component = stronglyConnected(n, next);
					for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(component[i] === component[j]).toBe(reach(i).has(j) && reach(j).has(i));
				}
			)
		);
	});
});

describe('quotes: their own date, new settings, another transcription', () => {
	it('a quote said a year later carries its date, in words, on the view', () => {
		const story = minimalStory();
		story.quotes[0].said = '2025-05';
		story.quotes[0].setting = 'print-interview';
		story.quotes[1].relations = [{ type: 'transcription-of', quote: story.quotes[0].id }];
		story.quotes[1].setting = 'private-reported';
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok, result.ok ? '' : formatProblems('minimal.json', result.errors)).toBe(true);
		const view = buildStoryView(storySchema.parse(story), enGB);
		expect(view.quoteDates[story.quotes[0].id]).toEqual({ date: { text: 'May 2025', datetimes: ['2025-05'] }, precision: 'month' });
		expect(view.quoteDates[story.quotes[1].id]).toBeUndefined();
		expect(view.quoteLinks[story.quotes[0].id]).toEqual([{ type: 'transcription-of', direction: 'incoming', quote: story.quotes[1].id, note: undefined }]);
	});

	it('a quote date is checked like any date', () => {
		const story = minimalStory();
		story.quotes[0].said = '2025-02-30';
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['$.quotes[0].said']);
	});
});

describe('sources and framings', () => {
	const check = (breakIt: (s: ReturnType<typeof minimalStory>) => void) => {
		const story = minimalStory();
		breakIt(story);
		return { story, result: validateStory(story, { fileSlug: 'minimal' }) };
	};

	it('a time given in another zone is converted, and the original said beside it', () => {
		const { story, result } = check((s) => {
			s.sources[1].published = '2024-03-05T13:30';
			s.sources[1].publishedTimeZone = 'America/New_York';
		});
		expect(result.ok).toBe(true);
		const view = buildStoryView(storySchema.parse(story), enGB);
		expect(view.sourceDates[story.sources[1].id]).toBe('5 March 2024, 18:30 GMT (13:30 GMT-5 on the page)');
	});

	it('a long date comes in pieces a line breaks between, where a reader would: after the comma, around the bracket, never inside a date or a time', () => {
		const story = minimalStory();
		story.sources[1].published = '2024-03-05T13:30';
		story.sources[1].publishedTimeZone = 'America/New_York';
		const id = story.sources[1].id;
		expect(buildStoryView(storySchema.parse(story), enGB).sourceDatePieces[id]).toEqual(['5 March 2024,', '18:30 GMT', '(13:30 GMT-5', 'on', 'the', 'page)']);
		expect(buildStoryView(storySchema.parse({ ...story, meta: { ...story.meta, language: 'de' } }), de).sourceDatePieces[id]).toEqual([
			'5. März 2024,',
			'18:30 GMT+0',
			'(auf',
			'der',
			'Seite:',
			'13:30 GMT-5)'
		]);
		expect(buildStoryView(storySchema.parse(story), enGB).sourceDatePieces[story.sources[0].id]).toEqual(['5 March 2024']);
	});

	it("the pieces are the date's words, for every source of every story and fixture", () => {
		for (const file of ['data/stories/ashworth-leak-2019.json', ...['minimal', 'long-fixture', 'fixture-de', 'bridge-fixture', 'wrap-fixture'].map((name) => `tests/fixtures/stories/${name}.json`)]) {
			const story = storySchema.parse(readJson(file));
			const view = buildStoryView(story, story.meta.language.startsWith('de') ? de : enGB);
			for (const source of story.sources) expect(view.sourceDatePieces[source.id].join(' '), `${file}: ${source.id}`).toBe(view.sourceDates[source.id]);
		}
	});

	it('a zone on a date without a time has no effect, and says so', () => {
		const { result } = check((s) => (s.sources[0].publishedTimeZone = 'America/New_York'));
		expect(result.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual(['$.sources[0].publishedTimeZone: has no effect: "2024-03-05" gives no time of day']);
	});

	it('a time checked against the clocks of the zone it is given in', () => {
		// 02:30 on 10 March 2024 does not exist in New York; it does in London.
		const { result } = check((s) => {
			s.sources[1].published = '2024-03-10T02:30';
			s.sources[1].publishedTimeZone = 'America/New_York';
		});
		expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['"2024-03-10T02:30" does not exist in America/New_York: the clocks went forward an hour then (-05:00 → -04:00)']);
	});

	it('a source without an address, a stance and the new kinds are valid', () => {
		const { result } = check((s) => {
			delete s.sources[2].url;
			s.sources[2].kind = 'transcript';
			s.sources[1].kind = 'participant-account';
			s.sources[0].stance = 'partisan';
		});
		expect(result.ok, result.ok ? '' : formatProblems('minimal.json', result.errors)).toBe(true);
	});

	it('a framing known through another source names it, and it must exist and not be its own', () => {
		expect(check((s) => (s.framings[0].via = 'copy')).result.ok).toBe(true);
		const missing = check((s) => (s.framings[0].via = 'nowhere')).result;
		expect(missing.ok ? [] : missing.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['$.framings[0].via: refers to source "nowhere", which does not exist']);
		const own = check((s) => (s.framings[0].via = s.framings[0].source)).result;
		expect(own.ok ? [] : own.errors.map((e) => e.path)).toEqual(['$.framings[0].via']);
	});
});

describe('quote anchors', () => {
	it("a quote whose card anchor would be an event's id is refused", () => {
		const story = minimalStory();
		story.events[1].id = 'q-tabled';
		story.quotes[0].id = 'q-tabled';
		story.quotes[1].relations = [];
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toContain('$.quotes[0].id: gives the quote card the anchor "#q-tabled", which is also an event\'s id');
	});
});

describe('a source of more than one kind', async () => {
	const { kindsOf, kindText } = await import('../../src/lib/story/source-kind');
	const { evidenceLevel } = await import('../../src/lib/literacy/provenance');
	it('is valid as a list, main kind first, and named by all its kinds', () => {
		const story = minimalStory();
		story.sources[1].kind = ['transcript', 'news-report'];
		const result = validateStory(story, { fileSlug: 'minimal' });
		expect(result.ok, result.ok ? '' : formatProblems('minimal.json', result.errors)).toBe(true);
		expect(kindsOf(story.sources[1])).toEqual(['transcript', 'news-report']);
		expect(kindText(story.sources[1], messagesFor('en-GB').sourceKinds)).toBe('Transcript / News report');
		expect(evidenceLevel(kindsOf({ kind: ['transcript', 'primary-recording'] }))).toBe('primary');
	});

	it('an empty list of kinds is refused; a list of aggregator copies is still only aggregator copies', () => {
		const empty = minimalStory();
		empty.sources[1].kind = [];
		const refused = validateStory(empty, { fileSlug: 'minimal' });
		expect(refused.ok ? [] : refused.errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['$.sources[1].kind: must name at least one kind']);
		const copies = minimalStory();
		copies.sources[0].kind = ['aggregator-copy'];
		copies.sources[1].kind = ['aggregator-copy', 'aggregator-copy'];
		const warned = validateStory(copies, { fileSlug: 'minimal' });
		expect(warned.warnings.some((w) => w.message.includes('rests only on aggregator copies'))).toBe(true);
	});
});
