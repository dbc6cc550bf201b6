/**
 * JSON in script elements (the JSON-LD, an island's props) is written by
 * Svelte (components/JsonScript.svelte) from serializeJsonLd's output: no
 * story text can close the element, and what a browser reads back is the
 * data as it was, with `&`, `<` and `>` intact.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { DomUtils, parseDocument } from 'htmlparser2';
import JsonScript from '../../src/lib/components/JsonScript.svelte';
import { serializeJsonLd } from '../../src/lib/export/json-ld';

const hostile = { title: 'Tom & Jerry </script><script>alert(1)</script> <!-- x --> a > b', line: 'one\u2028two', quote: '"quoted"' };

describe('JsonScript', () => {
	it('writes one script element whose text parses back to the data', () => {
		const { body } = render(JsonScript, { props: { json: serializeJsonLd(hostile), type: 'application/json', id: 'island-props' } });
		expect(body.match(/<script/g)).toHaveLength(1);
		expect(body).not.toMatch(/<\/script>[\s\S]*<\/script>/);
		const script = DomUtils.findOne((node) => node.name === 'script', parseDocument(body).children)!;
		expect(script.attribs).toEqual({ type: 'application/json', id: 'island-props' });
		expect(JSON.parse(DomUtils.textContent(script))).toEqual(hostile);
	});

	it('leaves the escapes as they are: Svelte finds nothing to escape', () => {
		const json = serializeJsonLd({ name: 'A & B <c>' });
		const { body } = render(JsonScript, { props: { json, type: 'application/ld+json' } });
		expect(body).toContain(`<script type="application/ld+json">${json}</script>`);
		expect(json).not.toMatch(/[&<>]/);
	});
});
