/**
 * Global setup of the browser and full test projects (vite.config.ts): one
 * static server for the test build and one Chromium, shared by every test
 * file (each file connects to the browser and opens its own contexts; see
 * site.ts). Starting them once instead of once per file saves a browser
 * launch and a server per file.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from '../../scripts/lib/browser';
import { serveDirectory } from '../../scripts/lib/static-server';
import { BUILD_DIR } from './build';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The test build's origin, http://127.0.0.1:<port>. */
		siteOrigin: string;
		/** Where test files connect to the shared Chromium. */
		browserEndpoint: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync(`${BUILD_DIR}/index.html`)) throw new Error(`${BUILD_DIR}/ is missing: run \`npm run build:test\` first (npm test does).`);
	const server = await serveDirectory(BUILD_DIR);
	const browser = await launchBrowserServer();
	project.provide('siteOrigin', server.origin);
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await server.close();
	};
}
