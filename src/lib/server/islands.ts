/**
 * Server side of the islands (src/islands): renders an island's component to
 * HTML with `svelte/server`, writes its props beside it as JSON, and links
 * its script and styles from the list the islands build writes
 * (vite.islands.config.ts). In development (`npm run dev`) the script is the
 * source module, which Vite serves and transforms on request.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { building } from '$app/environment';
import { serializeJsonLd } from '../export/json-ld';
import { escapeAttribute } from '../embed/snippet';

/** An island's classic script and its styles, in cascade order (as vite.islands.config.ts writes them). */
interface IslandFiles {
	script: string;
	css: string[];
}

const lists = import.meta.glob<Record<string, IslandFiles>>('/static/_islands/.vite/islands.json', { eager: true, import: 'default' });
const islands: Record<string, IslandFiles> | undefined = Object.values(lists)[0];

export type IslandName = 'story' | 'embed' | 'theme';

/** The island's script and styles; `classic` when it is the islands build's classic script (not Vite's dev module). */
function filesOf(name: IslandName): IslandFiles & { classic: boolean } {
	// `building` (prerendering) rather than `dev`: a build run with NODE_ENV=test (under Vitest) resolves `dev` to true.
	if (!building) return { script: `/src/islands/${name}.ts`, css: [], classic: false };
	if (!islands) throw new Error('static/_islands/.vite/islands.json is missing: `npm run build` builds the islands first (vite.islands.config.ts).');
	const files = islands[name];
	if (!files) throw new Error(`The islands build has no script for src/islands/${name}.ts`);
	return { ...files, classic: true };
}

export interface RenderedIsland {
	/** Stylesheets for <head>, in cascade order. */
	css: string[];
	/** The script, for a `<link rel="preload">` in <head> so it is fetched early (built site only). */
	preload: string | null;
	/**
	 * For <body>: the island's markup from `svelte/server`, its props as JSON
	 * (escaped for a script element by serializeJsonLd) and its script. Svelte
	 * escaped every story string in it; the route places it with {@html}.
	 */
	html: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component with JSON props
export function renderIsland<Props extends Record<string, any>>(name: IslandName, component: Component<Props>, props: Props): RenderedIsland {
	const files = filesOf(name);
	const { body } = render(component as Component<Record<string, unknown>>, { props: props as Record<string, unknown> });
	return {
		css: files.css,
		preload: files.classic ? files.script : null,
		// A classic script right after the props: the parser runs it as soon as it gets here, so the island is
		// hydrated before the static body below is parsed and laid out (a module script, even async, waits for
		// that). In development Vite serves the island as modules, which cannot run there; they start when they can.
		html:
			`<div id="island" data-island="${name}" class="island">${body}</div>` +
			`<script type="application/json" id="island-props">${serializeJsonLd(props)}</script>` +
			(files.classic ? `<script src="${escapeAttribute(files.script)}"></script>` : `<script type="module" async src="${escapeAttribute(files.script)}"></script>`)
	};
}

/** The script of a page without an island (src/islands/theme.ts), with `defer`: it only wires the theme control. */
export function plainPageScript(): { src: string; module: boolean } {
	const files = filesOf('theme');
	return { src: files.script, module: !files.classic };
}
