/**
 * The islands' stylesheets go into the page as <style> elements with their
 * text exactly as built (its hash is in the CSP, svelte.config.js), or as a
 * <link> when Svelte's escaping would change that text.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import IslandDocument from '../../src/lib/components/IslandDocument.svelte';
import { styleOf, type RenderedIsland } from '../../src/lib/server/islands';

const texts = { '/_islands/a.css': '.a>.b{color:red}@media (min-width:40em){.c{margin:0}}', '/_islands/lt.css': '@media (width<40em){.c{margin:0}}', '/_islands/amp.css': '.a{&.b{color:red}}' };

describe('styleOf', () => {
	it('gives the text of a stylesheet Svelte would write as it is, and only the URL of one it would escape or does not know', () => {
		expect(styleOf('/_islands/a.css', texts)).toEqual({ href: '/_islands/a.css', text: texts['/_islands/a.css'] });
		expect(styleOf('/_islands/lt.css', texts).text).toBeNull();
		expect(styleOf('/_islands/amp.css', texts).text).toBeNull();
		expect(styleOf('/_islands/missing.css', texts)).toEqual({ href: '/_islands/missing.css', text: null });
		// The editor's stylesheets are linked even when they could be inlined: the reader's pages' policy holds no hash of theirs.
		expect(styleOf('/_islands/tools-a.css', { '/_islands/tools-a.css': texts['/_islands/a.css'] }).text).toBeNull();
	});

	it('IslandDocument writes the inline text byte for byte, and links the others', () => {
		const island: RenderedIsland = { name: 'story', css: Object.keys(texts).map((href) => styleOf(href, texts)), script: '/_islands/story.js', classic: true, markup: '', props: '{}', views: '{}' };
		const { head } = render(IslandDocument, { props: { island, body: '' } });
		expect(head).toContain(`<style>${texts['/_islands/a.css']}</style>`);
		expect(head).toMatch(/<link rel="stylesheet" href="\/_islands\/lt\.css"\/?>/);
		expect(head).toMatch(/<link rel="stylesheet" href="\/_islands\/amp\.css"\/?>/);
		expect(head.match(/<style>/g)).toHaveLength(1);
	});
});
