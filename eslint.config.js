// ESLint: JavaScript and TypeScript recommended rules, Svelte's, and no style rules (Prettier formats; see .prettierrc).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', 'test-build/', '.svelte-kit/', 'static/', 'bench/out/', 'node_modules/', '.scratch/', 'screenshots/', 'test-results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node, ScrollBehavior: 'readonly' } },
		rules: {
			// `_`-prefixed names are deliberately unused (an ignored parameter or a destructured leftover).
			// The site is served from its origin's root (no `paths.base`), and no page runs SvelteKit's router: links are plain hrefs.
			'svelte/no-navigation-without-resolve': 'off',
			// A string in braces keeps a significant space or a no-break space visible in the markup: {' · '}, {'\u00a0· '}.
			'svelte/no-useless-mustaches': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
		}
	},
	{
		// Tests read JSON-LD, CSV rows and parsed stories whose shape is what they assert.
		files: ['tests/**/*.ts'],
		// Their placeholders are control characters that no story text can contain.
		rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-control-regex': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	}
);
