// @ts-check
/**
 * The site's Content Security Policy, in one place: svelte.config.js gives it
 * to SvelteKit (which adds the hashes of its inline scripts to full pages) and
 * the prerendered chronology fragments carry it as their first tag. Plain
 * JavaScript because svelte.config.js imports it.
 *
 * Nothing leaves the site's own origin. Inline style *attributes* are allowed
 * (Svelte's style: directives, app.html); <style> elements are not.
 *
 * @type {NonNullable<NonNullable<NonNullable<import('@sveltejs/kit').Config['kit']>['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	'style-src-attr': ['unsafe-inline'],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline']);

/** The policy as a header or meta value, in SvelteKit's order: default-src first. */
export function cspValue() {
	return Object.entries(CSP_DIRECTIVES)
		.map(([name, sources]) => `${name} ${(sources ?? []).map((/** @type {string} */ s) => (KEYWORDS.has(s) ? `'${s}'` : s)).join(' ')}`)
		.join('; ');
}

/** A meta tag a browser honours when it is the first thing in a document (the parser puts it in <head>). */
export function cspMetaTag() {
	return `<meta http-equiv="content-security-policy" content="${cspValue()}">`;
}
