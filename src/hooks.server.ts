import type { Handle } from '@sveltejs/kit';

/**
 * Sets <html lang> to the language of the story the page shows, adds the
 * story's JSON-LD to the head, and puts a story page's two server-rendered
 * parts after the app's root element: its island (header and timeline, which
 * src/islands hydrates; lib/server/islands.ts) and its static body (the
 * chronology and what follows, never hydrated; lib/server/story-body.ts).
 * The island's styles and script go in the head before theme.js (app.html),
 * so that they are fetched while that script holds the parser.
 * Loads put all of it in locals. Replacements are functions so that `$&` and
 * the like in story text are never read as patterns.
 */
export const handle: Handle = async ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => {
			const { lang, jsonLd, storyBody, island } = event.locals;
			let page = html.replace('%lang%', () => lang ?? 'en').replace('<!--island-head-->', () => island?.head ?? '');
			if (jsonLd) page = page.replace('</head>', () => `<script type="application/ld+json">${jsonLd}</script></head>`);
			return page.replace('<!--island-->', () => island?.body ?? '').replace('<!--story-body-->', () => storyBody ?? '');
		}
	});
