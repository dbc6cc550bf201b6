/**
 * A source may be more than one kind at once (a transcript that is also a
 * news report): `kind` is one kind or a list. Everything that reads kinds
 * goes through here.
 */
import type { SourceKind } from './schema';

export function kindsOf(source: { kind: SourceKind | readonly SourceKind[] }): SourceKind[] {
	return typeof source.kind === 'string' ? [source.kind] : [...source.kind];
}

/** "Transcript / News report", in the story's language. */
export function kindText(source: { kind: SourceKind | readonly SourceKind[] }, names: Record<string, string>): string {
	return kindsOf(source)
		.map((kind) => names[kind])
		.join(' / ');
}
