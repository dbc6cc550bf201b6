// Every page is prerendered to static HTML: readable with JavaScript off and servable from any static host.
export const prerender = true;
