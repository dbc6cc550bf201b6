// Applies the theme before the first paint: an embed's ?theme=light|dark flag
// first, else the reader's saved choice. Every page carries it in a script
// element in its head (routes/+layout.svelte), allowed by its hash in the
// Content-Security-Policy (svelte.config.js). No less-than sign or ampersand
// anywhere in this file, comments included: Svelte escapes them in an
// element's text, and the hash is of this file as it is.
try {
	var flag = /\/embed\/?$/.test(location.pathname) ? new URLSearchParams(location.search).get('theme') : null;
	var theme = flag || localStorage.getItem('story-timeline-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
	// Storage can be blocked (private mode, sandboxed iframe): the system theme applies.
}
