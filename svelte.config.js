import adapter from '@sveltejs/adapter-static';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/server/csp.js';

/**
 * Where the site is written: build/ is what is deployed (data/stories only);
 * `npm run build:test` (TEST_BUILD=1) writes test-build/, with the fixture
 * stories the tests need, so that what is deployed never holds them.
 */
const OUT_DIR = process.env.TEST_BUILD === '1' ? 'test-build' : 'build';
const staticAdapter = adapter({ pages: OUT_DIR, assets: OUT_DIR, strict: true });

/**
 * adapter-static, without the `__data.json` files SvelteKit prerenders beside
 * every page that has a server `load`: no page runs SvelteKit's client
 * (routes/(island), routes/(plain) set `csr = false`), so nothing ever reads
 * them, and the classroom's held the whole story.
 * @type {import('@sveltejs/kit').Adapter}
 */
const staticSite = {
	name: 'adapter-static, no page data',
	async adapt(builder) {
		await staticAdapter.adapt(builder);
		for (const file of readdirSync(OUT_DIR, { recursive: true, encoding: 'utf8' })) if (file.endsWith('__data.json')) rmSync(join(OUT_DIR, file));
	}
};

/**
 * A Content-Security-Policy source that allows one inline script or style.
 * @param {string | Buffer} text
 * @returns {`sha256-${string}`}
 */
const sha256Source = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The hashes of the islands' stylesheets, which island pages carry in a
 * <style> (lib/server/islands.ts); none before the islands build has run
 * (`svelte-kit sync`, development), which the site's build always runs first.
 * @returns {`sha256-${string}`[]}
 */
function islandStyleHashes(dir = 'static/_islands') {
	if (!existsSync(dir)) return [];
	return (
		readdirSync(dir)
			// The editor's (tools-…) are linked, not inlined (lib/server/islands.ts): the reader's pages' policy stays as it was.
			.filter((file) => file.endsWith('.css') && !file.startsWith('tools-'))
			.map((file) => sha256Source(readFileSync(join(dir, file))))
	);
}

/**
 * The hash of the script every page runs in its <head> before the first paint
 * (routes/+layout.svelte). Svelte escapes `<` and `&` in an element's text,
 * which would change the script and miss its hash: it must have neither.
 * @returns {`sha256-${string}`}
 */
function themeBootHash(file = 'src/lib/dom/theme-boot.js') {
	const source = readFileSync(file, 'utf8');
	if (/[<&]/.test(source)) throw new Error(`${file}: no \`<\` or \`&\` (Svelte escapes them in the <script> every page carries, which would no longer match its hash)`);
	return sha256Source(source);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our code; dependencies keep whatever mode they were written in.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered: the site is static files, readable without JavaScript.
		adapter: staticSite,
		// Every page's styles in a <style> in its <head> (with its hash in the Content-Security-Policy), 7 KB gzipped
		// at most: the page renders and the story page's script runs without waiting for a stylesheet to arrive.
		inlineStyleThreshold: Infinity,
		alias: {
			$components: 'src/lib/components',
			$data: 'data'
		},
		prerender: {
			handleHttpError: 'fail',
			// A plain page of a long chronology (/<slug>/page/<n>) offers the interactive timeline at its events:
			// /<slug>#<id> with the event on another page is found by the story page's script, not in its HTML.
			handleMissingId: ({ path, referrers, message }) => {
				if (!referrers.every((referrer) => referrer.startsWith(`${path}/page/`))) throw new Error(message);
			},
			// Pages 2… of a chronology exist only for stories longer than one page; any other route left out is a mistake.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/(plain)/[slug=story]/page/[page]')) throw new Error(message);
			}
		},
		// Nothing leaves the site's own origin. adapter-static writes this as a <meta http-equiv>, with the
		// hashes of SvelteKit's inline start-up script; a meta tag cannot carry frame-ancestors, so the
		// host sets that header if it wants one (never on /<slug>/embed, which any site may frame).
		// The directives: src/lib/server/csp.js, shared with the chronology fragments.
		// The islands' stylesheets and the theme script, inlined, are allowed by their hashes.
		csp: {
			mode: 'hash',
			directives: {
				...CSP_DIRECTIVES,
				'script-src': [...(CSP_DIRECTIVES['script-src'] ?? []), themeBootHash()],
				'style-src': [...(CSP_DIRECTIVES['style-src'] ?? []), ...islandStyleHashes()]
			}
		}
	}
};

export default config;
