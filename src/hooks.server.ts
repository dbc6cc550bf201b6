import type { Handle } from '@sveltejs/kit';

/**
 * Sets <html lang> to the language of the story the page shows, adds the
 * story's JSON-LD to the head, and puts a story page's two server-rendered
 * parts after the app's root element: its island (header and timeline, which
 * src/islands hydrates; lib/server/islands.ts) and its static body (the
 * chronology and what follows, never hydrated; lib/server/story-body.ts).
 * Loads put all of it in locals. Replacements are functions so that `$&` and
 * the like in story text are never read as patterns.
 */
export const handle: Handle = async ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const { lang, jsonLd, storyBody, island } = event.locals;
			let page = html.replace('%lang%', () => lang ?? 'en');
			const head = (island?.head ?? '') + (jsonLd ? `<script type="application/ld+json">${jsonLd}</script>` : '');
			if (head) page = page.replace('</head>', () => `${head}</head>`);
			return page.replace('<!--island-->', () => island?.body ?? '').replace('<!--story-body-->', () => storyBody ?? '');
		}
	});
