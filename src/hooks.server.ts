import type { Handle } from '@sveltejs/kit';

/**
 * Sets <html lang> to the language of the story the page shows, and adds the
 * story's JSON-LD to the head (loads put both in locals). Done here rather than
 * in a component so no markup is ever injected as raw HTML from story text.
 */
export const handle: Handle = async ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const withLang = html.replace('%lang%', event.locals.lang ?? 'en');
			const { jsonLd } = event.locals;
			return jsonLd ? withLang.replace('</head>', `<script type="application/ld+json">${jsonLd}</script></head>`) : withLang;
		}
	});
