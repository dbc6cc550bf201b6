/**
 * The site's public origin, for the absolute URLs a story page and its oEmbed
 * document carry (WordPress fetches the oEmbed link exactly as written, so a
 * root-relative one fails). A build takes it from `PUBLIC_SITE_ORIGIN` (the
 * build refuses to start without one, see vite.config.ts); `npm run dev` from
 * the request, so it works on whatever port the server found.
 */
import { building, dev } from '$app/environment';
import { MISSING_ORIGIN, siteOrigin } from '../embed/oembed';

export function publicOrigin(url: URL): string {
	// Prerendering has no request origin of its own (http://sveltekit-prerender), however the build was started.
	if (dev && !building) return url.origin;
	const origin = siteOrigin(process.env);
	if (!origin) throw new Error(MISSING_ORIGIN);
	return origin;
}
