/**
 * The timeline's key table (timeline/keys.ts) and its mark shapes
 * (timeline/marks.ts): what each key does in a listbox, and that shape, not
 * only colour, tells the kinds apart, with key events drawn biggest.
 */
import { describe, expect, it, vi } from 'vitest';
import { keyAction, onTimelineKey, type KeyHandlers } from '../../../src/lib/timeline/keys';
import { MARK_RADIUS, markPath, SHAPE_BY_KIND } from '../../../src/lib/timeline/marks';
import { EVENT_KINDS } from '../../../src/lib/story/vocabulary';

function handlers(zoom = true) {
	const calls: string[] = [];
	const on: KeyHandlers = {
		step: (delta) => calls.push(`step ${delta}`),
		first: () => calls.push('first'),
		last: () => calls.push('last'),
		open: () => calls.push('open'),
		...(zoom ? { zoom: (factor: number) => calls.push(`zoom ${factor}`) } : {})
	};
	return { on, calls };
}

describe('the timeline’s keys', () => {
	it('step with the arrows, jump with Home and End, zoom with + = -, open with Enter', () => {
		const { on, calls } = handlers();
		for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', '+', '=', '-', 'Enter']) keyAction(key, on)!();
		expect(calls).toEqual(['step -1', 'step 1', 'first', 'last', 'zoom 2', 'zoom 2', 'zoom 0.5', 'open']);
	});

	it('leave every other key to the browser, and the zoom keys where the scale does not zoom', () => {
		const { on } = handlers(false);
		for (const key of ['+', '=', '-', 'Tab', ' ', 'ArrowUp', 'ArrowDown', 'a', 'Escape']) expect(keyAction(key, on)).toBeNull();
		expect(keyAction('ArrowRight', on)).not.toBeNull();
	});

	it('as a keydown handler: act and prevent the browser’s default, or leave the event alone', () => {
		const { on, calls } = handlers();
		const handle = onTimelineKey(on);
		const press = (key: string) => {
			const event = { key, preventDefault: vi.fn() };
			handle(event as unknown as KeyboardEvent);
			return event.preventDefault.mock.calls.length;
		};
		expect(press('End')).toBe(1);
		expect(press('-')).toBe(1);
		expect(press('PageDown')).toBe(0);
		expect(calls).toEqual(['last', 'zoom 0.5']);
	});
});

describe('mark shapes', () => {
	/** The points of an SVG path of absolute and relative moves, as numbers. */
	const numbers = (path: string) => (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);

	it('give every kind a closed path, and different kinds different shapes (other and remark share the circle)', () => {
		const paths = new Map(EVENT_KINDS.map((kind) => [kind, markPath(kind, 'normal')]));
		for (const path of paths.values()) {
			expect(path).toMatch(/^M.*Z$/);
			expect(numbers(path).every(Number.isFinite)).toBe(true);
		}
		const distinct = new Set(EVENT_KINDS.filter((k) => k !== 'other').map((k) => paths.get(k)));
		expect(distinct.size).toBe(EVENT_KINDS.length - 1);
		expect(paths.get('other')).toBe(paths.get('remark'));
	});

	it('are drawn around (0, 0) within about their radius', () => {
		for (const kind of EVENT_KINDS) {
			const r = MARK_RADIUS.key;
			// Absolute coordinates only (the circle's arcs are relative): none beyond 1.3 r of the centre.
			const path = SHAPE_BY_KIND[kind](r);
			const absolute = path.includes('a') ? numbers(path.split('a')[0]) : numbers(path);
			for (const value of absolute) expect(Math.abs(value)).toBeLessThanOrEqual(1.3 * r);
			expect(absolute.some((value) => Math.abs(value) >= 0.8 * r)).toBe(true);
		}
	});

	it('are biggest for key events and smallest for minor ones', () => {
		expect(MARK_RADIUS.key).toBeGreaterThan(MARK_RADIUS.normal);
		expect(MARK_RADIUS.normal).toBeGreaterThan(MARK_RADIUS.minor);
		const extent = (path: string) => Math.max(...numbers(path.split('a')[0]).map(Math.abs));
		for (const kind of EVENT_KINDS) {
			expect(extent(markPath(kind, 'key'))).toBeGreaterThan(extent(markPath(kind, 'normal')));
			expect(extent(markPath(kind, 'normal'))).toBeGreaterThan(extent(markPath(kind, 'minor')));
		}
	});
});
