// Applies the reader's saved theme before the first paint (a tiny same-origin
// script, so no inline script is needed under the Content-Security-Policy).
try {
	var theme = localStorage.getItem('story-timeline-theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
	// Storage can be blocked (private mode, sandboxed iframe): the system theme applies.
}
