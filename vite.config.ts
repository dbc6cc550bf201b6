import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** In `npm run dev`, a changed story file reloads the page. (The build's story gate is the islands build's first step: scripts/lib/story-gate.ts.) */
function storyReload(): Plugin {
	return {
		name: 'story-reload',
		apply: 'serve',
		configureServer(server) {
			const dirs = ['data/stories/', 'tests/fixtures/stories/'];
			server.watcher.add(dirs);
			server.watcher.on('change', (file) => {
				if (file.endsWith('.json') && dirs.some((dir) => file.includes(`/${dir}`))) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

export default defineConfig({
	plugins: [storyReload(), sveltekit()],
	server: { port: 5173, strictPort: false },
	test: {
		environment: 'node',
		// Browser tests drive a real Chromium against the built site; give them room on a 2-core machine.
		testTimeout: 60_000,
		hookTimeout: 120_000,
		// Browser files mostly wait on Chromium: three at a time keep both cores busy.
		maxWorkers: 3,
		expect: { requireAssertions: true },
		// Unit-test coverage of the library's logic; components, server-only code and styles are measured in the browser and build tests.
		// Measured and enforced on the unit project by `npm test` (vitest run --project unit --coverage); a run of a single file is not held to them.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.{ts,svelte.ts}'],
			exclude: ['src/lib/components/**', 'src/lib/server/**', 'src/lib/styles/**', '**/*.d.ts'],
			reporter: ['text-summary', 'text'],
			thresholds: { lines: 85, statements: 85, functions: 85 }
		},
		// `npm test` runs unit, build and browser; `npm run test:full` runs full (the exhaustive sweeps and the slow real-world checks).
		// build, browser and full read the test build (test-build/, `npm run build:test`); browser and full share one Chromium and one
		// static server for all their files (tests/helpers/global-site.ts).
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
			{ extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/helpers/global-site.ts'] } },
			{ extends: true, test: { name: 'full', include: ['tests/full/**/*.test.ts'], globalSetup: ['tests/helpers/global-site.ts'] } }
		]
	}
});
