/**
 * The one reactive state of a timeline: the scale shown (chronological,
 * sequential or segmented, see scales.ts), the visible window, the track
 * width, the selected event, the chapter the reader framed, and the px scales
 * derived from them. Components read it and call its methods; the gestures
 * and the overview write the window through `setWindow`. Flights between
 * windows and the slide between scales are svelte/motion Tweens.
 */
import { Tween } from 'svelte/motion';
import { cubicInOut, quadInOut } from 'svelte/easing';
import { clampDomain, flightPath, fullDomainOf, windowShowing, zoomDomain, type Domain } from '../timeline/zoom';
import { chronologicalWindowOf, ordersIn, sequentialAt, sequentialFull, sequentialWindow, SEQUENTIAL_STEP, type ScaleName, type ShapeEvent } from '../timeline/scales';
import { timeScale, TRACK_INSET } from '../timeline/scale';

/** How long the marks take to slide from one scale to the other (ms). */
const MORPH_MS = 550;

/** Without animation frames (on the server, in unit tests under Node) every move is instant. */
const canAnimate = () => typeof requestAnimationFrame !== 'undefined';

/**
 * The track's width where the page is most often read, which the server draws
 * it at: in a desktop window the story page's column is at its widest (72rem
 * less its padding, the timeline's border and padding); an embed, in a 700 px
 * column. Where the guess is right, the first frame keeps the server's layout.
 */
export const COMMON_WIDTH = { story: 1094, embed: 650 } as const;

export class TimelineState {
	/** The chronological scale's whole story (its drawn spans, padded). */
	readonly chronologicalFull: Domain;
	readonly sequentialFull: Domain;
	/** The scale shown (scales.ts). */
	scaleName = $state<ScaleName>('chronological');
	/**
	 * The window: moved at once (`duration: 0`) or flown along `flightPath`. Its
	 * `current` is where the window is (mid-flight too), its `target` where the
	 * flight ends, so quick repeated clicks compound from there; a new flight
	 * starts from wherever the window is when its first frame comes.
	 */
	readonly #window: Tween<[number, number]>;
	/** The slide between scales (0 → 1, eased), and the scale and window the marks come from. */
	readonly #slide = new Tween(1, { duration: MORPH_MS, easing: cubicInOut });
	#slideFrom = $state<{ from: ScaleName; window: Domain } | null>(null);
	/**
	 * While the marks move from one scale to the other (chronological ⇄ sequential):
	 * the scale and window they come from, and how far they have gone (0 → 1).
	 */
	readonly morph = $derived.by(() => (this.#slideFrom && this.#slide.current < 1 ? { ...this.#slideFrom, t: this.#slide.current } : null));
	/** Track px: the server's guess until the track is measured (components/timeline/TimelineTrack.svelte). */
	width = $state<number>(COMMON_WIDTH.story);
	selectedId = $state<string | null>(null);
	/** The chapter whose button framed the window, until the reader moves it by hand. */
	chapterId = $state<string | null>(null);
	/** The period strip shows every chip. */
	expanded = $state(false);
	/** The current scale's whole domain (the segmented scale has no window of its own: the chronological one waits). */
	readonly full: Domain = $derived.by(() => (this.scaleName === 'sequential' ? this.sequentialFull : this.chronologicalFull));
	/** Window → track px. */
	readonly scale = $derived(timeScale(this.window, [TRACK_INSET, Math.max(this.width - TRACK_INSET, TRACK_INSET + 1)]));
	/** Whole story → overview px. */
	readonly overviewScale = $derived.by(() => timeScale(this.full, [0, this.width]));
	/** Each scale's window when the reader left it. */
	#left: Partial<Record<ScaleName, [number, number]>> = {};
	readonly #events: readonly ShapeEvent[];
	readonly #indexOf: (id: string) => number | undefined;
	/** The chronological window the story opens on (`meta.focus`). */
	readonly focus: Domain;

	/**
	 * `events`: the drawn spans in time order; `indexOf`: an event id's position in them; `focus`: the
	 * chronological window the story opens on; `scale`: the scale it opens in.
	 */
	constructor(events: readonly ShapeEvent[], focus: Domain, indexOf: (id: string) => number | undefined = () => undefined, width: number = COMMON_WIDTH.story, scale: ScaleName = 'chronological') {
		this.#events = events;
		this.#indexOf = indexOf;
		this.focus = focus;
		this.chronologicalFull = events.length ? fullDomainOf(events.map((e) => ({ start: e.wallStart, end: e.wallEnd }))) : [0, 1];
		this.sequentialFull = sequentialFull(events.length);
		this.width = width;
		this.scaleName = scale;
		this.#window = new Tween(this.openingWindow(), {
			duration: (from, to) => flightPath(from, to).duration,
			easing: quadInOut,
			interpolate: (from, to) => {
				const path = flightPath(from, to);
				return (t) => clampDomain(path.at(t), this.full);
			}
		});
	}

	/** The visible window, where it is now (part way through a flight, too). Setting it moves it at once. */
	get window(): [number, number] {
		return this.#window.current;
	}
	set window(domain: [number, number]) {
		void this.#window.set(domain, { duration: 0 });
	}

	/** The window the current scale opens on: the story's focus, or in the sequential scale its events. */
	openingWindow(): [number, number] {
		if (this.scaleName !== 'sequential') return clampDomain(this.focus, this.chronologicalFull);
		const shown = ordersIn(this.#events, this.focus) ?? [0, 0];
		return sequentialWindow(shown[0], shown[1], this.#events.length, this.width);
	}

	/** The event's span in the current scale's units (a point in the sequential scale). */
	spanOf(id: string): readonly [number, number] | undefined {
		const i = this.#indexOf(id);
		const item = i === undefined ? undefined : this.#events[i];
		if (!item) return undefined;
		return this.scaleName === 'sequential' ? [sequentialAt(i!), sequentialAt(i!)] : [item.wallStart, item.wallEnd];
	}

	/**
	 * The track was measured: the sequential scale keeps its px per event (a wider track shows more events, around
	 * the same centre, and the selected event stays in view), time keeps its window. A flight under way is resized
	 * at its end.
	 */
	setWidth(width: number) {
		if (width === this.width || width <= 0) return;
		if (this.scaleName === 'sequential') {
			const [a, b] = this.#window.target;
			const centre = (a + b) / 2;
			const half = ((b - a) * width) / this.width / 2;
			let resized = clampDomain([centre - half, centre + half], this.full);
			const span = this.selectedId ? this.spanOf(this.selectedId) : undefined;
			if (span && span[0] >= a && span[1] <= b && !(span[0] >= resized[0] && span[1] <= resized[1])) resized = windowShowing({ start: span[0], end: span[1] }, resized, this.full);
			void this.#window.set(resized, this.#flying() ? undefined : { duration: 0 });
		}
		this.width = width;
	}

	/**
	 * Shows another scale. The new window shows what the old one did (the same
	 * events), centred on the selected event when that was in view; coming back
	 * to a scale the reader left, its window is where they left it unless the
	 * selection has moved out of it. Between the chronological and the
	 * sequential scale the marks slide from one place to the other, unless the
	 * reader prefers reduced motion.
	 */
	setScale(name: ScaleName, reducedMotion: boolean) {
		const from = this.scaleName;
		if (name === from) return;
		const before = this.#window.target;
		// Any flight stops where it is (setting the window ends the tween there), any slide ends.
		const current = this.window;
		this.window = current;
		void this.#slide.set(1, { duration: 0 });
		if (from !== 'segmented') this.#left[from] = before;
		// What the reader was looking at, as a range of orders.
		const seen =
			from === 'sequential'
				? ([Math.max(0, Math.ceil(before[0] / SEQUENTIAL_STEP - 0.5)), Math.min(this.#events.length - 1, Math.floor(before[1] / SEQUENTIAL_STEP - 0.5))] as [number, number])
				: from === 'chronological'
					? ordersIn(this.#events, before)
					: null;
		const selected = this.selectedId ? this.#indexOf(this.selectedId) : undefined;
		this.scaleName = name;
		this.chapterId = null;
		if (name === 'segmented') return;
		const left = this.#left[name];
		const selectedSpan = this.selectedId ? this.spanOf(this.selectedId) : undefined;
		let next: [number, number];
		if (left && (!selectedSpan || (selectedSpan[0] <= left[1] && selectedSpan[1] >= left[0]))) next = left;
		else if (name === 'sequential') {
			const [first, last] = seen ?? (selected !== undefined ? [selected, selected] : (ordersIn(this.#events, this.focus) ?? [0, 0]));
			next = sequentialWindow(first, last, this.#events.length, this.width, selected !== undefined && selected >= first && selected <= last ? selected : undefined);
		} else if (seen && seen[0] <= seen[1]) next = chronologicalWindowOf(this.#events, seen[0], seen[1], this.chronologicalFull);
		else next = this.openingWindow();
		if (selectedSpan && !(selectedSpan[0] <= next[1] && selectedSpan[1] >= next[0])) next = windowShowing({ start: selectedSpan[0], end: selectedSpan[1] }, next, this.full);
		this.window = clampDomain(next, this.full);
		if (reducedMotion || from === 'segmented' || !canAnimate()) return;
		this.#slideFrom = { from, window: before };
		void this.#slide.set(0, { duration: 0 });
		void this.#slide.set(1);
	}

	/** Sets the window at once (a drag, a pinch), ending any flight. */
	setWindow(domain: Domain) {
		this.chapterId = null;
		this.window = clampDomain(domain, this.full);
	}

	/** Zooms by `factor` (> 1 zooms in) around the selected event when it is in view, else around the middle. */
	zoomBy(factor: number, reducedMotion: boolean) {
		const current = this.#window.target;
		const span = this.selectedId ? this.spanOf(this.selectedId) : undefined;
		const centre = span ? (span[0] + span[1]) / 2 : NaN;
		const anchor = centre >= current[0] && centre <= current[1] ? centre : undefined;
		const chapter = this.chapterId;
		this.flyTo(zoomDomain(current, factor, this.full, anchor), reducedMotion);
		this.chapterId = chapter;
	}

	/** Frames a chapter: flies to `window` and labels the chapter's events first. */
	frameChapter(id: string, window: Domain, reducedMotion: boolean) {
		this.flyTo(window, reducedMotion);
		this.chapterId = id;
	}

	/**
	 * Moves the window to `target`, animated (see `flightPath`), or at once
	 * when the reader prefers reduced motion.
	 */
	flyTo(target: Domain, reducedMotion: boolean) {
		const end = clampDomain(target, this.full);
		this.chapterId = null;
		if (reducedMotion || !canAnimate()) this.window = end;
		else void this.#window.set(end);
	}

	/** A flight is under way (it has not reached its end). */
	#flying(): boolean {
		return this.#window.target !== this.#window.current;
	}
}
