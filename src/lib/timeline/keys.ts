/**
 * The timeline's keys, in one table for every scale's listbox: arrows step
 * through the events, Home and End go to the ends, plus and minus zoom (where
 * the scale zooms), Enter reads the selected event in the chronology.
 */
export interface KeyHandlers {
	step: (delta: number) => void;
	first: () => void;
	last: () => void;
	/** Zoom by a factor (> 1 zooms in); absent where the scale does not zoom. */
	zoom?: (factor: number) => void;
	open: () => void;
}

/** What `key` does, or null when the timeline leaves it to the browser. */
export function keyAction(key: string, on: KeyHandlers): (() => void) | null {
	switch (key) {
		case 'ArrowLeft':
			return () => on.step(-1);
		case 'ArrowRight':
			return () => on.step(1);
		case 'Home':
			return on.first;
		case 'End':
			return on.last;
		case '+':
		case '=':
			return on.zoom ? () => on.zoom!(2) : null;
		case '-':
			return on.zoom ? () => on.zoom!(1 / 2) : null;
		case 'Enter':
			return on.open;
		default:
			return null;
	}
}

/** A listbox's keydown handler from the handlers: the key's action, with the browser's own default prevented. */
export function onTimelineKey(on: KeyHandlers): (event: KeyboardEvent) => void {
	return (event) => {
		const action = keyAction(event.key, on);
		if (!action) return;
		event.preventDefault();
		action();
	};
}
