// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** BCP 47 language of the page's story, for <html lang>. */
			lang?: string;
			/** schema.org JSON-LD of the page's story, already serialised for a script element. */
			jsonLd?: string;
		}
	}
}

export {};
