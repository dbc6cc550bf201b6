/**
 * The layers of src/lib (README, Layout): rune state lives in state/, DOM
 * code in dom/ (and state/, which follows the URL), and every other folder
 * outside components/ and server/ is pure TypeScript that runs anywhere: no
 * svelte import, no runes, no document or window. This reads the sources, so
 * a module that slips into the wrong layer fails here, not in a review.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LIB = 'src/lib';
const RUNES = /\$(?:state|derived|effect|props|bindable|inspect)\b/;
const SVELTE = /from\s+'svelte(?:\/[\w-]+)?'/;
/** Browser globals in use. `window` and `location` are also ordinary words here (a time window, a JSON-LD location), so those count only with a browser property. */
const DOM =
	/\bdocument\b|\bwindow\.(?:addEventListener|removeEventListener|parent|top|innerWidth|innerHeight|scroll\w*|matchMedia|getSelection|location|document|history|postMessage|devicePixelRatio)\b|\b(?:location|history)\.(?:href|hash|search|pathname|origin|assign|replace|reload|pushState|replaceState|state|back)\b|\b(?:localStorage|sessionStorage|navigator|requestAnimationFrame|requestIdleCallback|ResizeObserver|IntersectionObserver|MutationObserver|getComputedStyle|addEventListener|matchMedia|scrollTo|innerWidth)\b/;

/** The code of a module without its comments and string contents, so prose about `document` is not code. */
function code(source: string): string {
	return source
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, (match) => (/^'svelte/.test(match) ? match : "''"))
		.replace(/\/\/.*$/gm, '');
}

const folders = readdirSync(LIB, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);
const modules = (folder: string) =>
	readdirSync(join(LIB, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts'))
		.map((file) => ({ file: `${folder}/${file}`, code: code(readFileSync(join(LIB, folder, file), 'utf8')) }));

describe('the layers of src/lib', () => {
	it('has the folders the README draws', () => {
		expect(folders).toEqual(expect.arrayContaining(['state', 'dom', 'components', 'server', 'story', 'time', 'timeline']));
	});

	it('every folder but components/, server/, state/ and dom/ is pure TypeScript', () => {
		const pure = folders.filter((folder) => !['components', 'server', 'state', 'dom', 'styles'].includes(folder));
		expect(pure.length).toBeGreaterThan(5);
		const found = pure
			.flatMap(modules)
			.flatMap(({ file, code }) => [SVELTE.test(code) && 'svelte import', RUNES.test(code) && 'runes', DOM.exec(code)?.[0]].filter(Boolean).map((what) => `${file}: ${what}`));
		expect(found).toEqual([]);
	});

	it('runes only in state/, and only in .svelte.ts modules', () => {
		const found = folders
			.filter((folder) => !['components'].includes(folder))
			.flatMap(modules)
			.filter(({ code }) => RUNES.test(code))
			.map(({ file }) => file);
		expect(found.length).toBeGreaterThan(0);
		expect(found.filter((file) => !file.startsWith('state/') || !file.endsWith('.svelte.ts'))).toEqual([]);
	});

	it('the guard sees what it is for', () => {
		expect(DOM.test(code('const x = document.body;'))).toBe(true);
		expect(DOM.test(code('/** reads the document */ const x = 1; // window'))).toBe(false);
		expect(DOM.test(code("const s = 'the window';"))).toBe(false);
		expect(DOM.test(code('const width = window[1] - window[0];'))).toBe(false);
		expect(DOM.test(code('window.parent.postMessage(m, "*");'))).toBe(true);
		expect(DOM.test(code('addEventListener("load", run);'))).toBe(true);
		expect(SVELTE.test(code("import { tick } from 'svelte';"))).toBe(true);
		expect(RUNES.test(code('let a = $state(0);'))).toBe(true);
	});
});
