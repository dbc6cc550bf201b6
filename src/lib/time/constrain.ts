/**
 * Where an event can have happened, given what the story says about its order.
 *
 * An event's own date gives a span (a day, a morning, "late November or early
 * December"). An `after` link narrows it: if B came after A, B cannot have
 * happened before A could have (B starts no earlier than A's start), and A
 * cannot have happened after B could have (A ends no later than B's end). The
 * graphic draws these narrowed spans, so a reaction known only to the day is
 * never drawn before the 10:57 post it answers, and the post known only as
 * "that morning, after the 08:58 interview" is drawn from 08:58, not midnight.
 *
 * Both rules are monotone (starts only rise, ends only fall), so one pass
 * forward in `after` order and one pass backward reach the fixed point. With
 * those spans, every `after` pair keeps its order whichever point of the span
 * is drawn (start, end or centre). A pair the data contradicts (B said to be
 * after A, yet B's span ends before A's begins) keeps the narrowed start and
 * an end no earlier than it: the order is kept, the contradiction is the
 * validator's to report.
 */
import type { Span } from './local-date';

export interface OrderedSpan extends Span {
	id: string;
	/** Ids of events this one is known to have followed. */
	after: readonly string[];
}

/**
 * The narrowed span of every item, by id. Unknown ids in `after` are ignored;
 * a cycle (the validator refuses one) is cut where it closes.
 */
export function narrowSpans(items: readonly OrderedSpan[]): Map<string, Span> {
	const byId = new Map(items.map((item) => [item.id, item]));
	const order = topologicalOrder(items, byId);
	const start = new Map(items.map((item) => [item.id, item.start]));
	const end = new Map(items.map((item) => [item.id, Math.max(item.start, item.end)]));

	// Forward: a follower starts no earlier than what it follows.
	for (const id of order) {
		let s = start.get(id)!;
		for (const before of byId.get(id)!.after) if (byId.has(before)) s = Math.max(s, start.get(before)!);
		start.set(id, s);
	}
	// Backward: what is followed ends no later than its follower.
	for (let k = order.length - 1; k >= 0; k--) {
		const id = order[k];
		const e = end.get(id)!;
		for (const before of byId.get(id)!.after) if (byId.has(before)) end.set(before, Math.min(end.get(before)!, e));
	}
	const result = new Map<string, Span>();
	for (const item of items) {
		const s = start.get(item.id)!;
		result.set(item.id, { start: s, end: Math.max(s, end.get(item.id)!) });
	}
	return result;
}

/** Ids ordered so that every item comes after the items it follows (depth-first without recursion, so long chains are safe; a cycle is cut). */
function topologicalOrder(items: readonly OrderedSpan[], byId: Map<string, OrderedSpan>): string[] {
	const order: string[] = [];
	const state = new Map<string, 'visiting' | 'done'>();
	for (const root of items) {
		if (state.has(root.id)) continue;
		const stack: { id: string; next: number }[] = [{ id: root.id, next: 0 }];
		state.set(root.id, 'visiting');
		while (stack.length) {
			const top = stack[stack.length - 1];
			const after = byId.get(top.id)!.after;
			if (top.next < after.length) {
				const before = after[top.next++];
				if (byId.has(before) && !state.has(before)) {
					state.set(before, 'visiting');
					stack.push({ id: before, next: 0 });
				}
				continue;
			}
			state.set(top.id, 'done');
			order.push(top.id);
			stack.pop();
		}
	}
	return order;
}
