/**
 * Story text cites its sources the way researchers write notes: "(s23)",
 * "(s38, s39)", "(Wikipedia mirror, s74)". Readers should see the number the
 * source has in the page's source list, as a link, never the file's id. This
 * splits a text into plain parts and citations; components render them.
 * Generic: any source id of the story counts, and only inside parentheses, so
 * an id that is also an ordinary word ("zeitung") is left alone in running text.
 */

/** `inline`: a mark among words, "(with [4])", set on the line rather than raised like a footnote. */
export type CitedPart = { kind: 'text'; text: string } | { kind: 'cite'; source: string; inline?: true };

/** An id-shaped run (ids are slugs, see idSchema), not part of a longer run or of a capitalised word ("S69"). */
const ID_TOKEN = /(?<![A-Za-z0-9-])[a-z0-9]+(?:-[a-z0-9]+)*(?![A-Za-z0-9-])/g;
const GROUP = /\(([^()]*)\)/g;
/** What may separate ids in a group that holds nothing else. */
const SEPARATORS_ONLY = /^[\s,;]*$/;

export function splitCitations(text: string, isSource: (id: string) => boolean): CitedPart[] {
	const parts: CitedPart[] = [];
	const pushText = (value: string) => {
		if (!value) return;
		const last = parts[parts.length - 1];
		if (last?.kind === 'text') last.text += value;
		else parts.push({ kind: 'text', text: value });
	};
	let done = 0;
	for (const group of text.matchAll(GROUP)) {
		const inner = group[1];
		const ids = [...inner.matchAll(ID_TOKEN)].filter((token) => isSource(token[0]));
		if (ids.length === 0) continue;
		const before = text.slice(done, group.index);
		let rest = inner;
		for (const token of [...ids].reverse()) rest = rest.slice(0, token.index) + rest.slice(token.index! + token[0].length);
		if (SEPARATORS_ONLY.test(rest)) {
			// "(s38, s39)" is only citations: they become footnote marks on the word before them.
			pushText(before.replace(/[ \t\u00a0]+$/, ''));
			for (const token of ids) parts.push({ kind: 'cite', source: token[0] });
		} else {
			// "(Wikipedia mirror, s74)": the words stay, each id becomes its mark.
			pushText(before + '(');
			let at = 0;
			for (const token of ids) {
				pushText(inner.slice(at, token.index));
				parts.push({ kind: 'cite', source: token[0], inline: true });
				at = token.index! + token[0].length;
			}
			pushText(inner.slice(at) + ')');
		}
		done = group.index! + group[0].length;
	}
	pushText(text.slice(done));
	return parts;
}

/** Where the page's source list puts a source (StoryBody's `<li id>`). */
export function sourceAnchor(id: string): string {
	return `source-${id}`;
}
