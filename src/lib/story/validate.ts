/**
 * Validation that talks to journalists: the shape is checked by the zod schema,
 * then the story is cross-checked (ids, references, dates, sources). Every
 * problem names a JSON path, what is wrong and what was expected.
 *
 * Never throws: arbitrary input gives either a story or a list of errors.
 */
import type { z } from 'zod';
import { SOURCE_KINDS, storySchema, type Story } from './schema';
import { parseLocalDate, localDateSpan } from '../time/local-date';
import { localDateProblem, MIN_YEAR } from './date-rules';
import { printable, textProblems, withLineFeeds } from './text';
import { idsOf as orderIds } from './order-links';
import { quoteAnchor } from '../literacy/anchors';
import { kindsOf } from './source-kind';
import { RESERVED_SLUGS } from './page-ids';

export type Severity = 'error' | 'warning';

export interface StoryProblem {
	severity: Severity;
	/** JSON path such as `$.events[3].when`. */
	path: string;
	message: string;
	expected?: string;
	/** The id of the item the path is in (`$.events[12]` → "email-apology"), so an author finds it by name. */
	item?: string;
}

export type ValidationResult = { ok: true; story: Story; warnings: StoryProblem[] } | { ok: false; errors: StoryProblem[]; warnings: StoryProblem[] };

export interface ValidateOptions {
	/** File name without `.json`; the story's slug must match it. */
	fileSlug?: string;
}

type PathSegment = PropertyKey;

export function toJsonPath(segments: readonly PathSegment[]): string {
	return segments.reduce<string>((path, segment) => {
		if (typeof segment === 'number') return `${path}[${segment}]`;
		const key = String(segment);
		return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
	}, '$');
}

export function validateStory(raw: unknown, options: ValidateOptions = {}): ValidationResult {
	// CR LF (Windows) and a lone CR (old Macs) are line breaks like LF: read as LF, never a problem.
	const input = withLineFeeds(raw);
	const text = textProblems(input);
	const textErrors = text.filter((p) => p.severity === 'error');
	const textWarnings = text.filter((p) => p.severity === 'warning');
	const parsed = storySchema.safeParse(input);
	if (!parsed.success) {
		const shapeErrors = parsed.error.issues.map((issue) => describeIssue(issue, input));
		const errors = [...textErrors, ...shapeErrors, ...crossCheckDespiteShape(input, options, [...textErrors, ...shapeErrors])];
		return { ok: false, errors: withItems(errors, input), warnings: withItems(textWarnings, input) };
	}
	const problems = crossCheck(parsed.data, options);
	const errors = withItems([...textErrors, ...problems.filter((p) => p.severity === 'error')], input);
	const warnings = withItems([...textWarnings, ...problems.filter((p) => p.severity === 'warning')], input);
	return errors.length ? { ok: false, errors, warnings } : { ok: true, story: parsed.data, warnings };
}

/** Adds the id of the collection item each problem is in, when it has a usable one. */
function withItems(problems: StoryProblem[], input: unknown): StoryProblem[] {
	return problems.map((problem) => {
		const match = /^\$\.(\w+)\[(\d+)\]/.exec(problem.path);
		const id = match ? (valueAt(input, [match[1], Number(match[2]), 'id']) as unknown) : undefined;
		return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? { ...problem, item: id } : problem;
	});
}

/**
 * A journalist fixing a file wants every problem at once, not one round per
 * kind. When the shape is wrong somewhere, the cross-checks still run on the
 * raw input if its skeleton allows; where it does not (a collection is not an
 * array, …) they are skipped. Only errors at paths the shape check did not
 * already report are added.
 */
function crossCheckDespiteShape(input: unknown, options: ValidateOptions, shapeErrors: StoryProblem[]): StoryProblem[] {
	const reported = new Set(shapeErrors.map((e) => e.path));
	try {
		return crossCheck(input as Story, options).filter(
			(p) => p.severity === 'error' && ![...reported].some((path) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`))
		);
	} catch {
		return [];
	}
}

const DATE_FIELDS = new Set(['when', 'from', 'to', 'lastUpdated', 'published', 'said', 'updated']);
const DATE_EXPECTED = 'a local date such as "2019-12-10" or "2019-12-10T10:57", or {"from": …, "to": …, "label": …}';

/** Why a string is not a local date, in the author's terms. */
export function dateFormProblem(value: string): string {
	const quoted = JSON.stringify(value);
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value)) return `${quoted} has seconds; dates stop at the minute`;
	if (/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2})?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(value))
		return `${quoted} has a UTC offset, which only a time to the minute can carry (dates are local to meta.timeZone)`;
	if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[+-]\d{4}$/.test(value)) return `${quoted} writes its offset without a colon; write it as "+01:00"`;
	if (/^\d{4}-\d{2}-\d{2}[ _]\d{2}/.test(value)) return `${quoted} separates the date and the time with a space; write a "T" between them`;
	if (/^\d{4}-\d{1,2}(?:-\d{1,2})?(?:T|$)/.test(value)) return `${quoted} needs two digits for the month and the day`;
	if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value)) return `${quoted} is not in year-month-day order`;
	if (/^\d{1,3}(?:-|$)/.test(value)) return `${quoted} needs a four-digit year`;
	return `${quoted} is not a local date`;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): StoryProblem {
	const path = toJsonPath(issue.path);
	const error = (message: string, expected?: string): StoryProblem => ({ severity: 'error', path, message, expected });
	const last = issue.path[issue.path.length - 1];
	const actual = valueAt(input, issue.path);
	if (typeof last === 'string' && DATE_FIELDS.has(last) && typeof actual === 'string' && issue.code !== 'invalid_type') {
		return error(dateFormProblem(actual), DATE_EXPECTED);
	}
	switch (issue.code) {
		case 'invalid_type': {
			const actual = valueAt(input, issue.path);
			return actual === undefined ? error('is missing', issue.expected) : error(`has the wrong type (${describeType(actual)})`, issue.expected);
		}
		case 'invalid_value':
			return error(`is ${JSON.stringify(valueAt(input, issue.path))}, which is not allowed`, `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`);
		case 'unrecognized_keys':
			return error(
				`has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`,
				'only the fields the story format defines (see /schema/story.schema.json)'
			);
		case 'invalid_union': {
			// Unions of a value or a list of values: name the bad value and what it may be.
			if (last === 'kind') {
				const bad = (Array.isArray(actual) ? actual : [actual]).find((kind) => !(SOURCE_KINDS as readonly unknown[]).includes(kind));
				if (Array.isArray(actual) && actual.length === 0) return error('must name at least one kind', `one of ${SOURCE_KINDS.map((k) => JSON.stringify(k)).join(', ')}, or a list of them`);
				return error(`is ${JSON.stringify(bad)}, which is not allowed`, `one of ${SOURCE_KINDS.map((k) => JSON.stringify(k)).join(', ')}, or a list of them`);
			}
			if (last === 'after' || last === 'before') return error(`is ${JSON.stringify(actual)}, which is neither an event id nor a list of them`, 'an event id such as "vote-held", or a list of ids');
			return error('is neither a local date nor a date range', 'a local date such as "2019-12-10" or "2019-12-10T10:57", or {"from": …, "to": …, "label": …}');
		}
		case 'too_small':
			return error(issue.message.startsWith('Too small') ? `is too short` : issue.message, `at least ${String(issue.minimum)}`);
		default:
			return error(issue.message);
	}
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
	let node: unknown = input;
	for (const segment of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[segment as string];
	}
	return node;
}

function describeType(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function crossCheck(story: Story, options: ValidateOptions): StoryProblem[] {
	const problems: StoryProblem[] = [];
	const error = (path: string, message: string, expected?: string) => problems.push({ severity: 'error', path, message, expected });
	const warn = (path: string, message: string, expected?: string) => problems.push({ severity: 'warning', path, message, expected });
	const { meta } = story;

	if (options.fileSlug !== undefined && meta.slug !== options.fileSlug) {
		error('$.meta.slug', `is "${meta.slug}" but the file is named "${options.fileSlug}.json"`, `"${options.fileSlug}"`);
	}
	if ((RESERVED_SLUGS as readonly string[]).includes(meta.slug)) {
		error('$.meta.slug', `is "${meta.slug}", the address of one of the site's own pages (/${meta.slug})`, `a slug other than ${RESERVED_SLUGS.map((s) => `"${s}"`).join(', ')}`);
	}

	const idsOf = (collection: string, items: readonly { id: string }[]) => {
		const seen = new Map<string, number>();
		items.forEach((item, index) => {
			const first = seen.get(item.id);
			if (first !== undefined) {
				error(`$.${collection}[${index}].id`, `duplicates the id "${item.id}" of ${collection}[${first}]`, 'an id unique within ' + collection);
			} else seen.set(item.id, index);
		});
		return new Set(seen.keys());
	};
	const actorIds = idsOf('actors', story.actors);
	const sourceIds = idsOf('sources', story.sources);
	const chapterIds = idsOf('chapters', story.chapters);
	const eventIds = idsOf('events', story.events);
	const quoteIds = idsOf('quotes', story.quotes);
	idsOf('framings', story.framings);
	idsOf('unknowns', story.unknowns);

	const mustResolve = (path: string, id: string, known: Set<string>, what: string) => {
		if (!known.has(id)) error(path, `refers to ${what} "${id}", which does not exist`, `the id of one of the story's ${what}s`);
	};

	const checkDate = (path: string, value: string): boolean => checkDateIn(path, value, meta.timeZone);
	const checkDateIn = (path: string, value: string, timeZone: string): boolean => {
		const problem = localDateProblem(value, timeZone);
		if (problem?.severity === 'warning') warn(path, problem.message, problem.expected);
		else if (problem) error(path, problem.message, problem.expected);
		return problem?.severity !== 'error';
	};
	const checkRange = (path: string, range: { from: string; to: string }) => {
		const fromOk = checkDate(`${path}.from`, range.from);
		const toOk = checkDate(`${path}.to`, range.to);
		if (!fromOk || !toOk) return;
		const from = localDateSpan(parseLocalDate(range.from)!, meta.timeZone);
		const to = localDateSpan(parseLocalDate(range.to)!, meta.timeZone);
		// "from 10:45 to 16 May" is fine: the range ends when the day ends.
		if (to.end <= from.start) error(`${path}.to`, `"${range.to}" is before "${range.from}"`, 'an end on or after the start');
	};

	if (meta.draft) warn('$.meta.draft', 'the story is a draft and shows a "Draft: unsourced" banner', 'no "draft" flag once every event cites a source');
	checkDate('$.meta.lastUpdated', meta.lastUpdated);
	checkRange('$.meta.focus', meta.focus);
	story.chapters.forEach((chapter, i) => checkRange(`$.chapters[${i}].span`, chapter.span));

	const sourceKindsById = new Map(story.sources.map((s) => [s.id, kindsOf(s)]));
	story.sources.forEach((source, i) => {
		const path = `$.sources[${i}]`;
		if (source.published) {
			// A time given in another zone is checked against that zone's clock.
			const zone = source.publishedTimeZone ?? meta.timeZone;
			const local = parseLocalDate(source.published);
			if (source.publishedTimeZone && local && local.precision !== 'hour' && local.precision !== 'minute') {
				warn(`${path}.publishedTimeZone`, `has no effect: "${source.published}" gives no time of day`, 'a zone only with a published time');
			}
			checkDateIn(`${path}.published`, source.published, zone);
		}
		if (source.archivedUrl && !source.url) warn(`${path}.archivedUrl`, 'is given without the url of the page it archives', 'the url as well, or no archivedUrl');
		source.basedOn?.forEach((id, j) => {
			if (id === source.id) error(`${path}.basedOn[${j}]`, 'refers to the source itself', 'the id of another source');
			else mustResolve(`${path}.basedOn[${j}]`, id, sourceIds, 'source');
		});
	});
	findBasedOnCycle(story.sources).forEach((cycle) =>
		error(`$.sources[${story.sources.findIndex((s) => s.id === cycle[0])}].basedOn`, `forms a cycle: ${cycle.join(' → ')}`, 'basedOn links that lead back to an original')
	);

	const chapterSpans = new Map(story.chapters.map((c) => [c.id, spanOrNull(c.span, meta.timeZone)]));

	story.events.forEach((event, i) => {
		const path = `$.events[${i}]`;
		if (typeof event.when === 'string') checkDate(`${path}.when`, event.when);
		else checkRange(`${path}.when`, event.when);
		const span = spanOrNull(event.when, meta.timeZone);
		mustResolve(`${path}.chapter`, event.chapter, chapterIds, 'chapter');
		const chapterSpan = chapterSpans.get(event.chapter);
		if (span && chapterSpan && (span.start < chapterSpan.start || span.start >= chapterSpan.end)) {
			warn(`${path}.when`, `falls outside the span of its chapter "${event.chapter}"`, 'a date within the chapter span');
		}
		for (const field of ['after', 'before'] as const) {
			const value = event[field];
			orderIds(value).forEach((id, j) => {
				const at = typeof value === 'string' ? `${path}.${field}` : `${path}.${field}[${j}]`;
				if (id === event.id) error(at, 'refers to the event itself', field === 'after' ? 'the id of an earlier event' : 'the id of a later event');
				else mustResolve(at, id, eventIds, 'event');
			});
		}
		event.actors.forEach((id, j) => mustResolve(`${path}.actors[${j}]`, id, actorIds, 'actor'));
		event.sources.forEach((id, j) => mustResolve(`${path}.sources[${j}]`, id, sourceIds, 'source'));
		if (event.sources.length === 0) {
			if (meta.draft) warn(`${path}.sources`, `event "${event.id}" has no source yet (allowed only in a draft)`, 'at least one source');
			else error(`${path}.sources`, `event "${event.id}" has no source`, 'at least one source id (or "draft": true in meta while the story is being sourced)');
		} else if (event.sources.every((id) => (sourceKindsById.get(id) ?? []).every((kind) => kind === 'aggregator-copy'))) {
			warn(`${path}.sources`, `event "${event.id}" rests only on aggregator copies`, 'at least one primary source or news report');
		}
	});

	checkOrderLinks(story, meta.timeZone, error);

	story.quotes.forEach((quote, i) => {
		const path = `$.quotes[${i}]`;
		// A quote card and an event article are both reached by an anchor of the page: they must differ.
		if (eventIds.has(quoteAnchor(quote.id)))
			error(`${path}.id`, `gives the quote card the anchor "#${quoteAnchor(quote.id)}", which is also an event's id`, 'a quote id no event has (e.g. another "q-…" name)');
		mustResolve(`${path}.event`, quote.event, eventIds, 'event');
		mustResolve(`${path}.speaker`, quote.speaker, actorIds, 'actor');
		if (typeof quote.said === 'string') checkDate(`${path}.said`, quote.said);
		else if (quote.said) checkRange(`${path}.said`, quote.said);
		quote.sources.forEach((id, j) => mustResolve(`${path}.sources[${j}]`, id, sourceIds, 'source'));
		quote.relations?.forEach((relation, j) => {
			if (relation.quote === quote.id) error(`${path}.relations[${j}].quote`, 'refers to the quote itself', 'the id of another quote');
			else mustResolve(`${path}.relations[${j}].quote`, relation.quote, quoteIds, 'quote');
		});
	});

	story.framings.forEach((framing, i) => {
		const path = `$.framings[${i}]`;
		mustResolve(`${path}.event`, framing.event, eventIds, 'event');
		if (framing.source) mustResolve(`${path}.source`, framing.source, sourceIds, 'source');
		if (framing.via) {
			if (framing.via === framing.source) error(`${path}.via`, "is the framing's own source", "the source the framing is known through (a press review), not the paper's own page");
			else mustResolve(`${path}.via`, framing.via, sourceIds, 'source');
		}
		if (framing.published) checkDate(`${path}.published`, framing.published);
	});

	story.unknowns.forEach((unknown, i) => {
		const path = `$.unknowns[${i}]`;
		unknown.events.forEach((id, j) => mustResolve(`${path}.events[${j}]`, id, eventIds, 'event'));
		unknown.positions.forEach((position, j) => mustResolve(`${path}.positions[${j}].source`, position.source, sourceIds, 'source'));
	});

	story.teaching?.notes?.forEach((note, i) => {
		note.events?.forEach((id, j) => mustResolve(`$.teaching.notes[${i}].events[${j}]`, id, eventIds, 'event'));
		note.sources?.forEach((id, j) => mustResolve(`$.teaching.notes[${i}].sources[${j}]`, id, sourceIds, 'source'));
	});
	story.teaching?.questions?.forEach((question, i) => question.events?.forEach((id, j) => mustResolve(`$.teaching.questions[${i}].events[${j}]`, id, eventIds, 'event')));

	return problems;
}

/** The span a `when` (or a range) stands for, or null while one of its dates is malformed (reported elsewhere). */
function spanOrNull(when: string | { from: string; to: string }, timeZone: string): { start: number; end: number } | null {
	const from = parseLocalDate(typeof when === 'string' ? when : when.from);
	const to = parseLocalDate(typeof when === 'string' ? when : when.to);
	if (!from || !to || from.year < MIN_YEAR || to.year < MIN_YEAR) return null;
	return { start: localDateSpan(from, timeZone).start, end: localDateSpan(to, timeZone).end };
}

/** One order link, where it is written: `follower` came after `followed`. */
interface OrderEdge {
	follower: number;
	followed: number;
	path: string;
	field: 'after' | 'before';
}

/**
 * Order links (`after` and `before`, story/order-links.ts) must not form a
 * cycle, and may not contradict the dates: an event cannot follow one that
 * starts after it ends. Cycles are found as strongly connected components
 * (linear, for stories of thousands of events) and each is reported once.
 */
function checkOrderLinks(story: Story, timeZone: string, error: (path: string, message: string, expected?: string) => void) {
	const index = new Map(story.events.map((e, i) => [e.id, i]));
	const edges: OrderEdge[] = [];
	story.events.forEach((event, i) => {
		for (const field of ['after', 'before'] as const) {
			const value = event[field];
			orderIds(value).forEach((id, j) => {
				const other = index.get(id);
				if (other === undefined || other === i) return;
				const path = typeof value === 'string' ? `$.events[${i}].${field}` : `$.events[${i}].${field}[${j}]`;
				edges.push(field === 'after' ? { follower: i, followed: other, path, field } : { follower: other, followed: i, path, field });
			});
		}
	});
	const out: OrderEdge[][] = story.events.map(() => []);
	for (const edge of edges) out[edge.follower].push(edge);

	const component = stronglyConnected(story.events.length, (i) => out[i].map((e) => e.followed));
	const reported = new Set<number>();
	story.events.forEach((event, i) => {
		const c = component[i];
		if (reported.has(c) || !out[i].some((e) => component[e.followed] === c)) return;
		reported.add(c);
		// The shortest way back to this event within its component.
		const cameFrom = new Map<number, OrderEdge>();
		const queue = [i];
		while (queue.length && !cameFrom.has(i)) {
			const at = queue.shift()!;
			for (const edge of out[at]) {
				if (component[edge.followed] !== c || cameFrom.has(edge.followed)) continue;
				cameFrom.set(edge.followed, edge);
				queue.push(edge.followed);
			}
		}
		const trail: OrderEdge[] = [];
		for (let at = i; trail.length === 0 || at !== i;) {
			const edge = cameFrom.get(at)!;
			trail.unshift(edge);
			at = edge.follower;
		}
		const ids = [event.id, ...trail.map((edge) => story.events[edge.followed].id)];
		error(trail[0].path, `forms a cycle: ${ids.join(' → ')}`, 'order links (after, before) that lead back to an event without one');
	});

	const spanOfEvent = (i: number) => spanOrNull(story.events[i].when, timeZone);
	for (const edge of edges) {
		const own = spanOfEvent(edge.follower);
		const target = spanOfEvent(edge.followed);
		if (!own || !target || target.start < own.end) continue;
		const follower = story.events[edge.follower].id;
		const followed = story.events[edge.followed].id;
		error(
			edge.path,
			edge.field === 'after'
				? `says "${follower}" followed "${followed}", but "${followed}" starts after "${follower}" ends`
				: `says "${followed}" preceded "${follower}", but "${followed}" starts after "${follower}" ends`,
			edge.field === 'after' ? 'an event that could have come first' : 'an event that could have come later'
		);
	}
}

/** Tarjan's strongly connected components, without recursion: the component number of each node. */
export function stronglyConnected(count: number, next: (node: number) => readonly number[]): number[] {
	const indexOf = new Array<number>(count).fill(-1);
	const low = new Array<number>(count).fill(0);
	const component = new Array<number>(count).fill(-1);
	const onStack = new Array<boolean>(count).fill(false);
	const stack: number[] = [];
	let counter = 0;
	let components = 0;
	for (let root = 0; root < count; root++) {
		if (indexOf[root] !== -1) continue;
		const work: { node: number; edge: number }[] = [{ node: root, edge: 0 }];
		indexOf[root] = low[root] = counter++;
		stack.push(root);
		onStack[root] = true;
		while (work.length) {
			const top = work[work.length - 1];
			const targets = next(top.node);
			if (top.edge < targets.length) {
				const to = targets[top.edge++];
				if (indexOf[to] === -1) {
					indexOf[to] = low[to] = counter++;
					stack.push(to);
					onStack[to] = true;
					work.push({ node: to, edge: 0 });
				} else if (onStack[to]) low[top.node] = Math.min(low[top.node], indexOf[to]);
				continue;
			}
			work.pop();
			if (work.length) low[work[work.length - 1].node] = Math.min(low[work[work.length - 1].node], low[top.node]);
			if (low[top.node] === indexOf[top.node]) {
				let member: number;
				do {
					member = stack.pop()!;
					onStack[member] = false;
					component[member] = components;
				} while (member !== top.node);
				components++;
			}
		}
	}
	return component;
}

/** Cycles in the basedOn graph, each as the list of ids around it (first id repeated at the end). */
export function findBasedOnCycle(sources: readonly { id: string; basedOn?: string[] }[]): string[][] {
	const edges = new Map(sources.map((s) => [s.id, s.basedOn ?? []]));
	const state = new Map<string, 'visiting' | 'done'>();
	const cycles: string[][] = [];
	const visit = (id: string, trail: string[]) => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			cycles.push([...trail.slice(trail.indexOf(id)), id]);
			return;
		}
		state.set(id, 'visiting');
		for (const next of edges.get(id) ?? []) if (next !== id && edges.has(next)) visit(next, [...trail, id]);
		state.set(id, 'done');
	};
	for (const id of edges.keys()) visit(id, []);
	return cycles;
}

/**
 * One line per problem: `file: severity: $.path (item id): message (expected …)`.
 * Line breaks, control and invisible characters in it are written as code points.
 */
export function formatProblems(file: string, problems: readonly StoryProblem[]): string {
	return problems.map((p) => printable(`${file}: ${p.severity}: ${p.path}${p.item ? ` (${p.item})` : ''}: ${p.message}${p.expected ? ` (expected ${p.expected})` : ''}`)).join('\n');
}
