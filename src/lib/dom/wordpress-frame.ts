/**
 * The parts of the embed that only WordPress's frame shows (embed/wordpress.ts):
 * the box that offers another site's address to copy (the frame has no popups
 * and is no place for another site) and the link to the rest of an embed
 * taller than WordPress lets a frame be. The static body carries both, hidden
 * and in the story's language (components/static/EmbedBody.svelte), so their
 * words cost the embed's script nothing; this only shows them.
 */

/**
 * Offers `link`'s address to copy in the box, next to the link: below it, or above it when it is in the lower half of
 * the page, so that the box stays inside a frame as tall as its content. The address is selected; Copy copies it,
 * Close and Escape hide the box and return to the link. False when the page has no box.
 */
export function offerAddress(link: HTMLAnchorElement): boolean {
	const box = document.querySelector<HTMLElement>('[data-copy-address]');
	const field = box?.querySelector<HTMLInputElement>('[data-copy-address-url]');
	const status = box?.querySelector<HTMLElement>('[role="status"]');
	if (!box || !field || !status) return false;
	const edges = link.getBoundingClientRect();
	const below = edges.bottom + scrollY < document.documentElement.scrollHeight / 2;
	box.style.top = `${(below ? edges.bottom : edges.top) + scrollY}px`;
	box.classList.toggle('above', !below);
	field.value = link.href;
	status.textContent = '';
	box.hidden = false;
	field.focus();
	field.select();
	const close = () => {
		box.hidden = true;
		link.focus();
	};
	box.onkeydown = (event) => {
		if (event.key !== 'Escape') return;
		event.preventDefault();
		close();
	};
	box.onclick = (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (button?.hasAttribute('data-copy-address-close')) close();
		if (!button?.hasAttribute('data-copy-address-copy')) return;
		field.focus();
		field.select();
		// The Clipboard API is refused in a frame from another site (and asking logs an error); the browser's own copy
		// of the selection is not, on the reader's click.
		status.textContent = (document.execCommand('copy') ? status.dataset.copied : status.dataset.selected) ?? '';
	};
	return true;
}

/** Shows the link to the rest of the story at the end of a capped embed (or hides it); it leads to the selected event. */
export function showContinue(shown: boolean, slug: string, selectedId: string | null) {
	const link = document.querySelector<HTMLAnchorElement>('[data-embed-continue]');
	if (!link) return;
	link.hidden = !shown;
	link.setAttribute('href', `/${encodeURIComponent(slug)}${selectedId ? `#${encodeURIComponent(selectedId)}` : ''}`);
}
