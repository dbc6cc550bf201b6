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

/** An island's classic script and its styles, in cascade order (as vite.islands.config.ts writes them). */
interface IslandFiles {
	script: string;
	css: string[];
}

const lists = import.meta.glob<Record<string, IslandFiles>>('/static/_islands/.vite/islands.json', { eager: true, import: 'default' });
const islands: Record<string, IslandFiles> | undefined = Object.values(lists)[0];

export type IslandName = 'story' | 'embed';

export interface RenderedIsland {
	/** For the end of <head>: styles, and the script to fetch early. */
	head: string;
	/** For <body>: the hydratable markup, its props and its script. */
	body: string;
}

/** The island's script and styles; `classic` when it is the islands build's classic script (not Vite's dev module). */
function filesOf(name: IslandName): IslandFiles & { classic: boolean } {
	// `building` (prerendering) rather than `dev`: a build run with NODE_ENV=test (under Vitest) resolves `dev` to true.
	if (!building) return { script: `/src/islands/${name}.ts`, css: [], classic: false };
	if (!islands) throw new Error('static/_islands/.vite/islands.json is missing: `npm run build` builds the islands first (vite.islands.config.ts).');
	const files = islands[name];
	if (!files) throw new Error(`The islands build has no script for src/islands/${name}.ts`);
	return { ...files, classic: true };
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component with JSON props
export function renderIsland<Props extends Record<string, any>>(name: IslandName, component: Component<Props>, props: Props): RenderedIsland {
	const files = filesOf(name);
	const { body } = render(component as Component<Record<string, unknown>>, { props: props as Record<string, unknown> });
	return {
		head: [...files.css.map((href) => `<link rel="stylesheet" href="${attribute(href)}">`), files.classic ? `<link rel="preload" as="script" href="${attribute(files.script)}">` : ''].join(''),
		// A classic script right after the props: the parser runs it as soon as it gets here, so the island is
		// hydrated before the static body below is parsed and laid out (a module script, even async, waits for
		// that). In development Vite serves the island as modules, which cannot run there; they start when they can.
		body:
			`<div id="island" data-island="${name}" class="island">${body}</div>` +
			`<script type="application/json" id="island-props">${serializeJsonLd(props)}</script>` +
			(files.classic ? `<script src="${attribute(files.script)}"></script>` : `<script type="module" async src="${attribute(files.script)}"></script>`)
	};
}
