import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUILD_DIR = 'build';

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
