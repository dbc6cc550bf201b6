import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const STORY_FILES = './src/lib/server/story-files.ts';

/**
 * Reads every story file before the build starts, with the loader and the
 * messages of `npm run story:check` (src/lib/server/story-files.ts), and stops
 * the build on a refusal: one line per problem, naming the file and the JSON
 * path, and no stack trace. In `npm run dev`, a changed story reloads the page.
 */
function storyGate(): Plugin {
	let building = false;
	let checked = false;
	return {
		name: 'story-gate',
		configResolved(config) {
			building = config.command === 'build';
		},
		async buildStart() {
			// SvelteKit runs the server and client builds in one process: check once.
			if (!building || checked) return;
			checked = true;
			// Through Vite's module runner: the loader is TypeScript, and the config bundler should not inline it.
			const { module } = await runnerImport<typeof import('./src/lib/server/story-files')>(STORY_FILES, { configFile: false, logLevel: 'error' });
			const files = module.storyFilePaths();
			const report = module.checkStoryFiles(files);
			for (const line of report.problems) console.error(line);
			if (report.failed.length) {
				console.error(`${report.failed.length} of ${files.length} story file(s) failed; nothing was built. \`npm run story:check\` prints the same lines.`);
				process.exit(1);
			}
		},
		configureServer(server) {
			const dirs = ['data/stories/', 'tests/fixtures/stories/'];
			server.watcher.add(dirs);
			server.watcher.on('change', (file) => {
				if (file.endsWith('.json') && dirs.some((dir) => file.includes(`/${dir}`))) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/**
 * Stops a build that does not know the site's public origin (PUBLIC_SITE_ORIGIN), in one line, before
 * anything is built: the story pages would ship oEmbed links that work only on the builder's machine.
 */
function originGate(): Plugin {
	return {
		name: 'origin-gate',
		apply: 'build',
		async buildStart() {
			const { module } = await runnerImport<typeof import('./src/lib/embed/oembed')>('./src/lib/embed/oembed.ts', { configFile: false, logLevel: 'error' });
			try {
				if (module.siteOrigin(process.env)) return;
				console.error(module.MISSING_ORIGIN);
			} catch (error) {
				console.error((error as Error).message);
			}
			process.exit(1);
		}
	};
}

export default defineConfig({
	// The gates first: a build without an origin, or with a refused story, stops before anything is built.
	plugins: [originGate(), storyGate(), sveltekit()],
	server: { port: 5173, strictPort: false },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
		environment: 'node',
		// Browser tests drive a real Chromium against the built site; give them room on a 2-core machine.
		testTimeout: 60_000,
		hookTimeout: 120_000,
		expect: { requireAssertions: true },
		// Unit-test coverage of the library's logic; components, server-only code and styles are measured in the browser and build tests.
		// Measured and enforced by `npm test` (vitest run --coverage); a run of a single file is not held to them.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.{ts,svelte.ts}'],
			exclude: ['src/lib/components/**', 'src/lib/server/**', 'src/lib/styles/**', '**/*.d.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: { lines: 85, statements: 85, functions: 85 }
		}
	}
});
