import type { Handle } from '@sveltejs/kit';

/** Sets <html lang> to the language of the story the page shows (its load sets `locals.lang`). */
export const handle: Handle = async ({ event, resolve }) => resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', () => event.locals.lang ?? 'en') });
