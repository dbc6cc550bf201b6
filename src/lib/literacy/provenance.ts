/**
 * How do we know? Derived from the story's sources and their `basedOn` links:
 * which source first published something, which only re-reported it, and
 * whether a claim rests on the primary material or on someone's report of it.
 * Generic: nothing here knows any particular story.
 */
import type { Source, SourceKind } from '../story/schema';

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
	/** The earliest-published original among the cited sources. */
	first: boolean;
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

function publishedKey(source: Source): string {
	// Local date strings sort chronologically as text; undated sources go last.
	return source.published ?? '9999';
}

export function provenanceOf(sourceIds: readonly string[], sources: SourceIndex): Provenance {
	const cited = sourceIds.map((id) => {
		const source = sources[id];
		if (!source) throw new ProvenanceError(`Cited source "${id}" is not in the story.`);
		originsOf(id, sources);
		return source;
	});
	const originals = cited.filter((s) => !s.basedOn?.length).sort((a, b) => publishedKey(a).localeCompare(publishedKey(b)));
	const first = originals[0]?.id;
	return {
		level: evidenceLevel(cited.map((s) => s.kind)),
		roles: cited.map((source) => ({
			source,
			role: source.basedOn?.length ? 're-report' : 'original',
			basedOn: source.basedOn ?? [],
			first: source.id === first
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
export function reReportsOf(originIds: readonly string[], sources: readonly Source[]): ReReport[] {
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
	return result.sort((a, b) => a.depth - b.depth || publishedKey(a.source).localeCompare(publishedKey(b.source)));
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
	sources: readonly Source[]
): Chain {
	const index: SourceIndex = Object.fromEntries(sources.map((s) => [s.id, s]));
	const ownQuotes = quotes.filter((q) => q.event === event.id);
	const cited = new Set([...event.sources, ...ownQuotes.flatMap((q) => q.sources)]);
	const origins = new Set([...cited].flatMap((id) => originsOf(id, index)));
	const firstPublished = [...origins].map((id) => index[id]).sort((a, b) => publishedKey(a).localeCompare(publishedKey(b)));
	const ownIds = new Set(ownQuotes.map((q) => q.id));
	const responseQuoteIds = quotes
		.filter((q) => q.event !== event.id && q.relations?.some((r) => r.type !== 'repeats' && ownIds.has(r.quote)))
		.map((q) => q.id);
	return { firstPublished, reReports: reReportsOf([...origins], sources), responseQuoteIds };
}
