/**
 * Server side of the islands (src/islands): renders an island's component to
 * HTML with `svelte/server`, writes its props beside it as JSON, and links
 * its script and styles from the islands build's manifest
 * (vite.islands.config.ts). In development (`npm run dev`) the script is the
 * source module, which Vite serves and transforms on request.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { building } from '$app/environment';
import { serializeJsonLd } from '../export/json-ld';

type ManifestEntry = { file: string; css?: string[]; imports?: string[] };
const manifests = import.meta.glob<Record<string, ManifestEntry>>('/static/_islands/.vite/manifest.json', { eager: true, import: 'default' });
const manifest: Record<string, ManifestEntry> | undefined = Object.values(manifests)[0];

export type IslandName = 'story' | 'embed';

export interface RenderedIsland {
	/** For the end of <head>: styles, and the scripts to fetch early. */
	head: string;
	/** For <body>: the hydratable markup, its props and its script. */
	body: string;
}

const BASE = '/_islands/';

/** The island's files: its own, and those of the chunks it imports (styles included). */
function filesOf(name: IslandName): { script: string; preload: string[]; css: string[] } {
	// `building` (prerendering) rather than `dev`: a build run with NODE_ENV=test (under Vitest) resolves `dev` to true.
	if (!building) return { script: `/src/islands/${name}.ts`, preload: [], css: [] };
	if (!manifest) throw new Error('static/_islands/.vite/manifest.json is missing: `npm run build` builds the islands first (vite.islands.config.ts).');
	const entry = manifest[`src/islands/${name}.ts`];
	if (!entry) throw new Error(`The islands build has no entry for src/islands/${name}.ts`);
	const preload: string[] = [];
	const css = new Set(entry.css ?? []);
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || preload.includes(BASE + chunk.file)) return;
		preload.push(BASE + chunk.file);
		for (const file of chunk.css ?? []) css.add(file);
		for (const next of chunk.imports ?? []) visit(next);
	};
	for (const key of entry.imports ?? []) visit(key);
	return { script: BASE + entry.file, preload, css: [...css].map((file) => BASE + file) };
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component with JSON props
export function renderIsland<Props extends Record<string, any>>(name: IslandName, component: Component<Props>, props: Props): RenderedIsland {
	const files = filesOf(name);
	const { body } = render(component as Component<Record<string, unknown>>, { props: props as Record<string, unknown> });
	return {
		head: [
			...files.css.map((href) => `<link rel="stylesheet" href="${attribute(href)}">`),
			...[files.script, ...files.preload].map((href) => `<link rel="modulepreload" href="${attribute(href)}">`)
		].join(''),
		// async: the island starts as soon as it has loaded, without waiting for the static body below it to be parsed.
		body:
			`<div id="island" data-island="${name}" class="island">${body}</div>` +
			`<script type="application/json" id="island-props">${serializeJsonLd(props)}</script>` +
			`<script type="module" async src="${attribute(files.script)}"></script>`
	};
}
