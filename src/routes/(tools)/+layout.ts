// The story editor's pages (/edit, /edit/preview): islands like the story page's (lib/server/islands.ts), with no SvelteKit
// client. A group of their own, after (island) and (plain): SvelteKit numbers the reader's pages' nodes the same with or
// without them, so the reader's pages stay the same bytes.
export const csr = false;
