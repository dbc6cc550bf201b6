// The story editor's pages are islands like the story page's (lib/server/islands.ts): no SvelteKit client. Set here, not
// by a group's layout: a layout would renumber the reader's pages' nodes, and so change their bytes.
export const csr = false;
