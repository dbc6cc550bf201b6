// Pages whose only script is their island (src/islands, lib/server/islands.ts): no SvelteKit client, no router, no page data.
export const csr = false;
