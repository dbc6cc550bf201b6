// @vitest-environment happy-dom
/**
 * The small DOM helpers of the page: the theme choice (dom/theme.ts), opening
 * <details> for print (dom/print.ts), measuring label widths (dom/measure.ts),
 * and the island's timing helpers (timeline/timing.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyThemeChoice, readThemeChoice } from '../../../src/lib/dom/theme';
import { openAllDetailsForPrint } from '../../../src/lib/dom/print';
import { canvasTextMeasurer } from '../../../src/lib/dom/measure';
import { observeSize, whenIdle } from '../../../src/lib/dom/timing';

const KEY = 'story-timeline-theme';

afterEach(() => {
	delete document.documentElement.dataset.theme;
	localStorage.clear();
	document.body.replaceChildren();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('the theme choice', () => {
	it('is the system’s until light or dark is set on <html>', () => {
		expect(readThemeChoice()).toBe('system');
		document.documentElement.dataset.theme = 'dark';
		expect(readThemeChoice()).toBe('dark');
		document.documentElement.dataset.theme = 'light';
		expect(readThemeChoice()).toBe('light');
		document.documentElement.dataset.theme = 'sepia';
		expect(readThemeChoice()).toBe('system');
	});

	it('is applied to <html> and remembered, and "system" forgets it', () => {
		applyThemeChoice('dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
		expect(localStorage.getItem(KEY)).toBe('dark');
		expect(readThemeChoice()).toBe('dark');
		applyThemeChoice('system');
		expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
		expect(localStorage.getItem(KEY)).toBeNull();
		expect(readThemeChoice()).toBe('system');
	});

	it('is not remembered when told not to (an embed’s theme comes from its host)', () => {
		localStorage.setItem(KEY, 'light');
		applyThemeChoice('dark', false);
		expect(readThemeChoice()).toBe('dark');
		expect(localStorage.getItem(KEY)).toBe('light');
		applyThemeChoice('system', false);
		expect(localStorage.getItem(KEY)).toBe('light');
	});

	it('lasts for the page when storage is blocked', () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		expect(() => applyThemeChoice('light')).not.toThrow();
		expect(readThemeChoice()).toBe('light');
	});
});

describe('printing', () => {
	it('opens every closed <details> for the printout, and closes them again afterwards', () => {
		document.body.innerHTML = '<details id="a"><summary>A</summary>a</details><details id="b" open><summary>B</summary>b</details><details id="c"><summary>C</summary>c</details>';
		const open = () => [...document.querySelectorAll('details')].filter((d) => d.hasAttribute('open')).map((d) => d.id);
		openAllDetailsForPrint();
		expect(open()).toEqual(['a', 'b', 'c']);
		dispatchEvent(new Event('afterprint'));
		expect(open()).toEqual(['b']);
		// Only once: a later print starts again from what is open then.
		document.getElementById('a')!.setAttribute('open', '');
		dispatchEvent(new Event('afterprint'));
		expect(open()).toEqual(['a', 'b']);
	});
});

describe('canvasTextMeasurer', () => {
	/** A canvas context that measures 7 px per character, 8 in bold, and records the fonts it is given. */
	function fakeCanvas() {
		const fonts: string[] = [];
		let font = '';
		const context = {
			get font() {
				return font;
			},
			set font(value: string) {
				font = value;
				fonts.push(value);
			},
			measureText: vi.fn((text: string) => ({ width: text.length * (font.startsWith('700') ? 8 : 7) + 0.4 }))
		};
		vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never);
		return { fonts, context };
	}

	it('measures in the element’s font, rounded up with 2 px to spare, bold and regular apart', () => {
		const { fonts } = fakeCanvas();
		const element = document.createElement('div');
		element.style.fontFamily = 'Inter, sans-serif';
		document.body.append(element);
		const measure = canvasTextMeasurer(element, 12);
		expect(measure('Vote', false)).toBe(Math.ceil(4 * 7 + 0.4) + 2);
		expect(measure('Vote', true)).toBe(Math.ceil(4 * 8 + 0.4) + 2);
		expect(fonts).toEqual(['400 12px Inter, sans-serif', '700 12px Inter, sans-serif']);
	});

	it('measures each text once, and sets the font only when it changes', () => {
		const { fonts, context } = fakeCanvas();
		const measure = canvasTextMeasurer(document.body);
		for (const text of ['a', 'bb', 'a', 'bb']) measure(text, false);
		measure('a', true);
		measure('a', true);
		expect(context.measureText).toHaveBeenCalledTimes(3);
		expect(fonts).toHaveLength(2);
	});

	it('estimates from the length where there is no canvas', () => {
		vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
		const measure = canvasTextMeasurer(document.body, 10);
		expect(measure('twelve chars', false)).toBeCloseTo(12 * 10 * 0.66);
		expect(measure('', true)).toBe(0);
	});
});

describe('observeSize', () => {
	it('reports the element each time the observer does, and disconnects on cleanup', () => {
		const observers: { callback: () => void; observed: Element[]; disconnected: boolean }[] = [];
		vi.stubGlobal(
			'ResizeObserver',
			class {
				record: (typeof observers)[number];
				constructor(callback: () => void) {
					this.record = { callback, observed: [], disconnected: false };
					observers.push(this.record);
				}
				observe(element: Element) {
					this.record.observed.push(element);
				}
				disconnect() {
					this.record.disconnected = true;
				}
			}
		);
		const element = document.createElement('div');
		const report = vi.fn();
		const cleanup = observeSize(report)(element) as () => void;
		expect(observers).toHaveLength(1);
		expect(observers[0].observed).toEqual([element]);
		expect(report).not.toHaveBeenCalled();
		observers[0].callback();
		observers[0].callback();
		expect(report).toHaveBeenCalledTimes(2);
		expect(report).toHaveBeenCalledWith(element);
		cleanup();
		expect(observers[0].disconnected).toBe(true);
	});
});

describe('whenIdle', () => {
	it('asks for an idle callback within a second where there is one, and cancels it', () => {
		const request = vi.fn((_run: () => void, _options: { timeout: number }) => 42);
		const cancel = vi.fn();
		vi.stubGlobal('requestIdleCallback', request);
		vi.stubGlobal('cancelIdleCallback', cancel);
		const run = vi.fn();
		const cleanup = whenIdle(run);
		expect(request).toHaveBeenCalledWith(run, { timeout: 1000 });
		cleanup();
		expect(cancel).toHaveBeenCalledWith(42);
	});

	it('otherwise runs on a timer, which the cleanup clears', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const run = vi.fn();
		whenIdle(run);
		expect(run).not.toHaveBeenCalled();
		vi.advanceTimersByTime(5);
		expect(run).toHaveBeenCalledTimes(1);
		const cancelled = vi.fn();
		whenIdle(cancelled)();
		vi.advanceTimersByTime(5);
		expect(cancelled).not.toHaveBeenCalled();
	});
});
