/**
 * Story text cites its sources the way researchers write notes: "(s23)",
 * "(s38, s39)", "(Wikipedia mirror, s74)". Readers should see the number the
 * source has in the page's source list, as a link, never the file's id. This
 * splits a text into plain parts and citations; components render them.
 * Generic: any source id of the story counts, and only inside parentheses, so
 * an id that is also an ordinary word ("zeitung") is left alone in running text.
 */
import { sourceId } from '../story/page-ids';

/** `inline`: a mark among words, "(with [4])", set on the line rather than raised like a footnote. */
export type CitedPart = { kind: 'text'; text: string } | { kind: 'cite'; source: string; inline?: true };

/** An id-shaped run (ids are slugs, see idSchema), not part of a longer run or of a capitalised word ("S69"). */
const ID_TOKEN = /(?<![A-Za-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)*(?![A-Za-z0-9-])/g;
const GROUP = /\(([^()]*)\)/g;
/** What may separate ids in a group that holds nothing else. */
const SEPARATORS_ONLY = /^[\s,;]*$/;

export function splitCitations(text: string, isSource: (id: string) => boolean): CitedPart[] {
	// Innermost groups first: each group that cites is set aside as its parts and
	// replaced by a private-use placeholder, so "(s23 (s04))" cites both.
	const stash: { parts: CitedPart[]; footnote: boolean }[] = [];
	let work = text;
	for (let changed = true; changed;) {
		changed = false;
		work = work.replace(GROUP, (group, inner: string) => {
			const ids = [...inner.matchAll(ID_TOKEN)].filter((token) => isSource(token[0]));
			if (ids.length === 0) return group;
			changed = true;
			let rest = inner;
			for (const token of [...ids].reverse()) rest = rest.slice(0, token.index) + rest.slice(token.index! + token[0].length);
			const parts: CitedPart[] = [];
			const footnote = SEPARATORS_ONLY.test(rest);
			if (footnote) {
				// "(s38, s39)" is only citations: they become footnote marks on the word before them.
				for (const token of ids) parts.push({ kind: 'cite', source: token[0] });
			} else {
				// "(Wikipedia mirror, s74)": the words stay, each id becomes its mark.
				parts.push({ kind: 'text', text: '(' });
				let at = 0;
				for (const token of ids) {
					parts.push({ kind: 'text', text: inner.slice(at, token.index) });
					parts.push({ kind: 'cite', source: token[0], inline: true });
					at = token.index! + token[0].length;
				}
				parts.push({ kind: 'text', text: `${inner.slice(at)})` });
			}
			stash.push({ parts, footnote });
			return `${MARK}${String.fromCharCode(MARK_BASE + stash.length - 1)}`;
		});
	}

	const out: CitedPart[] = [];
	const pushText = (value: string) => {
		if (!value) return;
		const last = out[out.length - 1];
		if (last?.kind === 'text') last.text += value;
		else out.push({ kind: 'text', text: value });
	};
	const expand = (value: string) => {
		for (const piece of value.split(PLACEHOLDER)) {
			if (!piece.startsWith(MARK)) {
				pushText(piece);
				continue;
			}
			const { parts, footnote } = stash[piece.charCodeAt(1) - MARK_BASE];
			const last = out[out.length - 1];
			if (footnote && last?.kind === 'text') {
				last.text = last.text.replace(/[ \t\u00a0]+$/, '');
				if (!last.text) out.pop();
			}
			for (const part of parts) {
				if (part.kind === 'text') expand(part.text);
				else out.push(part);
			}
		}
	};
	expand(work);
	return out;
}

/** Placeholders for set-aside groups: a private-use mark and a private-use index character, neither of which an id can contain. */
const MARK = '\uE000';
const MARK_BASE = 0xe100;
const PLACEHOLDER = /(\uE000[\uE100-\uF8FF])/;

/** Where the page's source list puts a source (StoryBody's `<li id>`). */
export function sourceAnchor(id: string): string {
	return sourceId(id);
}
