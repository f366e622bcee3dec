// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.dist.staging*/', '.dist.previous*/', '.astro/', 'tests/.tmp/', '.tmp-cache/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.strict,
  tseslint.configs.stylistic,
  // The accessibility rules need eslint-plugin-jsx-a11y-x (eslint-plugin-jsx-a11y does not accept ESLint 10 yet).
  astro.configs.recommended,
  astro.configs['jsx-a11y-recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Code the browser runs: our custom elements, and the scripts inside components.
    files: ['src/scripts/**', '**/*.astro/*.js', '**/*.astro/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The importer edits parsed front matter, which is a plain object by nature, not a map.
    files: ['src/importer/**'],
    rules: { '@typescript-eslint/no-dynamic-delete': 'off' },
  },
  {
    // Tests index fixture data they wrote themselves; a wrong `!` throws and fails the test, which is what it should do.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    rules: {
      // Unused names are errors, except `_`-prefixed ones kept for position (callback parameters, tuple holes).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
