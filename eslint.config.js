// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Pattern-based layer rules (STYLE.md pattern 1). A lint rule cannot resolve paths, so a relative
 * import counts as crossing a layer when it climbs out with `../` and lands in that folder.
 */
const importFrom = (/** @type {string} */ layer) => ({
  regex: `^(@roundtable/${layer}(/.*)?|(\\./)?(\\.\\./)+${layer}(/.*)?)$`,
  message: `This layer may not import from ${layer}/. Move the shared piece into shared/.`,
});

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    'test-results/',
    'playwright-report/',
    'bench/results/',
    'data/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['server/**', 'scripts/**', 'bench/**', 'e2e/**', '*.config.{js,ts}'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [importFrom('client'), importFrom('server')] }],
    },
  },
  {
    // The reducer must be deterministic: time, ids and randomness come from the command or context.
    files: ['shared/src/reducer.ts', 'shared/src/tools/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take the time from the command context.' },
        { object: 'Math', property: 'random', message: 'Take ids and randomness from the command.' },
        { object: 'crypto', property: 'randomUUID', message: 'Take ids from the command.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time from the command context.',
        },
      ],
    },
  },
  {
    files: ['client/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [importFrom('server')] }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['client/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
);
