/**
 * How do we know? Derived from the story's sources and their `basedOn` links:
 * which source first published something, which only re-reported it, and
 * whether a claim rests on the primary material or on someone's report of it.
 * Generic: nothing here knows any particular story.
 */
import type { Source, SourceKind } from '../story/schema';
import { kindsOf } from '../story/source-kind';
import { localDateSpan, parseLocalDate, wallSpan, type Span } from '../time/local-date';

/** Kinds that are the thing itself (the recording, the broadcast, the first publication, a party's own statement). */
const PRIMARY_KINDS: ReadonlySet<SourceKind> = new Set(['primary-recording', 'primary-broadcast', 'original-publication', 'party-statement']);
/** Kinds known only through someone else's copy. */
const SECONDHAND_KINDS: ReadonlySet<SourceKind> = new Set(['aggregator-copy', 'social-post-reported']);

export type EvidenceLevel = 'primary' | 'reported' | 'secondhand';

export class ProvenanceError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ProvenanceError';
	}
}

export interface SourceRole {
	source: Source;
	/** `original`: based on nothing in the story; `re-report`: it re-reports or copies `basedOn`. */
	role: 'original' | 're-report';
	basedOn: string[];
	/** The earliest-published original among the cited sources, as far as the dates' precision can tell (`firstness` says how far). */
	first: boolean;
	/** Set on the originals that may have come first; see `firstnessOf`. */
	firstness?: Firstness;
}

export interface Provenance {
	level: EvidenceLevel;
	roles: SourceRole[];
}

type SourceIndex = Record<string, Source>;

/** The evidence level of a set of cited sources: the best kind among them decides. */
export function evidenceLevel(kinds: readonly SourceKind[]): EvidenceLevel {
	if (kinds.some((k) => PRIMARY_KINDS.has(k))) return 'primary';
	if (kinds.some((k) => !SECONDHAND_KINDS.has(k))) return 'reported';
	return 'secondhand';
}

/** Follows `basedOn` from `id` to the originals it rests on; throws on a missing link or a cycle instead of looping. */
export function originsOf(id: string, sources: SourceIndex): string[] {
	const origins = new Set<string>();
	const walk = (current: string, trail: string[]) => {
		const source = sources[current];
		if (!source) throw new ProvenanceError(`Source "${trail[trail.length - 1]}" is based on "${current}", which is not in the story.`);
		if (trail.includes(current)) throw new ProvenanceError(`basedOn forms a cycle: ${[...trail.slice(trail.indexOf(current)), current].join(' → ')}`);
		const parents = source.basedOn ?? [];
		if (parents.length === 0) origins.add(current);
		for (const parent of parents) walk(parent, [...trail, current]);
	};
	walk(id, []);
	return [...origins];
}

type Dated = Pick<Source, 'published' | 'publishedTimeZone'>;

/**
 * The span of time a publication date stands for: "2010-04" is the whole of
 * April, so it cannot be said to come before a source dated 28 April. In the
 * zone it is written in (the source's own `publishedTimeZone`, else the
 * story's) when the story's zone is given; otherwise in wall-clock time,
 * which orders dates of one zone the same way except within the hour the
 * clocks go back.
 */
export function publishedSpan(source: Dated, timeZone?: string): Span | null {
	const local = source.published ? parseLocalDate(source.published) : null;
	if (!local) return null;
	return timeZone ? localDateSpan(local, source.publishedTimeZone ?? timeZone) : wallSpan(local);
}

/** Earlier start first, then the narrower (better known) span; undated last. Only for a stable, readable order. */
function compareByPublished(timeZone?: string) {
	const spans = new Map<Dated, Span | null>();
	const spanOf = (source: Dated) => {
		if (!spans.has(source)) spans.set(source, publishedSpan(source, timeZone));
		return spans.get(source)!;
	};
	return (a: Dated, b: Dated): number => {
		const sa = spanOf(a);
		const sb = spanOf(b);
		if (!sa || !sb) return (sa ? 0 : 1) - (sb ? 0 : 1);
		return sa.start - sb.start || sa.end - sb.end;
	};
}

/**
 * `first`: its span ends before (or as) every other one starts, so it was
 * published first whatever the exact times were. `among-first`: the dates are
 * too coarse to tell it from another one that may have come first ("2010-04"
 * and "2010-04-28"). `first-known`: first of the dated ones, but an undated
 * one might have come before it.
 */
export type Firstness = 'first' | 'among-first' | 'first-known';

/**
 * Which of `sources` (the originals among what a claim cites) may have been
 * published first, judged by the spans their dates stand for rather than by
 * the date strings. Undated sources are never marked (unless one stands
 * alone); with only undated ones nothing is.
 */
export function firstnessOf(sources: readonly (Dated & Pick<Source, 'id'>)[], timeZone?: string): Map<string, Firstness> {
	// A lone original is the first among what the claim cites, dated or not.
	if (sources.length === 1) return new Map([[sources[0].id, 'first']]);
	const dated = sources.map((source) => ({ id: source.id, span: publishedSpan(source, timeZone) })).filter((s): s is { id: string; span: Span } => s.span !== null);
	const undated = dated.length < sources.length;
	const result = new Map<string, Firstness>();
	const others = (id: string) => dated.filter((other) => other.id !== id);
	const definite = dated.find(({ id, span }) => others(id).every((other) => span.end <= other.span.start));
	if (definite) {
		result.set(definite.id, undated ? 'first-known' : 'first');
		return result;
	}
	// Each one that could have come before all the others: it starts before every other one has ended.
	for (const { id, span } of dated) if (others(id).every((other) => span.start < other.span.end)) result.set(id, 'among-first');
	return result;
}

export function provenanceOf(sourceIds: readonly string[], sources: SourceIndex, timeZone?: string): Provenance {
	const cited = sourceIds.map((id) => {
		const source = sources[id];
		if (!source) throw new ProvenanceError(`Cited source "${id}" is not in the story.`);
		originsOf(id, sources);
		return source;
	});
	const originals = [...new Map(cited.filter((s) => !s.basedOn?.length).map((s) => [s.id, s])).values()];
	const firstness = firstnessOf(originals, timeZone);
	return {
		level: evidenceLevel(cited.flatMap(kindsOf)),
		roles: cited.map((source) => ({
			source,
			role: source.basedOn?.length ? 're-report' : 'original',
			basedOn: source.basedOn ?? [],
			first: firstness.get(source.id) === 'first',
			...(firstness.has(source.id) ? { firstness: firstness.get(source.id) } : {})
		}))
	};
}

export interface ReReport {
	source: Source;
	/** 1: re-reports an original directly; 2: re-reports a re-report; … */
	depth: number;
	basedOn: string[];
}

/**
 * Every source in the story that re-reports `originIds`, directly or through
 * other re-reports, breadth first, each once at its shortest depth.
 */
export function reReportsOf(originIds: readonly string[], sources: readonly Source[], timeZone?: string): ReReport[] {
	const index: SourceIndex = Object.fromEntries(sources.map((s) => [s.id, s]));
	for (const source of sources) for (const parent of source.basedOn ?? []) if (!index[parent]) throw new ProvenanceError(`Source "${source.id}" is based on "${parent}", which is not in the story.`);
	const children = new Map<string, Source[]>();
	for (const source of sources) for (const parent of source.basedOn ?? []) children.set(parent, [...(children.get(parent) ?? []), source]);
	const seen = new Set(originIds);
	const result: ReReport[] = [];
	let frontier = [...originIds];
	for (let depth = 1; frontier.length; depth++) {
		const next: string[] = [];
		for (const id of frontier) {
			for (const child of children.get(id) ?? []) {
				if (seen.has(child.id)) continue;
				seen.add(child.id);
				result.push({ source: child, depth, basedOn: child.basedOn ?? [] });
				next.push(child.id);
			}
		}
		frontier = next;
	}
	const byPublished = compareByPublished(timeZone);
	return result.sort((a, b) => a.depth - b.depth || byPublished(a.source, b.source));
}

export interface Chain {
	/** Originals among everything the event and its quotes cite, earliest first. */
	firstPublished: Source[];
	reReports: ReReport[];
	/** Ids of quotes elsewhere that respond to, contradict or revise this event's quotes. */
	responseQuoteIds: string[];
}

/**
 * How an event reached the public: from the first publication(s) it rests on,
 * through every outlet that re-reported them, to the words said in response.
 */
export function chainOf(
	event: { id: string; sources: readonly string[] },
	quotes: readonly { id: string; event: string; sources: readonly string[]; relations?: readonly { type: string; quote: string }[] }[],
	sources: readonly Source[],
	timeZone?: string
): Chain {
	const index: SourceIndex = Object.fromEntries(sources.map((s) => [s.id, s]));
	const ownQuotes = quotes.filter((q) => q.event === event.id);
	const cited = new Set([...event.sources, ...ownQuotes.flatMap((q) => q.sources)]);
	const origins = new Set([...cited].flatMap((id) => originsOf(id, index)));
	const firstPublished = [...origins].map((id) => index[id]).sort(compareByPublished(timeZone));
	const ownIds = new Set(ownQuotes.map((q) => q.id));
	const responseQuoteIds = quotes.filter((q) => q.event !== event.id && q.relations?.some((r) => r.type !== 'repeats' && ownIds.has(r.quote))).map((q) => q.id);
	return { firstPublished, reReports: reReportsOf([...origins], sources, timeZone), responseQuoteIds };
}
