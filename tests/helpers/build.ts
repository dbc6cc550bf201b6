import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SITE_ORIGIN } from '../../src/lib/embed/oembed';

/** The test build (`npm run build:test`): the site with the fixture stories. */
export const BUILD_DIR = 'test-build';

/**
 * What a throwaway copy of the project needs to build the site (node_modules is
 * linked, not copied). Built islands are left out: the copy builds its own.
 */
export const PROJECT_ENTRIES = ['package.json', 'svelte.config.js', 'vite.config.ts', 'vite.islands.config.ts', 'tsconfig.json', 'src', 'static', 'data', 'scripts'];

/**
 * The environment of a build a test (or the bench) spawns: a build needs the site's public origin, and a test build
 * names the preview server's unless it is given one. Without Vitest's NODE_ENV=test, which would make Vite build
 * for development.
 */
export function buildEnv(origin = process.env.PUBLIC_SITE_ORIGIN ?? TEST_SITE_ORIGIN): NodeJS.ProcessEnv {
	const { NODE_ENV: _, ...env } = process.env;
	return { ...env, PUBLIC_SITE_ORIGIN: origin };
}

/** Copies PROJECT_ENTRIES from here into `project`. */
export function copyProject(project: string) {
	for (const entry of PROJECT_ENTRIES) cpSync(entry, join(project, entry), { recursive: true, filter: (source) => !source.includes('_islands') });
}

/** The prerendered HTML of a page, e.g. `pageHtml('ashworth-leak-2019')`; fails clearly when the site was not built. */
export function pageHtml(route: string): string {
	const file = join(BUILD_DIR, route === '' ? 'index.html' : `${route}.html`);
	if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before these tests (npm test does).`);
	return readFileSync(file, 'utf8');
}

/** Text as it appears in HTML: Svelte escapes &, < and > (and " in attributes). */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The script every page runs in its <head> before the first paint (routes/+layout.svelte), as the page carries it. */
export const THEME_BOOT_SCRIPT = `<script>${readFileSync('src/lib/dom/theme-boot.js', 'utf8')}</script>`;

/** A page's HTML without its theme script, which must be there exactly once. */
export function withoutThemeBoot(html: string, file = 'page'): string {
	const parts = html.split(THEME_BOOT_SCRIPT);
	if (parts.length !== 2) throw new Error(`${file} carries the theme script ${parts.length - 1} times, not once`);
	return parts.join('');
}
