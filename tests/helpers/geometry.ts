/**
 * The timeline graphic's geometry, read from a real browser, and the
 * properties every view of every scale must have (tests/browser/graphic.test.ts,
 * scales.test.ts): no two labels overlap and no label covers another mark,
 * nothing is cut by an edge, every event that meets the window is drawn or
 * counted, no event is drawn before one it follows, key and selected events
 * drawn as marks are labelled.
 */
import type { Page } from 'playwright-core';
import type { Story } from '../../src/lib/story/schema';
import { followedEvents } from '../../src/lib/story/order-links';

export interface Measured {
	window: [number, number];
	track: { left: number; right: number; top: number; bottom: number };
	viewport: number;
	marks: { id: string; x: number; chip: boolean; label: Box | null; shape: Box }[];
	clusters: { count: number; ids: string[]; box: Box }[];
	selected: string;
}
export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Everything the checks need, read from the page in one go. */
export function measure(page: Page): Promise<Measured> {
	return page.evaluate(() => {
		const box = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
		};
		const root = document.querySelector('[data-timeline]')!;
		const track = document.querySelector('[data-timeline] svg.track')!;
		const marks = [...track.querySelectorAll('[data-event-id]')].map((el) => {
			const shape = el.querySelector('.bar') ?? el.querySelector('.symbol')!;
			const b = box(shape);
			return {
				id: el.getAttribute('data-event-id')!,
				x: (b.left + b.right) / 2,
				chip: el.classList.contains('chip'),
				label: el.querySelector('text') ? box(el.querySelector('text')!) : null,
				shape: box(el.querySelector('.chip-bg') ?? shape)
			};
		});
		const clusters = [...root.querySelectorAll('[data-cluster-count]')].map((el) => ({
			count: Number(el.getAttribute('data-cluster-count')),
			ids: (el.getAttribute('data-event-ids') ?? '').split(' ').filter(Boolean),
			box: box(el)
		}));
		return {
			window: [Number(root.getAttribute('data-window-start')), Number(root.getAttribute('data-window-end'))] as [number, number],
			track: box(track),
			viewport: innerWidth,
			marks,
			clusters,
			selected: root.getAttribute('data-selected') ?? ''
		};
	});
}

export const overlap = (a: Box, b: Box, slack = 0.5) => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;

export function problems(m: Measured, story: Story, spans: Map<string, [number, number]>): string[] {
	const out: string[] = [];
	const inside = (b: Box) => b.left >= m.track.left - 0.5 && b.right <= m.track.right + 0.5 && b.left >= -0.5 && b.right <= m.viewport + 0.5;
	for (const mark of m.marks) {
		if (mark.label && !inside(mark.label)) out.push(`label of ${mark.id} is cut by an edge`);
		if (!inside(mark.shape)) out.push(`mark of ${mark.id} is cut by an edge`);
	}
	for (const cluster of m.clusters) {
		if (!inside(cluster.box)) out.push(`cluster of ${cluster.count} is cut by an edge`);
		if (cluster.ids.length !== cluster.count) out.push(`cluster says ${cluster.count} but lists ${cluster.ids.length}`);
	}
	const labelled = m.marks.filter((mark) => mark.label);
	for (let i = 0; i < labelled.length; i++) {
		for (let j = i + 1; j < labelled.length; j++) if (overlap(labelled[i].label!, labelled[j].label!)) out.push(`labels of ${labelled[i].id} and ${labelled[j].id} overlap`);
		for (const other of m.marks) if (other.id !== labelled[i].id && overlap(labelled[i].label!, other.shape, 1)) out.push(`label of ${labelled[i].id} covers the mark of ${other.id}`);
		for (const cluster of m.clusters) if (overlap(labelled[i].label!, cluster.box, 1)) out.push(`label of ${labelled[i].id} covers a cluster`);
	}
	// Nothing hidden.
	const [w0, w1] = m.window;
	const shown = new Set([...m.marks.map((mark) => mark.id), ...m.clusters.flatMap((c) => c.ids)]);
	for (const [id, [start, end]] of spans) if (end >= w0 && start <= w1 && !shown.has(id)) out.push(`${id} meets the window but is neither drawn nor counted`);
	if (m.marks.length + m.clusters.reduce((n, c) => n + c.count, 0) !== shown.size) out.push('an event is drawn or counted twice');
	// Order: on the time axis (chips of the period strip are not on it), a follower's mark is never left of what it follows.
	const onAxis = new Map(m.marks.filter((mark) => !mark.chip).map((mark) => [mark.id, mark]));
	for (const [id, followed] of followedEvents(story.events)) {
		for (const before of followed) {
			const a = onAxis.get(before);
			const b = onAxis.get(id);
			if (a && b && b.x < a.x - 1) out.push(`${id} is drawn at ${b.x.toFixed(1)}, before ${before} at ${a.x.toFixed(1)}`);
		}
	}
	// Labels.
	for (const event of story.events) {
		const mark = m.marks.find((mk) => mk.id === event.id);
		if (mark && !mark.label && (event.importance === 'key' || event.id === m.selected)) out.push(`${event.id} (${event.importance}) has no label`);
	}
	return out;
}
