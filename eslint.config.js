import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries of ../shared/ARCHITECTURE.md: a wrong arrow between folders fails `npm run lint`.
 * Patterns match the import text, so relative paths ("../../db/open") are caught as well as packages.
 */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'build/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(
      [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'drizzle-orm', '**/db/**', '**/electron/**', '**/renderer/**'],
      'shared/ is pure: no Node, Electron, React, database or other folders.',
    ),
  },
  {
    files: ['db/**'],
    rules: restrict(['electron', 'react', '**/electron/**', '**/renderer/**'], 'db/ may import only shared/.'),
  },
  {
    files: ['electron/core/**'],
    rules: restrict(['electron', 'react', '**/renderer/**', '**/main/**', '**/preload/**', '**/host/**', '**/office/**'], 'electron/core/ never imports Electron, the UI or a transport.'),
  },
  {
    files: ['electron/preload/**'],
    rules: restrict(['**/db/**', '**/core/**', '**/renderer/**', '**/main/**', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', ...nodeBuiltins], 'The preload exposes invoke and on, nothing else.'),
  },
  {
    files: ['electron/host/**'],
    rules: restrict(['electron', '**/renderer/**', '**/main/**', '**/preload/**'], 'Browser mode runs the core without Electron.'),
  },
  {
    files: ['electron/office/**'],
    rules: restrict(['electron', 'react', '**/renderer/**', '**/main/**', '**/preload/**', '**/host/**'], 'The office network is plain Node: the core over TLS, no Electron.'),
  },
  {
    files: ['electron/main/**'],
    rules: restrict(['**/renderer/**', '**/host/**'], 'The Electron main process does not include browser mode or the UI.'),
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, 'electron', 'better-sqlite3', 'better-sqlite3-multiple-ciphers', 'drizzle-orm', 'drizzle-orm/*', '**/db/**', '**/electron/**'],
        'The renderer talks to the program only through the api client.',
      ),
    },
  },
);
