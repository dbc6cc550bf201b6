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
import { FIRST_VIEWS, recordFirstViews } from '../state/first-views';

/** An island's classic script and its styles, in cascade order (as vite.islands.config.ts writes them). */
interface IslandFiles {
	script: string;
	css: string[];
}

const lists = import.meta.glob<Record<string, IslandFiles>>('/static/_islands/.vite/islands.json', { eager: true, import: 'default' });
const islands: Record<string, IslandFiles> | undefined = Object.values(lists)[0];
/** The islands' stylesheets as text, by URL (/_islands/…). */
const styleTexts = Object.fromEntries(
	Object.entries(import.meta.glob<string>('/static/_islands/*.css', { eager: true, query: '?raw', import: 'default' })).map(([file, text]) => [file.replace(/^\/static/, ''), text])
);

/** A stylesheet of an island: its text, to place in a <style>, or only its URL. */
export interface IslandStyle {
	href: string;
	/**
	 * The whole stylesheet, which the page carries in a <style> (its hash is in
	 * the Content-Security-Policy, svelte.config.js), so that nothing waits for a
	 * stylesheet to arrive. Null when it must be linked instead: in development,
	 * or if it had a `<` or `&`, which Svelte escapes in text (a <style> takes
	 * its text as it is).
	 */
	text: string | null;
}

export function styleOf(href: string, texts: Record<string, string> = styleTexts): IslandStyle {
	const text = texts[href];
	// The editor's stylesheets (the islands build's tools group) are linked: their hashes would lengthen every page's policy.
	const inline = text !== undefined && !/[<&]/.test(text) && !href.startsWith('/_islands/tools-');
	return { href, text: inline ? text : null };
}

export type IslandName = 'story' | 'embed' | 'theme' | 'editor' | 'preview';

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
	name: IslandName;
	/** Stylesheets for <head>, in cascade order. */
	css: IslandStyle[];
	/** Its script: the islands build's classic script, or in development Vite's module. */
	script: string;
	classic: boolean;
	/** The component's markup from `svelte/server`, which escaped every story string; the only part placed with {@html}. */
	markup: string;
	/** Its props as JSON, with `<`, `>` and `&` as \u escapes (serializeJsonLd): a script element cannot be closed by them, and Svelte's escaping leaves them as they are. */
	props: string;
	/** The track views the server computed (state/first-views.ts), as JSON the same way; hydration uses them instead of laying the track out again. */
	views: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component with JSON props
export function renderIsland<Props extends Record<string, any>>(name: IslandName, component: Component<Props>, props: Props): RenderedIsland {
	const { script, css, classic } = filesOf(name);
	const views = recordFirstViews();
	const { body } = render(component as Component<Record<string, unknown>>, { props: props as Record<string, unknown>, context: new Map([[FIRST_VIEWS, views]]) });
	return { name, css: css.map((href) => styleOf(href)), script, classic, markup: body, props: serializeJsonLd(props), views: serializeJsonLd(views.saved) };
}

/** The script of a page without an island (src/islands/theme.ts), with `defer`: it only wires the theme control. */
export function plainPageScript(): { src: string; module: boolean } {
	const files = filesOf('theme');
	return { src: files.script, module: !files.classic };
}
