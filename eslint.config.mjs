// Layer boundaries enforced by a tool, not by memory (as VS Code and Bitwarden do):
// shared/ is pure; renderer/ never reaches Node or the main process; only electron/app/ and the
// preload import 'electron'. Inside electron/ and renderer/src/, folders import down a ladder.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importLadder from './eslint-rules/import-ladder.mjs';
import i18nKeys from './eslint-rules/i18n-keys.mjs';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// Exact names for packages (a gitignore-style pattern 'events' would also match './events').
const restrict = (paths, ...patterns) => ['error', { paths, patterns }];
const name = (names, message) => names.map((n) => ({ name: n, message }));
const noNode = name(nodeBuiltins, 'Node built-ins belong in electron/, not here.');
const noElectron = name(['electron'], "Only electron/app/ and the preload may import 'electron'.");
const noMainSide = {
  group: ['**/electron/**', '!**/shared/**'],
  message: 'Talk to the main process through window.harbor.',
};
const noRenderer = { group: ['**/renderer/**'], message: 'The main process must not depend on the UI.' };
// The vault's test hooks (raw keys, fault injection, KEK shortcuts) may be reached from test/ only.
const noVaultTesting = {
  group: ['**/vault/testing', '**/vault/testing.ts', './testing', './testing.ts'],
  message: 'electron/vault/testing.ts is for tests only: nothing shipped may skip the KDF or read raw keys.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', '.tmp/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict([...noNode, ...noElectron], noMainSide, noRenderer, noVaultTesting, {
        group: ['react', 'react-dom', '@tiptap/*'],
        message: 'shared/ is pure domain code.',
      }),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        'navigator',
        'localStorage',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict([...noNode, ...noElectron], noMainSide, noVaultTesting),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', 'localStorage', 'sessionStorage', 'indexedDB'],
    },
  },
  {
    // The bridge is one module (renderer/src/platform/): components never hold window.harbor.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/platform/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.name='window'][property.name='harbor'], MemberExpression[object.name='window'][property.value='harbor']",
          message: 'Reach the main process through renderer/src/platform/, not window.harbor.',
        },
        {
          selector: "VariableDeclarator[init.name='window'] > ObjectPattern > Property[key.name='harbor']",
          message: 'Reach the main process through renderer/src/platform/, not window.harbor.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/app/**', 'electron/preload.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': restrict(noElectron, noRenderer, noVaultTesting) },
  },
  {
    files: ['electron/app/**/*.ts', 'electron/preload.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': restrict([], noRenderer, noVaultTesting) },
  },
  {
    // Inside each process, imports go down the ladder only (eslint-rules/import-ladder.mjs).
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { harbor: { rules: { 'import-ladder': importLadder } } },
    rules: { 'harbor/import-ladder': 'error' },
  },
  {
    // Translation keys are written out and exist in English (eslint-rules/i18n-keys.mjs).
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'harbor-i18n': { rules: { 'i18n-keys': i18nKeys } } },
    rules: { 'harbor-i18n/i18n-keys': 'error' },
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx,mts}', '*.config.{ts,mts,mjs}', 'electron.vite.config.ts', 'eslint-rules/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
);
