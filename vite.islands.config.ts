/**
 * Builds the islands (src/islands): the scripts of the story page and the
 * embed, which hydrate server-rendered components without SvelteKit's client,
 * and the theme control of the pages that have no island.
 * `npm run build` runs this first (after the story gate, scripts/lib/story-gate.ts), into static/_islands/, so SvelteKit's build
 * copies the files to the site and the prerender reads their list
 * (.vite/islands.json, lib/server/islands.ts). In `npm run dev`, pages load
 * src/islands/*.ts straight from Vite instead.
 *
 * Each entry ships as one classic script (see `classicEntries`), so that the
 * page can run it right after the island's markup, before the parser reaches
 * the static body. A module script cannot be run there: even `async`, the
 * island's ran only once the body had been parsed and laid out, which on a
 * long story is most of the load.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { storyGate } from './scripts/lib/story-gate.ts';

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Where the site serves the islands' files. */
const BASE = '/_islands/';
/**
 * The islands come in two groups, built one after the other into the same
 * folder: the reader's (story page, embed, theme control), whose bytes are
 * budgeted, and the editor's (the editor and its preview frame). Built
 * together, the editor's modules would change how the reader's scripts are
 * split and bundled; built apart, the reader's scripts are the same bytes
 * with or without the editor. Each group has its own globals and file names.
 */
const GROUPS = {
	site: { input: { story: 'story', embed: 'embed', theme: 'theme' }, global: '__storyTimeline', prefix: '' },
	// One entry each: a chunk the two shared would hold lazy imports (the preview's By day scale) that the editor's
	// script could not serve, and a lazy chunk finds its shared code only in the script that loaded it.
	editor: { input: { editor: 'editor' }, global: '__storyEditor', prefix: 'tools-editor-' },
	preview: { input: { preview: 'preview' }, global: '__storyPreview', prefix: 'tools-preview-' }
} as const;
type Group = keyof typeof GROUPS;
/** Tells V8 that all of a script's functions run as the page loads (https://v8.dev/blog/explicit-compile-hints). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** An island's files, for lib/server/islands.ts. */
interface IslandFiles {
	/** The classic script, run where the page puts it. */
	script: string;
	/** Its styles, in cascade order. */
	css: string[];
}

/** Serves chunks of the first build from memory to a second one; `external` names the ones that stay files, by their URL. */
function memory(sources: Map<string, string>, external: (file: string) => boolean): Plugin {
	const fileOf = (id: string) => id.replace(/^\0/, '').replace(/^.*\//, '');
	return {
		name: 'islands-memory',
		enforce: 'pre',
		resolveId(id) {
			const file = fileOf(id);
			if (!sources.has(file)) return null;
			// 'absolute': the URL stays /_islands/…, which a classic script's import() resolves against the page.
			return external(file) ? { id: BASE + file, external: 'absolute' } : `\0${file}`;
		},
		load(id) {
			return id.startsWith('\0') ? sources.get(fileOf(id)) : null;
		}
	};
}

/** One chunk of the first build bundled again on its own as an IIFE (with the chunks it imports, unless `external`). */
async function rebundle(entry: string, sources: Map<string, string>, external: (file: string) => boolean, globals: Record<string, string> = {}, name?: string): Promise<string> {
	const result = await build({
		configFile: false,
		logLevel: 'warn',
		plugins: [memory(sources, external)],
		// The chunks' own import.meta (Vite's preload helper resolves absolute URLs with it): the page's URL.
		define: { 'import.meta.url': 'document.baseURI', 'import.meta.resolve': 'undefined' },
		build: {
			write: false,
			minify: true,
			target: 'es2022',
			lib: { entry, formats: ['iife'], name: name ?? '__storyTimelineIsland', fileName: 'island' },
			// A lazy chunk's exports are read from the IIFE's result (an entry has none).
			rollupOptions: { output: name ? { globals, exports: 'named' } : {} }
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
	return outputs[0].output[0].code;
}

const hashed = (name: string, code: string) => `${name}-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`;

/**
 * Turns the ES module build into classic scripts: each entry is bundled again
 * with the chunks it imports into one IIFE, written as `<entry>-<hash>.js`;
 * the ES module files it came from are deleted. A lazy chunk (the Embed
 * dialog, loaded by `import()` on the first click) stays an ES module, but
 * takes the Svelte runtime and the rest of the shared code from the classic
 * script that loaded it (through a global), so there is one runtime on the
 * page and the dialog's bytes do not grow. Writes .vite/islands.json.
 */
function classicEntries(group: Group): Plugin {
	let outDir = '';
	/** Global through which a lazy chunk (the Embed dialog) reaches the code a classic script holds, numbered per shared chunk. */
	const SHARED_GLOBAL = `${GROUPS[group].global}Chunk`;
	return {
		name: 'islands-classic-entries',
		apply: 'build',
		configResolved(config) {
			outDir = config.build.outDir;
		},
		async writeBundle(_, bundle) {
			const chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
			const sources = new Map(chunks.map((chunk) => [chunk.fileName, chunk.code]));
			const lazy = chunks.filter((chunk) => chunk.isDynamicEntry);
			const lazyFiles = new Set(lazy.map((chunk) => chunk.fileName));
			/** A chunk and every chunk it imports statically. */
			const closure = (file: string, seen = new Set<string>()): Set<string> => {
				if (seen.has(file)) return seen;
				seen.add(file);
				for (const next of (bundle[file] as Rolldown.OutputChunk).imports) closure(next, seen);
				return seen;
			};
			/** What the entries' classic scripts hold. A chunk only lazy chunks share (the editor's importers and workbooks) is bundled into each of them instead. */
			const held = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((entry) => [...closure(entry.fileName)]));
			const shared = [...new Set(lazy.flatMap((chunk) => chunk.imports))].filter((file) => held.has(file));
			const globalOf = (file: string) => `${SHARED_GLOBAL}${shared.indexOf(file)}`;
			const cssOf = (files: Set<string>) => [...files].flatMap((file) => [...((bundle[file] as Rolldown.OutputChunk).viteMetadata?.importedCss ?? [])]);
			const islands: Record<string, IslandFiles> = {};
			for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
				const holds = closure(entry.fileName);
				// A lazy chunk finds its shared code only in the script that loaded it: code it shares with another
				// entry alone would be undefined at run time, so the build stops here instead.
				for (const file of holds) {
					for (const lazyFile of (bundle[file] as Rolldown.OutputChunk).dynamicImports.filter((name) => lazyFiles.has(name))) {
						const missing = (bundle[lazyFile] as Rolldown.OutputChunk).imports.filter((name) => held.has(name) && !holds.has(name));
						if (missing.length) {
							throw new Error(
								`${lazyFile} (loaded by the ${entry.name} island) imports ${missing.join(', ')}, which that island's script does not hold: import it from the island too, or not from ${lazyFile}`
							);
						}
					}
				}
				const exposed = shared.filter((file) => holds.has(file));
				const entrySources = new Map(sources);
				entrySources.set(entry.fileName, entry.code + exposed.map((file, i) => `\nimport * as __shared${i} from './${file}';globalThis.${globalOf(file)}=__shared${i};`).join(''));
				// V8's explicit compile hint: every function is compiled with the script, while it streams in, off the
				// main thread; otherwise each is compiled on the main thread as hydration first calls it.
				const code = COMPILE_HINT + (await rebundle(entry.fileName, entrySources, (file) => lazyFiles.has(file)));
				const script = hashed(entry.name, code);
				writeFileSync(join(outDir, script), code);
				islands[entry.name] = { script: BASE + script, css: [...new Set(cssOf(holds))].map((file) => BASE + file) };
			}
			for (const chunk of lazy) {
				const globals = Object.fromEntries(chunk.imports.filter((file) => held.has(file)).map((file) => [BASE + file, globalOf(file)]));
				const name = `${GROUPS[group].global}Lazy`;
				const code = await rebundle(chunk.fileName, sources, (file) => file !== chunk.fileName && held.has(file), globals, name);
				const exports = chunk.exports.map((key) => (key === 'default' ? `export default ${name}.default;` : `export const ${key} = ${name}.${key};`));
				writeFileSync(join(outDir, chunk.fileName), `${code}\n${exports.join('\n')}\n`);
			}
			for (const chunk of chunks) if (!lazyFiles.has(chunk.fileName)) rmSync(join(outDir, chunk.fileName));
			mkdirSync(join(outDir, '.vite'), { recursive: true });
			// The second group adds its islands to the first's list.
			const list = join(outDir, '.vite/islands.json');
			const before = group === 'site' || !existsSync(list) ? {} : (JSON.parse(readFileSync(list, 'utf8')) as Record<string, IslandFiles>);
			writeFileSync(list, JSON.stringify({ ...before, ...islands }, null, '\t'));
		}
	};
}

/** The build of one group of islands. */
function islandsConfig(group: Group): UserConfig {
	const { input, prefix } = GROUPS[group];
	return {
		configFile: false,
		plugins: [svelte(), classicEntries(group)],
		// Where the site serves them: the loader of a lazy chunk (the Embed dialog) finds its files there.
		base: BASE,
		resolve: {
			alias: {
				$lib: path('./src/lib'),
				$components: path('./src/lib/components'),
				$data: path('./data'),
				// The importers run in the editor too: csv-parse's browser build carries what it needs of Node's Buffer.
				'csv-parse/sync': 'csv-parse/browser/esm/sync'
			}
		},
		logLevel: group === 'site' ? 'info' : 'warn',
		build: {
			outDir: 'static/_islands',
			// The first group starts from an empty folder; the second adds to it.
			emptyOutDir: group === 'site',
			target: 'es2022',
			// A lazy chunk's scripts are in the classic script already; only its styles are fetched with it.
			modulePreload: { polyfill: false, resolveDependencies: (_, deps) => deps.filter((file) => file.endsWith('.css')) },
			rollupOptions: {
				input: Object.fromEntries(Object.entries(input).map(([name, file]) => [name, path(`./src/islands/${file}.ts`)])),
				output: {
					entryFileNames: `${prefix}[name]-[hash].js`,
					chunkFileNames: `${prefix}[name]-[hash].js`,
					assetFileNames: `${prefix}[name]-[hash][extname]`
				}
			}
		}
	};
}

/** After the reader's islands, the editor's and its preview's: more builds into the same folder. */
function toolsAfter(): Plugin {
	return {
		name: 'islands-tools-after',
		apply: 'build',
		async closeBundle() {
			await build(islandsConfig('editor'));
			await build(islandsConfig('preview'));
		}
	};
}

const site = islandsConfig('site');

export default defineConfig({
	...site,
	// The story gate first: a refused story stops `npm run build` before anything is bundled.
	plugins: [storyGate(), ...(site.plugins ?? []), toolsAfter()]
});
