import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'

/**
 * Layer boundaries (the VS Code habit): dependencies point one way.
 * renderer → shared; main → shared, db; central → shared; shared imports neither;
 * only src-main/electron (and the preload) may import 'electron'.
 */
const electronOnly = { name: 'electron', message: 'Only src-main/electron and src-main/preload may import electron.' }
const boundary = (patterns) => ({ 'no-restricted-imports': ['error', { paths: [electronOnly], patterns }] })

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.data/**', 'test-results/**', 'playwright-report/**', '.native/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off'
    }
  },
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
      globals: { ...globals.browser }
    },
    rules: {
      ...boundary([
        { group: ['**/src-main/**', '**/db/**', '**/central/**'], message: 'The renderer talks to main only through the RPC contract.' },
        { group: ['node:*'], message: 'The renderer runs in a browser sandbox.' }
      ]),
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off'
    }
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: boundary([
      { group: ['**/src-main/**', '**/src-renderer/**', '**/db/**', '**/central/**'], message: 'Shared code imports neither main nor renderer.' },
      { group: ['node:*', 'better-sqlite3', 'kysely', 'vue', 'pinia'], message: 'Shared code is pure TypeScript with no I/O.' }
    ])
  },
  {
    files: ['src-main/**/*.ts', 'db/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/preload/**'],
    rules: boundary([{ group: ['**/src-renderer/**'], message: 'Main never imports renderer code.' }])
  },
  {
    files: ['central/**/*.ts'],
    rules: boundary([{ group: ['**/src-main/**', '**/src-renderer/**'], message: 'The central service shares only src-shared with the terminal.' }])
  },
  {
    files: ['src-main/electron/**/*.ts', 'src-main/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/src-renderer/**'], message: 'Main never imports renderer code.' }] }] }
  }
)
