// Pages without SvelteKit's client: the index, the classroom and the plain pages of a long chronology need no hydration.
// The first two carry only the theme control's script (components/ThemeScript.svelte); the plain pages carry none.
export const csr = false;
