import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'bench/out/', 'public/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // The domain is plain TypeScript: no Svelte, no DOM-only libraries, no Node I/O.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', '*.svelte'], message: 'The domain must not import Svelte.' },
            { group: ['node:*', 'fs', 'path'], message: 'The domain does no I/O: pass text or bytes in.' },
            { group: ['**/ui/**', '**/cli/**'], message: 'Imports point down: the domain cannot import ui/ or cli/.' },
            { group: ['d3-selection', 'd3-zoom', 'd3-drag'], message: 'DOM behaviours belong to the UI.' },
          ],
        },
      ],
    },
  },
);
