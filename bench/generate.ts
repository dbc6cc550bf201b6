/**
 * Synthetic stories for the benchmark (`npm run story:generate`, `npm run bench`).
 *
 * `generateStory({ events, seed, slug })` is pure and deterministic: the same
 * options give the same story, byte for byte. The story looks like a real
 * long-running one as far as the timeline is concerned:
 *
 * - about two years (2023–2024), one chapter per quarter;
 * - most events are minute-precise and come in bursts: a few very busy news
 *   days (heavy-tailed sizes) where posts follow each other minutes apart;
 * - some events are known to the hour or the day, a few to the month, a few
 *   only as a labelled range; some day-precision reactions say which
 *   minute-precise event they followed (`after`);
 * - every event is sourced from a pool of sources published around it;
 * - about one quote per three events, with the occasional relation;
 * - `meta.focus` is the busiest day.
 *
 * The events are not real; the method note says so.
 */
import type { StoryInput } from '../src/lib/story/schema';
import { EVENT_KINDS, QUOTE_SETTINGS, type EventKind, type QuoteSetting, type SourceKind } from '../src/lib/story/schema';

export interface GenerateOptions {
	/** Number of events (≥ 1). */
	events: number;
	/** PRNG seed; the same seed gives the same story. Default 1. */
	seed?: number;
	/** meta.slug; default `bench-<events>`. */
	slug?: string;
}

type Event = StoryInput['events'][number];
type Source = StoryInput['sources'][number];
type Quote = NonNullable<StoryInput['quotes']>[number];
type Actor = StoryInput['actors'][number];

/** mulberry32: small, fast, good enough for test data, and the same everywhere. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FIRST_YEAR = 2023;
const YEARS = 2;
const DAYS = 731; // 2023-01-01 … 2024-12-31 (2024 is a leap year)

const FIRST_NAMES = ['Alex', 'Sam', 'Jo', 'Priya', 'Tomasz', 'Amara', 'Chen', 'Fatima', 'Ruth', 'Marcus', 'Ines', 'Kwame', 'Olga', 'Declan', 'Yusuf', 'Helen', 'Rafael', 'Mei', 'Gareth', 'Sofia'];
const LAST_NAMES = [
	'Carter',
	'Okafor',
	'Lindqvist',
	'Haddad',
	'Novak',
	'Brennan',
	'Moreau',
	'Iyer',
	'Castellano',
	'Whitfield',
	'Osei',
	'Kowalski',
	'Park',
	'Delaney',
	'Nakamura',
	'Ferreira',
	'Ashby',
	'Morgan',
	'Rahman',
	'Quinn'
];
const ROLES = [
	'Minister for Housing',
	'Shadow Chancellor',
	'Council leader',
	'Chief executive, Northgate Water',
	'Regulator chair',
	'Backbench MP',
	'Union general secretary',
	'Campaign spokesperson',
	'Press secretary',
	'Whistleblower',
	'Mayor',
	'Opposition leader',
	'Health correspondent',
	'Party treasurer',
	'Inquiry chair'
];
const OUTLETS = [
	'The Daily Ledger',
	'Northern Courier',
	'BBC News',
	'Channel Four News',
	'The Gazette',
	'City Wire',
	'Politics Live',
	'The Observer Weekly',
	'Reuters',
	'Local Radio North',
	'Evening Standard-Times',
	'The Fact Desk'
];
const VERBS = [
	'denies',
	'confirms',
	'defends',
	'questions',
	'criticises',
	'announces',
	'withdraws',
	'responds to',
	'apologises for',
	'calls for an inquiry into',
	'refuses to comment on',
	'publishes',
	'leaks',
	'backs',
	'rejects'
];
const OBJECTS = [
	'the water contract',
	'the leaked memo',
	'the housing figures',
	'the audit report',
	'the donations list',
	'the inquiry terms',
	'the sewage data',
	'the budget gap',
	'the board minutes',
	"the consultants' fees",
	'the emergency powers',
	"the whistleblower's claims",
	'the tender process',
	'the text messages',
	'the overspend'
];
const PLACES = [
	'in the Commons',
	'on breakfast radio',
	'at the town hall',
	'on social media',
	'in a written statement',
	'at a press conference',
	'in a letter to staff',
	'outside the court',
	'at the party conference',
	'in an interview'
];
const SAYINGS = [
	'We have nothing to hide and we will publish everything.',
	'I was not aware of the figures until this morning.',
	'This is a matter for the independent inquiry.',
	'Frankly, nobody in that room believed the numbers.',
	'The contract was signed in good faith.',
	'We will not be commenting on leaked documents.',
	'People deserve answers, and they deserve them today.',
	'I stand by every word of my statement.',
	'It was a private conversation and it was taken out of context.',
	'The board knew, and the board chose to say nothing.',
	'Mistakes were made and I take responsibility for them.',
	'This is a smear, pure and simple.'
];
const VENUES = [
	'BBC Radio 4, Today',
	'Commons chamber',
	'Press conference at City Hall',
	'Statement to reporters',
	'Post on X',
	'Letter to the committee',
	'Channel Four News interview',
	'Council meeting',
	'Party conference speech'
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date `dayIndex` days after 1 January of the first year. */
function calendarDay(dayIndex: number): { year: number; month: number; day: number } {
	const date = new Date(Date.UTC(FIRST_YEAR, 0, 1 + dayIndex));
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const dayString = (d: { year: number; month: number; day: number }) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const monthString = (d: { year: number; month: number }) => `${d.year}-${pad(d.month)}`;
const quarterId = (d: { year: number; month: number }) => `q${Math.floor((d.month - 1) / 3) + 1}-${d.year}`;
const dayWords = (d: { year: number; month: number; day: number }) => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

/** A minute of a day as a local date string; minutes are kept between 06:00 and 22:59 (clear of DST gaps). */
function minuteString(dayIndex: number, minuteOfDay: number): string {
	const m = Math.min(Math.max(Math.round(minuteOfDay), 6 * 60), 22 * 60 + 59);
	return `${dayString(calendarDay(dayIndex))}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

export function generateStory(options: GenerateOptions): StoryInput {
	const count = Math.floor(options.events);
	if (!(count >= 1)) throw new Error(`events must be at least 1 (got ${options.events})`);
	const seed = options.seed ?? 1;
	const slug = options.slug ?? `bench-${count}`;
	const random = prng(seed);
	const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
	const chance = (p: number) => random() < p;

	// ---- actors --------------------------------------------------------------
	const actorCount = Math.min(60, Math.max(6, Math.round(count / 40)));
	const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => {
		const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7 + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length]}`;
		return { id: `actor-${pad(i + 1, 3)}`, name, role: ROLES[i % ROLES.length] };
	});
	const actorName = new Map(actors.map((a) => [a.id, a.name]));

	// ---- when: bursts of minute-precise events on busy days, the rest spread out ----
	type Slot =
		| { precision: 'minute'; day: number; minute: number; burst: number }
		| { precision: 'hour'; day: number; hour: number }
		| { precision: 'day'; day: number; burst?: number }
		| { precision: 'month'; day: number }
		| { precision: 'range'; day: number; days: number; months: boolean };

	const shares = { minute: 0.64, hour: 0.08, day: 0.17, month: 0.06, range: 0.05 };
	const minuteCount = Math.max(1, Math.round(count * shares.minute));
	const burstCount = Math.max(1, Math.round(minuteCount / 40));
	// Heavy-tailed burst sizes: a handful of very busy days, many quieter ones.
	const weights = Array.from({ length: burstCount }, () => 1 / Math.pow(1 - random() * 0.97, 1.3));
	const weightSum = weights.reduce((a, b) => a + b, 0);
	const sizes = weights.map((w) => Math.max(1, Math.floor((w / weightSum) * minuteCount)));
	for (let i = 0, missing = minuteCount - sizes.reduce((a, b) => a + b, 0); missing > 0; i = (i + 1) % burstCount, missing--) sizes[i]++;
	for (let i = 0, extra = sizes.reduce((a, b) => a + b, 0) - minuteCount; extra > 0; i = (i + 1) % burstCount) {
		if (sizes[i] > 1) {
			sizes[i]--;
			extra--;
		}
	}
	// Busy days cluster into a few storylines (weeks when the story is hot).
	const storylines = Array.from({ length: Math.max(1, Math.round(burstCount / 6)) }, () => int(20, DAYS - 40));
	const burstDays: number[] = [];
	const usedDays = new Set<number>();
	for (let i = 0; i < burstCount; i++) {
		let day = Math.min(DAYS - 1, Math.max(0, pick(storylines) + Math.round((random() - 0.3) * 24)));
		for (let tries = 0; usedDays.has(day) && tries < DAYS; tries++) day = (day + 1) % DAYS;
		usedDays.add(day);
		burstDays.push(day);
	}

	const slots: Slot[] = [];
	burstDays.forEach((day, burst) => {
		// A burst starts at some morning minute; posts come a few minutes apart, with lulls.
		let minute = int(6 * 60 + 30, 11 * 60);
		const maxGap = Math.max(2, Math.min(30, (15 * 60) / Math.max(1, sizes[burst])));
		for (let i = 0; i < sizes[burst]; i++) {
			slots.push({ precision: 'minute', day, minute: Math.min(minute, 22 * 60 + 59), burst });
			minute += chance(0.08) ? int(30, 90) : Math.floor(random() * maxGap * 2);
			if (minute > 22 * 60 + 59) minute = 22 * 60 + 59;
		}
	});
	const nearBurstDay = () => Math.min(DAYS - 1, Math.max(0, pick(burstDays) + int(-3, 3)));
	const remaining = count - slots.length;
	const rest = { hour: Math.round(count * shares.hour), month: Math.round(count * shares.month), range: Math.round(count * shares.range) };
	for (let i = 0; i < remaining; i++) {
		const roll = i < rest.hour ? 'hour' : i < rest.hour + rest.month ? 'month' : i < rest.hour + rest.month + rest.range ? 'range' : 'day';
		if (roll === 'hour') slots.push({ precision: 'hour', day: chance(0.7) ? nearBurstDay() : int(0, DAYS - 1), hour: int(7, 21) });
		else if (roll === 'month') slots.push({ precision: 'month', day: int(0, DAYS - 1) });
		else if (roll === 'range') {
			const months = chance(0.3);
			slots.push({ precision: 'range', day: int(0, DAYS - 70), days: months ? 0 : int(1, 12), months });
		} else {
			const onBurst = chance(0.45);
			const burst = int(0, burstCount - 1);
			slots.push(onBurst ? { precision: 'day', day: burstDays[burst], burst } : { precision: 'day', day: chance(0.6) ? nearBurstDay() : int(0, DAYS - 1) });
		}
	}
	// Time order (a coarse date sorts at its start), ties kept stable.
	const startKey = (slot: Slot): number => {
		const { year, month } = calendarDay(slot.day);
		if (slot.precision === 'month' || (slot.precision === 'range' && slot.months)) return Date.UTC(year, month - 1, 1);
		const base = slot.day * 1440;
		return Date.UTC(FIRST_YEAR, 0, 1) + (slot.precision === 'minute' ? base + slot.minute : slot.precision === 'hour' ? base + slot.hour * 60 : base) * 60_000;
	};
	const order = slots.map((slot, i) => ({ slot, key: startKey(slot), i })).sort((a, b) => a.key - b.key || a.i - b.i);

	// ---- sources: a pool, published around the events they establish ---------
	const sources: Source[] = [];
	const sourceKinds: SourceKind[] = [
		'news-report',
		'news-report',
		'news-report',
		'live-blog',
		'primary-broadcast',
		'original-publication',
		'party-statement',
		'primary-recording',
		'opinion',
		'social-post-reported',
		'reference'
	];
	const sourcesByDay = new Map<number, string[]>();
	const newSource = (day: number, published: string | undefined, forceKind?: SourceKind): string => {
		const n = sources.length + 1;
		const kind = forceKind ?? (n % 29 === 0 ? 'aggregator-copy' : pick(sourceKinds));
		const outlet = pick(OUTLETS);
		const id = `src-${pad(n, 5)}`;
		const earlier = sources.length > 0 && chance(0.15) ? [sources[int(Math.max(0, sources.length - 20), sources.length - 1)].id] : undefined;
		sources.push({
			id,
			outlet,
			headline: `${pick(LAST_NAMES)} ${pick(VERBS)} ${pick(OBJECTS)}`.replace(/^./, (c) => c.toUpperCase()),
			url: `https://news.example.org/${calendarDay(day).year}/${id}`,
			...(published ? { published } : {}),
			kind,
			reliability:
				kind === 'aggregator-copy'
					? 'Scraped copy of a news report; used only alongside the original.'
					: kind === 'opinion'
						? 'Opinion piece; used only for what the author says.'
						: 'Synthetic source for the benchmark.',
			...(earlier || kind === 'aggregator-copy' ? { basedOn: earlier ?? [sources[sources.length - 1]?.id].filter((x): x is string => Boolean(x)) } : {})
		});
		const list = sourcesByDay.get(day) ?? [];
		list.push(id);
		sourcesByDay.set(day, list);
		return id;
	};
	const targetSources = Math.max(4, Math.round(count / 3));
	const sourcesFor = (slot: Slot, when: string): string[] => {
		const pool = sourcesByDay.get(slot.day) ?? [];
		const wanted = chance(0.6) ? 1 : chance(0.7) ? 2 : 3;
		const picked = new Set<string>();
		for (let i = 0; i < wanted; i++) {
			const reuse = pool.length > 0 && (sources.length >= targetSources || chance(0.65));
			if (reuse) picked.add(pick(pool));
			else picked.add(newSource(slot.day, slot.precision === 'minute' && chance(0.7) ? when : chance(0.8) ? dayString(calendarDay(slot.day)) : undefined));
		}
		// An event resting only on aggregator copies would be a warning; give it a proper report.
		const list = [...picked];
		if (list.every((id) => sources.find((s) => s.id === id)?.kind === 'aggregator-copy') /* generated sources have one kind */)
			list.push(newSource(slot.day, dayString(calendarDay(slot.day)), 'news-report'));
		return list;
	};

	// ---- events --------------------------------------------------------------
	const kinds: EventKind[] = [...EVENT_KINDS];
	const events: Event[] = [];
	// Ids of the minute-precise events of each day, for `after` links from day-precision reactions.
	const minuteIdsByDay = new Map<number, string[]>();
	const idWidth = Math.max(4, String(count).length);
	order.forEach(({ slot }, i) => {
		if (slot.precision !== 'minute') return;
		const list = minuteIdsByDay.get(slot.day) ?? [];
		list.push(`event-${pad(i + 1, idWidth)}`);
		minuteIdsByDay.set(slot.day, list);
	});
	let busiest = { burst: 0, size: -1 };
	sizes.forEach((size, burst) => {
		if (size > busiest.size) busiest = { burst, size };
	});

	order.forEach(({ slot }, i) => {
		const id = `event-${pad(i + 1, idWidth)}`;
		const cal = calendarDay(slot.day);
		let when: Event['when'];
		let whenNote: string | undefined;
		switch (slot.precision) {
			case 'minute':
				when = minuteString(slot.day, slot.minute);
				if (chance(0.2)) whenNote = 'The minute is the time stamp of the live-blog entry, not of the event.';
				break;
			case 'hour':
				when = `${dayString(cal)}T${pad(slot.hour)}`;
				whenNote = 'The source says only "around" this hour.';
				break;
			case 'day':
				when = dayString(cal);
				if (chance(0.3)) whenNote = 'Worked out from "yesterday" in a report published the next morning.';
				break;
			case 'month':
				when = monthString(cal);
				whenNote = 'The sources give only the month.';
				break;
			case 'range': {
				if (slot.months) {
					const to = calendarDay(slot.day + 40);
					when = { from: monthString(cal), to: monthString(to), label: `${MONTHS[cal.month - 1]} or ${MONTHS[to.month - 1]} ${to.year}` };
				} else {
					const to = calendarDay(slot.day + slot.days);
					when = { from: dayString(cal), to: dayString(to), label: `between ${dayWords(cal)} and ${dayWords(to)}` };
				}
				whenNote = 'The sources disagree; the range covers both accounts.';
				break;
			}
		}
		const eventActors = [...new Set(Array.from({ length: int(0, 3) }, () => pick(actors).id))];
		const subject = eventActors.length ? actorName.get(eventActors[0])! : pick(OUTLETS);
		const title = `${subject} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)}`;
		const kind = pick(kinds);
		const event: Event = {
			id,
			title,
			summary: `${subject} ${pick(VERBS)} ${pick(OBJECTS)}. ${pick(OUTLETS)} reports that ${pick(OBJECTS)} was discussed ${pick(PLACES)}.`,
			kind,
			when,
			...(whenNote ? { whenNote } : {}),
			chapter: quarterId(cal), // a range belongs to the quarter it starts in
			actors: eventActors,
			importance: chance(0.05) ? 'key' : chance(0.6) ? 'normal' : 'minor',
			sources: sourcesFor(slot, typeof when === 'string' ? when : when.from)
		};
		// A day-precision reaction on a busy day, known to have followed one of that day's posts.
		const sameDay = slot.precision === 'day' ? minuteIdsByDay.get(slot.day) : undefined;
		if (sameDay && chance(0.5)) event.after = pick(sameDay);
		if (chance(0.04)) event.unknown = 'Who briefed the reporters first is not known.';
		events.push(event);
	});

	// ---- quotes: about one per three events ----------------------------------
	const quotes: Quote[] = [];
	const settings: QuoteSetting[] = [...QUOTE_SETTINGS];
	events.forEach((event, i) => {
		if (!(i % 3 === 1 || (i % 3 === 0 && chance(0.15)) || (i % 3 === 2 && chance(0.15)))) return;
		if (!chance(0.85)) return;
		const speaker = event.actors[0] ?? pick(actors).id;
		const quote: Quote = {
			id: `quote-${pad(quotes.length + 1, 5)}`,
			event: event.id,
			speaker,
			text: pick(SAYINGS),
			setting: pick(settings),
			venue: pick(VENUES),
			sources: [event.sources[0]]
		};
		if (chance(0.1)) quote.fragment = true;
		if (quotes.length > 0 && chance(0.08)) quote.relations = [{ type: chance(0.5) ? 'responds-to' : 'repeats', quote: quotes[int(Math.max(0, quotes.length - 10), quotes.length - 1)].id }];
		quotes.push(quote);
	});

	// ---- chapters: one per quarter ---------------------------------------------
	const chapters: StoryInput['chapters'] = [];
	for (let year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
		for (let q = 0; q < 4; q++) {
			const from = { year, month: q * 3 + 1 };
			const to = { year, month: q * 3 + 3 };
			chapters.push({
				id: quarterId(from),
				title: `Q${q + 1} ${year}`,
				span: { from: monthString(from), to: monthString(to), label: `${MONTHS[from.month - 1]} to ${MONTHS[to.month - 1]} ${year}` },
				summary: `What happened between ${MONTHS[from.month - 1]} and ${MONTHS[to.month - 1]} ${year}.`
			});
		}
	}

	// ---- a few framings and unknowns, like the real stories ---------------------
	const keyEvents = events.filter((e) => e.importance === 'key');
	const framings: NonNullable<StoryInput['framings']> = keyEvents.slice(0, Math.max(1, Math.round(count / 100))).map((event, i) => {
		const source = sources.find((s) => s.id === event.sources[0])!;
		return {
			id: `framing-${pad(i + 1, 4)}`,
			event: event.id,
			outlet: source.outlet,
			headline: source.headline ?? source.outlet,
			url: source.url ?? 'https://example.org/',
			source: source.id,
			foregrounds: pick(['the denial', 'the money', 'the leak itself', 'the timing', 'the victims'])
		};
	});
	const ranged = events.filter((e) => typeof e.when !== 'string');
	const unknowns: NonNullable<StoryInput['unknowns']> = ranged.slice(0, Math.max(1, Math.round(count / 200))).map((event, i) => ({
		id: `unknown-${pad(i + 1, 4)}`,
		question: `When exactly did this happen: ${event.title.toLowerCase()}?`,
		events: [event.id],
		positions: [{ source: event.sources[0], says: 'Gives only an approximate time.' }],
		assessment: 'The range is the best the sources allow.'
	}));

	// ---- focus: the busiest day, from its first to its last hour ------------------
	const busyDay = burstDays[busiest.burst];
	const busyMinutes = slots.filter((s): s is Extract<Slot, { precision: 'minute' }> => s.precision === 'minute' && s.burst === busiest.burst).map((s) => s.minute);
	const firstHour = Math.floor(Math.min(...busyMinutes) / 60);
	const lastHour = Math.floor(Math.max(...busyMinutes) / 60);
	const busy = calendarDay(busyDay);

	return {
		meta: {
			slug,
			title: `Synthetic benchmark story: ${count.toLocaleString('en-GB')} events`,
			dek: 'A generated story used to measure the timeline: about two years of a long-running affair, with busy news days where posts come minutes apart. None of it happened.',
			language: 'en-GB',
			timeZone: 'Europe/London',
			lastUpdated: '2025-01-15',
			credits: [{ name: 'Story generator', role: `Synthetic data (seed ${seed})` }],
			method: `Generated by \`npm run story:generate -- --events ${count} --seed ${seed}\` (bench/generate.ts). Names, outlets, quotes and links are invented; the dates follow the shape of a real running story: bursts of minute-precise posts on busy days, some events known only to the hour, day or month, and a few labelled ranges.`,
			focus: {
				from: `${dayString(busy)}T${pad(firstHour)}`,
				to: `${dayString(busy)}T${pad(lastHour)}`,
				label: `The busiest day, ${dayWords(busy)}`
			}
		},
		actors,
		sources,
		chapters,
		events,
		quotes,
		framings,
		unknowns
	};
}
