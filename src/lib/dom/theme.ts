/**
 * The reader's theme choice: 'system' follows prefers-color-scheme; 'light' and
 * 'dark' are remembered in localStorage and set as data-theme on <html>
 * (lib/dom/theme-boot.js applies a saved choice before the first paint).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'story-timeline-theme';

export function readThemeChoice(): ThemeChoice {
	const value = document.documentElement.dataset.theme;
	return value === 'light' || value === 'dark' ? value : 'system';
}

export function applyThemeChoice(choice: ThemeChoice, remember = true) {
	if (choice === 'system') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = choice;
	if (!remember) return;
	try {
		if (choice === 'system') localStorage.removeItem(KEY);
		else localStorage.setItem(KEY, choice);
	} catch {
		// Storage blocked: the choice lasts for this page only.
	}
}
