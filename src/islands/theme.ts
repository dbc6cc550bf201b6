/**
 * The only script of pages without an island (routes/(plain): the index, the
 * classroom, the plain pages of a long chronology): wires the theme <select>
 * that ThemeToggle.svelte rendered on the server, without hydrating anything.
 */
import { applyThemeChoice, readThemeChoice, type ThemeChoice } from '../lib/dom/theme';

for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-theme-toggle]')) {
	select.value = readThemeChoice();
	select.addEventListener('change', () => applyThemeChoice(select.value as ThemeChoice));
}
