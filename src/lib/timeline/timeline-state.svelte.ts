/**
 * The one reactive state of a timeline: the visible window, the track width
 * and the selected event. Components read it and call its methods; the
 * gestures and the overview write the window through `setWindow`.
 */
import { clampDomain, flightPath, zoomDomain, type Domain } from './zoom';

export class TimelineState {
	readonly full: Domain;
	window = $state<[number, number]>([0, 1]);
	width = $state(960);
	selectedId = $state<string | null>(null);
	#frame = 0;
	/** Where the current flight ends, so quick repeated clicks compound from there. */
	#target: [number, number] | null = null;

	constructor(full: Domain, initial: Domain) {
		this.full = full;
		this.window = clampDomain(initial, full);
	}

	/** Sets the window at once (a drag, a pinch), ending any flight. */
	setWindow(domain: Domain) {
		cancelAnimationFrame(this.#frame);
		this.#target = null;
		this.window = clampDomain(domain, this.full);
	}

	zoomBy(factor: number, reducedMotion: boolean) {
		this.flyTo(zoomDomain(this.#target ?? this.window, factor, this.full), reducedMotion);
	}

	/**
	 * Moves the window to `target`, animated (see `flightPath`), or at once
	 * when the reader prefers reduced motion.
	 */
	flyTo(target: Domain, reducedMotion: boolean) {
		const end = clampDomain(target, this.full);
		cancelAnimationFrame(this.#frame);
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
