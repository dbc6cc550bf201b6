import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173, strictPort: false },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
		environment: 'node',
		// Browser tests drive a real Chromium against the built site; give them room on a 2-core machine.
		testTimeout: 60_000,
		hookTimeout: 120_000,
		expect: { requireAssertions: true }
	}
});
