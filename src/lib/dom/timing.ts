/**
 * Work the island does at the right moment rather than at once: sizes read
 * after the browser's own layout, and work that can wait until it is idle.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * Reports an element's size from a ResizeObserver, as an attachment
 * (`{@attach observeSize(…)}`). Its first report comes with the first frame,
 * after the browser's own layout, so nothing is measured during hydration:
 * `bind:clientWidth` reads the size at once, which forces a layout of
 * everything parsed so far. In the callback the layout is fresh, so reading
 * sizes and computed styles there costs nothing more.
 */
export function observeSize(report: (element: HTMLElement) => void): Attachment<HTMLElement> {
	return (element) => {
		const observer = new ResizeObserver(() => report(element));
		observer.observe(element);
		return () => observer.disconnect();
	};
}

/** Runs `run` when the browser is idle (within a second at most); returns the cleanup. */
export function whenIdle(run: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(run, { timeout: 1000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(run, 1);
	return () => clearTimeout(id);
}
