// @vitest-environment happy-dom
/**
 * The gestures attachment (src/lib/dom/gestures.ts) on a real element and a
 * real TimelineState, driven by dispatched pointer, click and wheel events:
 * a press is a click until it moves 4 px, a drag pans, two fingers pinch, a
 * plain wheel is left to the page, ctrl + wheel zooms, and the cleanup
 * removes every listener.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gestures } from '../../../src/lib/dom/gestures';
import { TimelineState } from '../../../src/lib/state/timeline-state.svelte';
import type { Domain } from '../../../src/lib/timeline/zoom';

const H = 3_600_000;
const D = 24 * H;
const T0 = Date.UTC(2023, 9, 1);
const EVENTS = Array.from({ length: 40 }, (_, i) => ({ wallStart: T0 + i * D + 12 * H, wallEnd: T0 + i * D + 13 * H }));
/** Where the element starts on the page: pointer positions are measured from it. */
const LEFT = 120;

let element: HTMLDivElement;
let child: HTMLSpanElement;
let state: TimelineState;
let cleanup: () => void;

beforeEach(() => {
	state = new TimelineState(EVENTS, [T0 + 10 * D, T0 + 20 * D], () => undefined, 1000);
	element = document.createElement('div');
	child = document.createElement('span');
	element.append(child);
	document.body.append(element);
	element.getBoundingClientRect = () => new DOMRect(LEFT, 0, 1000, 200);
	element.setPointerCapture = vi.fn();
	cleanup = gestures(state)(element) as () => void;
});

afterEach(() => {
	cleanup();
	element.remove();
});

const windowNow = (): Domain => [state.window[0], state.window[1]];
const widthOf = (w: Domain) => w[1] - w[0];

function pointer(type: string, x: number, init: PointerEventInit = {}) {
	const event = new PointerEvent(type, { bubbles: true, cancelable: true, pointerId: 1, pointerType: 'mouse', button: 0, clientX: LEFT + x, ...init });
	element.dispatchEvent(event);
	return event;
}

function wheel(x: number, init: WheelEventInit) {
	const full = { clientX: LEFT + x, ctrlKey: false, metaKey: false, ...init };
	const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, ...full });
	// happy-dom's WheelEvent leaves out the MouseEvent part of its init (the pointer's position, the modifier keys).
	for (const key of ['clientX', 'ctrlKey', 'metaKey'] as const) if (event[key] === undefined) Object.defineProperty(event, key, { value: full[key] });
	element.dispatchEvent(event);
	return event;
}

/** Whether a click on the child reaches it. */
function clickReachesChild(): boolean {
	let reached = false;
	const listener = () => (reached = true);
	child.addEventListener('click', listener);
	child.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
	child.removeEventListener('click', listener);
	return reached;
}

describe('a drag', () => {
	it('pans: the instant under the pointer stays under it', () => {
		const before = windowNow();
		const instant = state.scale.invert(500);
		pointer('pointerdown', 500);
		pointer('pointermove', 350);
		expect(state.scale.invert(350)).toBeCloseTo(instant, -1);
		expect(widthOf(windowNow())).toBeCloseTo(widthOf(before), -1);
		expect(state.window[0]).toBeGreaterThan(before[0]);
		pointer('pointermove', 700);
		expect(state.scale.invert(700)).toBeCloseTo(instant, -1);
		pointer('pointerup', 700);
		// Released: moving the mouse no longer pans.
		const released = windowNow();
		pointer('pointermove', 200);
		expect(windowNow()).toEqual(released);
	});

	it('is a click, not a drag, until the pointer has moved 4 px', () => {
		const before = windowNow();
		pointer('pointerdown', 500);
		pointer('pointermove', 503);
		pointer('pointermove', 497);
		expect(windowNow()).toEqual(before);
		expect(element.setPointerCapture).not.toHaveBeenCalled();
		pointer('pointerup', 497);
		expect(clickReachesChild()).toBe(true);
	});

	it('captures the mouse once it drags, and swallows the click that ends it, only that one', () => {
		pointer('pointerdown', 500);
		pointer('pointermove', 480);
		pointer('pointermove', 460);
		expect(element.setPointerCapture).toHaveBeenCalledTimes(1);
		expect(element.setPointerCapture).toHaveBeenCalledWith(1);
		pointer('pointerup', 460);
		expect(clickReachesChild()).toBe(false);
		expect(clickReachesChild()).toBe(true);
	});

	it('does not capture a finger (touch keeps its own capture)', () => {
		const before = windowNow();
		pointer('pointerdown', 500, { pointerType: 'touch' });
		pointer('pointermove', 400, { pointerType: 'touch' });
		expect(element.setPointerCapture).not.toHaveBeenCalled();
		expect(state.window[0]).toBeGreaterThan(before[0]);
	});

	it('ignores the other mouse buttons, and moves of a pointer that was never pressed', () => {
		const before = windowNow();
		pointer('pointerdown', 500, { button: 2 });
		pointer('pointermove', 300, { button: 2 });
		expect(windowNow()).toEqual(before);
		pointer('pointermove', 100, { pointerId: 7 });
		expect(windowNow()).toEqual(before);
	});

	it('forgets the framed chapter', () => {
		state.frameChapter('c', [T0 + 12 * D, T0 + 14 * D], true);
		pointer('pointerdown', 500);
		pointer('pointermove', 450);
		expect(state.chapterId).toBeNull();
	});
});

describe('a pinch', () => {
	const touch = (type: string, id: number, x: number) => pointer(type, x, { pointerId: id, pointerType: 'touch' });

	it('zooms by the ratio of the fingers’ distances, keeping the instant under their midpoint under it', () => {
		const before = windowNow();
		const middle = state.scale.invert(500);
		touch('pointerdown', 1, 400);
		touch('pointerdown', 2, 600);
		touch('pointermove', 1, 300);
		touch('pointermove', 2, 700);
		expect(widthOf(windowNow())).toBeCloseTo(widthOf(before) / 2, -3);
		expect(state.scale.invert(500)).toBeCloseTo(middle, -3);
		// Both fingers slide right together: the same instant follows the midpoint.
		touch('pointermove', 1, 400);
		touch('pointermove', 2, 800);
		expect(state.scale.invert(600)).toBeCloseTo(middle, -3);
	});

	it('closing the fingers zooms out, and the click after it is swallowed', () => {
		const before = windowNow();
		touch('pointerdown', 1, 300);
		touch('pointerdown', 2, 700);
		touch('pointermove', 1, 400);
		touch('pointermove', 2, 600);
		expect(widthOf(windowNow())).toBeCloseTo(widthOf(before) * 2, -3);
		touch('pointerup', 1, 400);
		touch('pointerup', 2, 600);
		expect(clickReachesChild()).toBe(false);
	});

	it('the finger left after a pinch pans on from where things are; a cancelled pointer counts as lifted', () => {
		touch('pointerdown', 1, 400);
		touch('pointerdown', 2, 600);
		touch('pointermove', 2, 800);
		touch('pointercancel', 1, 400);
		const afterPinch = windowNow();
		const instant = state.scale.invert(800);
		touch('pointermove', 2, 700);
		expect(widthOf(windowNow())).toBeCloseTo(widthOf(afterPinch), -3);
		expect(state.scale.invert(700)).toBeCloseTo(instant, -3);
	});
});

describe('the wheel', () => {
	it('without ctrl or ⌘ is left to the page', () => {
		const before = windowNow();
		const event = wheel(500, { deltaY: -100 });
		expect(event.defaultPrevented).toBe(false);
		expect(windowNow()).toEqual(before);
	});

	it('with ctrl or ⌘ zooms around the pointer, and the page does not scroll', () => {
		const before = windowNow();
		const instant = state.scale.invert(250);
		const event = wheel(250, { deltaY: -50, ctrlKey: true });
		expect(event.defaultPrevented).toBe(true);
		expect(widthOf(windowNow())).toBeCloseTo(widthOf(before) / 2, -3);
		expect(state.scale.invert(250)).toBeCloseTo(instant, -3);
		wheel(250, { deltaY: 50, metaKey: true });
		expect(widthOf(windowNow())).toBeCloseTo(widthOf(before), -3);
	});
});

describe('the cleanup', () => {
	it('removes every listener', () => {
		cleanup();
		const before = windowNow();
		pointer('pointerdown', 500);
		pointer('pointermove', 300);
		expect(windowNow()).toEqual(before);
		expect(wheel(500, { deltaY: -50, ctrlKey: true }).defaultPrevented).toBe(false);
		expect(windowNow()).toEqual(before);
		expect(clickReachesChild()).toBe(true);
		// afterEach calls it again: removing listeners twice is harmless.
	});
});
