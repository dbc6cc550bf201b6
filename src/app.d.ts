// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			/** BCP 47 language of the page's story, for <html lang> (hooks.server.ts). */
			lang?: string;
		}
	}
}

export {};
