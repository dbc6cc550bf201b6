import adapter from '@sveltejs/adapter-static';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/server/csp.js';

const staticAdapter = adapter({ strict: true });

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
		for (const file of readdirSync('build', { recursive: true, encoding: 'utf8' })) if (file.endsWith('__data.json')) rmSync(join('build', file));
	}
};

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
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
