// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** BCP 47 language of the page's story, for <html lang>. */
			lang?: string;
			/** schema.org JSON-LD of the page's story, already serialised for a script element. */
			jsonLd?: string;
			/** The page's static story body as HTML (server-rendered Svelte), placed after the app root by hooks.server.ts. */
			storyBody?: string;
			/** The page's island (lib/server/islands.ts): links for <head>, and its markup, props and script for <body>. */
			island?: { head: string; body: string };
		}
	}
}

export {};
