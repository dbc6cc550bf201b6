/**
 * Ids for imported items. Story ids must be slugs (lower-case letters, digits,
 * single hyphens) and unique within their collection; imported headlines are
 * neither, so they are slugified here and numbered when they repeat.
 */
import { FIXED_PAGE_IDS, PAGE_ID_PREFIXES } from '../story/page-ids';

const MAX_SLUG_LENGTH = 60;

/** "Crème brûlée: the vote!" → "creme-brulee-the-vote"; "" when nothing usable is left. */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '') // combining accents left over from NFKD
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’]/g, '') // "mayor's" → "mayors", not "mayor-s"
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return truncateAtHyphen(slug, maxLength);
}

/** Cuts a long slug at a word boundary so ids stay readable in URLs. */
function truncateAtHyphen(slug: string, maxLength: number): string {
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

export interface AllocatedId {
	id: string;
	/** The id had to be numbered because its slug was already taken. */
	renumbered: boolean;
}

/**
 * Hands out unique slugs within one collection: the second "vote" becomes
 * "vote-2". Each base remembers the next number to try, so a spreadsheet with
 * 100,000 sources on one host is numbered in linear time rather than counting
 * up from 2 for every row. Ids only ever get taken, never freed, so every
 * number below the remembered one is still taken: the ids are the same as
 * counting from 2.
 */
export class IdAllocator {
	private readonly taken = new Set<string>();
	private readonly nextNumber = new Map<string, number>();

	constructor(reserved: Iterable<string> = []) {
		for (const id of reserved) this.taken.add(id);
	}

	/** A unique id from `text`, or from `fallback` when `text` has no letters or digits. */
	allocate(text: string, fallback: string): AllocatedId {
		const base = slugify(text) || slugify(fallback) || 'item';
		let id = base;
		if (this.taken.has(id)) {
			let n = this.nextNumber.get(base) ?? 2;
			while (this.taken.has((id = `${base}-${n}`))) n++;
			this.nextNumber.set(base, n + 1);
		}
		this.taken.add(id);
		return { id, renumbered: id !== base };
	}
}

/**
 * Event ids double as HTML ids on the story page, next to ids the page uses
 * itself (story/page-ids.ts). An event called "Chapter 1" or "Sources heading" must not steal them.
 */
export const PAGE_IDS_RESERVED_FOR_EVENTS: readonly string[] = FIXED_PAGE_IDS;
const PAGE_ID_PATTERN = new RegExp(`^(?:${PAGE_ID_PREFIXES.join('|')})-`);

/** Event ids avoid the page's own id patterns by taking an "event-" prefix. */
export function eventIdText(text: string): string {
	const slug = slugify(text);
	return PAGE_ID_PATTERN.test(slug) ? `event-${slug}` : slug;
}
