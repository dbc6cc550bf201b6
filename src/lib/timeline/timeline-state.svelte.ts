/**
 * The one reactive state of a timeline: the visible window, the track width,
 * the selected event, the chapter the reader framed, and the time scales
 * derived from them. Components read it and call its methods; the gestures
 * and the overview write the window through `setWindow`.
 */
import { clampDomain, flightPath, zoomDomain, type Domain } from './zoom';
import { timeScale, TRACK_INSET } from './scale';

/**
 * The track's width where the page is most often read, which the server draws
 * it at: in a desktop window the story page's column is at its widest (72rem
 * less its padding, the timeline's border and padding); an embed, in a 700 px
 * column. Where the guess is right, the first frame keeps the server's layout.
 */
export const COMMON_WIDTH = { story: 1094, embed: 650 } as const;

export class TimelineState {
	readonly full: Domain;
	window = $state<[number, number]>([0, 1]);
	/** Track px: the server's guess until the track is measured (components/timeline/TimelineTrack.svelte). */
	width = $state<number>(COMMON_WIDTH.story);
	selectedId = $state<string | null>(null);
	/** The chapter whose button framed the window, until the reader moves it by hand. */
	chapterId = $state<string | null>(null);
	/** The period strip shows every chip. */
	expanded = $state(false);
	/** Window → track px. */
	readonly scale = $derived(timeScale(this.window, [TRACK_INSET, Math.max(this.width - TRACK_INSET, TRACK_INSET + 1)]));
	/** Whole story → overview px. */
	readonly overviewScale = $derived.by(() => timeScale(this.full, [0, this.width]));
	#frame = 0;
	/** Where the current flight ends, so quick repeated clicks compound from there. */
	#target: [number, number] | null = null;
	readonly #spanOf: (id: string) => readonly [number, number] | undefined;

	constructor(full: Domain, initial: Domain, spanOf: (id: string) => readonly [number, number] | undefined = () => undefined, width: number = COMMON_WIDTH.story) {
		this.full = full;
		this.window = clampDomain(initial, full);
		this.#spanOf = spanOf;
		this.width = width;
	}

	/** Sets the window at once (a drag, a pinch), ending any flight. */
	setWindow(domain: Domain) {
		cancelAnimationFrame(this.#frame);
		this.#target = null;
		this.chapterId = null;
		this.window = clampDomain(domain, this.full);
	}

	/** Zooms by `factor` (> 1 zooms in) around the selected event when it is in view, else around the middle. */
	zoomBy(factor: number, reducedMotion: boolean) {
		const current = this.#target ?? this.window;
		const span = this.selectedId ? this.#spanOf(this.selectedId) : undefined;
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
		cancelAnimationFrame(this.#frame);
		this.chapterId = null;
		if (reducedMotion || typeof requestAnimationFrame === 'undefined') {
			this.#target = null;
			this.window = end;
			return;
		}
		this.#target = end;
		const path = flightPath(this.window, end);
		const startedAt = performance.now();
		const step = (now: number) => {
			const t = Math.min((now - startedAt) / path.duration, 1);
			const eased = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
			this.window = t === 1 ? end : clampDomain(path.at(eased), this.full);
			if (t < 1) this.#frame = requestAnimationFrame(step);
			else this.#target = null;
		};
		this.#frame = requestAnimationFrame(step);
	}
}
