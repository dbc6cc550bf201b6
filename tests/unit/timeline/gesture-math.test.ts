/**
 * The window math of the pointer gestures (src/lib/timeline/gesture-math.ts):
 * a drag keeps the instant under the pointer, a pinch keeps the instant under
 * the fingers' midpoint, a ctrl + wheel step zooms around the pointer, and
 * whatever the input, the window stays inside the story and never collapses.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLICK_SLOP, dragWindow, isDrag, pinchWindow, wheelWindow, wheelZoomFactor } from '../../../src/lib/timeline/gesture-math';
import { timeScale, TRACK_INSET } from '../../../src/lib/timeline/scale';
import { clampDomain, MIN_WINDOW, type Domain } from '../../../src/lib/timeline/zoom';

const H = 3_600_000;
const D = 24 * H;
const WIDTH = 1000;
const scaleOf = (window: Domain) => timeScale(window, [TRACK_INSET, WIDTH - TRACK_INSET]);

/** A story of ten years, and windows inside it from an hour to its whole length. */
const FULL: Domain = [Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)];
const windowIn = (full: Domain) =>
	fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([a, b]) => {
		const width = full[1] - full[0];
		return clampDomain([full[0] + Math.min(a, b) * width, full[0] + Math.max(a, b) * width], full);
	});
/** A window in the middle of a vast domain, so no clamping gets in the way of the exact relations. */
const HUGE: Domain = [-1e15, 1e15];
const freeWindow = fc.tuple(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.double({ min: 10 * D, max: 1e11, noNaN: true })).map(([start, width]): Domain => [start, start + width]);
const px = fc.double({ min: 0, max: WIDTH, noNaN: true });

/** Relative closeness, for instants in ms around 1e12. */
const close = (a: number, b: number, scale: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(scale * 1e-9 + 1e-3);

function expectInside(window: Domain, full: Domain) {
	const slack = (full[1] - full[0]) * 1e-12;
	expect(window[0]).toBeGreaterThanOrEqual(full[0] - slack);
	expect(window[1]).toBeLessThanOrEqual(full[1] + slack);
	expect(window[1] - window[0]).toBeGreaterThanOrEqual(Math.min(MIN_WINDOW, full[1] - full[0]) * (1 - 1e-9));
}

describe('a press becomes a drag', () => {
	it(`once the pointer has moved ${CLICK_SLOP} px either way, not before`, () => {
		for (const dx of [0, 1, -1, CLICK_SLOP - 0.5, -(CLICK_SLOP - 0.5)]) expect(isDrag(dx)).toBe(false);
		for (const dx of [CLICK_SLOP, -CLICK_SLOP, 40, -300]) expect(isDrag(dx)).toBe(true);
	});
});

describe('dragWindow', () => {
	it('leaves the window where it is for a drag of 0 px', () => {
		fc.assert(
			fc.property(windowIn(FULL), (window) => {
				expect(dragWindow(window, scaleOf(window), 0, FULL)).toEqual([window[0], window[1]]);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps the instant that was under the pointer under it', () => {
		fc.assert(
			fc.property(freeWindow, px, fc.double({ min: -WIDTH, max: WIDTH, noNaN: true }), (window, x, dx) => {
				const before = scaleOf(window);
				const after = scaleOf(dragWindow(window, before, dx, HUGE));
				close(after.invert(x + dx), before.invert(x), window[1] - window[0]);
			}),
			{ numRuns: 300 }
		);
	});

	it('moves later in time when dragged to the left, earlier to the right', () => {
		const window: Domain = [FULL[0] + 400 * D, FULL[0] + 430 * D];
		const scale = scaleOf(window);
		expect(dragWindow(window, scale, -100, FULL)[0]).toBeGreaterThan(window[0]);
		expect(dragWindow(window, scale, 100, FULL)[0]).toBeLessThan(window[0]);
	});

	it('stops at the ends of the story, keeping its width', () => {
		fc.assert(
			fc.property(windowIn(FULL), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (window, dx) => {
				const next = dragWindow(window, scaleOf(window), dx, FULL);
				expectInside(next, FULL);
				close(next[1] - next[0], window[1] - window[0], FULL[1] - FULL[0]);
			}),
			{ numRuns: 300 }
		);
		const first: Domain = [FULL[0], FULL[0] + 30 * D];
		expect(dragWindow(first, scaleOf(first), 500, FULL)).toEqual([first[0], first[1]]);
	});
});

describe('pinchWindow', () => {
	it('leaves the window where it is while the fingers stay put', () => {
		fc.assert(
			fc.property(windowIn(FULL), px, px, (window, a, b) => {
				const next = pinchWindow(window, scaleOf(window), [a, b], [a, b], FULL);
				close(next[0], window[0], FULL[1] - FULL[0]);
				close(next[1], window[1], FULL[1] - FULL[0]);
			}),
			{ numRuns: 300 }
		);
	});

	it('keeps the instant under the fingers’ midpoint under it, and zooms by the ratio of their distances', () => {
		const spread = fc.double({ min: 20, max: WIDTH / 2, noNaN: true });
		fc.assert(
			fc.property(freeWindow, px, spread, px, spread, (window, m0, s0, m1, s1) => {
				const before = scaleOf(window);
				const from = [m0 - s0 / 2, m0 + s0 / 2] as const;
				const to = [m1 + s1 / 2, m1 - s1 / 2] as const;
				const next = pinchWindow(window, before, from, to, HUGE);
				const after = scaleOf(next);
				close(after.invert(m1), before.invert(m0), window[1] - window[0]);
				close((next[1] - next[0]) * s1, (window[1] - window[0]) * s0, (window[1] - window[0]) * s0);
			}),
			{ numRuns: 300 }
		);
	});

	it('zooms in when the fingers spread, out when they close', () => {
		const window: Domain = [FULL[0] + 400 * D, FULL[0] + 430 * D];
		const scale = scaleOf(window);
		const width = (w: Domain) => w[1] - w[0];
		expect(width(pinchWindow(window, scale, [400, 600], [300, 700], FULL))).toBeCloseTo(width(window) / 2);
		expect(width(pinchWindow(window, scale, [400, 600], [450, 550], FULL))).toBeCloseTo(width(window) * 2);
	});

	it('gives a window inside the story for any fingers, even two on the same spot', () => {
		fc.assert(
			fc.property(windowIn(FULL), px, px, px, px, (window, a0, b0, a1, b1) => {
				const next = pinchWindow(window, scaleOf(window), [a0, b0], [a1, b1], FULL);
				expect(next.every(Number.isFinite)).toBe(true);
				expectInside(next, FULL);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('ctrl + wheel', () => {
	it('zooms by the factor d3-zoom would use, in pixels, lines or pages', () => {
		expect(wheelZoomFactor({ deltaY: -50, deltaMode: 0 })).toBeCloseTo(2);
		expect(wheelZoomFactor({ deltaY: 100, deltaMode: 0 })).toBeCloseTo(0.25);
		// A line is 25 px; a page is 500.
		expect(wheelZoomFactor({ deltaY: -2, deltaMode: 1 })).toBeCloseTo(wheelZoomFactor({ deltaY: -50, deltaMode: 0 }));
		expect(wheelZoomFactor({ deltaY: 0.1, deltaMode: 2 })).toBeCloseTo(wheelZoomFactor({ deltaY: 50, deltaMode: 0 }));
		fc.assert(
			// Up to ten times what one real wheel event sends in each unit.
			fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.constantFrom([0, 5000], [1, 200], [2, 10]), (share, [deltaMode, most]) => {
				const deltaY = share * most;
				expect(wheelZoomFactor({ deltaY, deltaMode }) * wheelZoomFactor({ deltaY: -deltaY, deltaMode })).toBeCloseTo(1, 9);
			})
		);
	});

	it('zooms around the instant under the pointer', () => {
		fc.assert(
			fc.property(freeWindow, px, fc.double({ min: -200, max: 200, noNaN: true }), (window, x, deltaY) => {
				const before = scaleOf(window);
				const next = wheelWindow(window, before, x, { deltaY, deltaMode: 0 }, HUGE);
				close(scaleOf(next).invert(x), before.invert(x), window[1] - window[0]);
				if (deltaY <= -1) expect(next[1] - next[0]).toBeLessThan(window[1] - window[0]);
				if (deltaY >= 1) expect(next[1] - next[0]).toBeGreaterThan(window[1] - window[0]);
			}),
			{ numRuns: 300 }
		);
	});

	it('stays inside the story however far it zooms', () => {
		fc.assert(
			fc.property(windowIn(FULL), px, fc.double({ min: -5000, max: 5000, noNaN: true }), (window, x, deltaY) => {
				expectInside(wheelWindow(window, scaleOf(window), x, { deltaY, deltaMode: 0 }, FULL), FULL);
			}),
			{ numRuns: 300 }
		);
	});
});
