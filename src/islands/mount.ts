/**
 * Starts an island: hydrates the component the server rendered into
 * `#island`, with the props it wrote beside it as JSON (see
 * lib/server/islands.ts). Story pages run this way instead of under
 * SvelteKit's client: they need no router (selection is the URL hash), and
 * leaving it out saves a third of the JavaScript a reader downloads.
 */
import { hydrate, type Component } from 'svelte';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the props are whatever the server wrote for this component
export function startIsland<Props extends Record<string, any>>(component: Component<Props>) {
	const target = document.getElementById('island');
	const props = document.getElementById('island-props');
	if (!target || !props?.textContent) throw new Error('This page has no island to start (#island and #island-props are missing).');
	hydrate(component, { target, props: JSON.parse(props.textContent) as Props });
}
