// Applies the theme before the first paint (a tiny same-origin script, so no
// inline script is needed under the Content-Security-Policy): an embed's
// ?theme=light|dark flag first, else the reader's saved choice.
try {
	var flag = /\/embed\/?$/.test(location.pathname) ? new URLSearchParams(location.search).get('theme') : null;
	var theme = flag || localStorage.getItem('story-timeline-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
	// Storage can be blocked (private mode, sandboxed iframe): the system theme applies.
}
