/**
 * Builds the islands (src/islands): the scripts of the story page and the
 * embed, which hydrate server-rendered components without SvelteKit's client.
 * `npm run build` runs this first, into static/_islands/, so SvelteKit's build
 * copies the files to the site and the prerender reads their manifest
 * (lib/server/islands.ts). In `npm run dev`, pages load src/islands/*.ts
 * straight from Vite instead.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export default defineConfig({
	plugins: [svelte()],
	// Where the site serves them: the loader of a lazy chunk (the Embed dialog) finds its files there.
	base: '/_islands/',
	resolve: {
		alias: { $lib: path('./src/lib'), $components: path('./src/lib/components'), $data: path('./data') }
	},
	build: {
		outDir: 'static/_islands',
		emptyOutDir: true,
		manifest: true,
		target: 'es2022',
		rollupOptions: {
			input: { story: path('./src/islands/story.ts'), embed: path('./src/islands/embed.ts') },
			output: {
				entryFileNames: '[name]-[hash].js',
				chunkFileNames: '[name]-[hash].js',
				assetFileNames: '[name]-[hash][extname]'
			}
		}
	}
});
