// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX from 'eslint-plugin-import-x'

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'util',
]

const RENDERER = [
  {
    group: ['electron', 'electron/*', ...NODE_BUILTINS],
    message: 'The renderer has no node or electron: use the api client.',
  },
  {
    group: ['**/electron/**'],
    message: 'The renderer reaches electron/ only through the contract.',
  },
]

/** shared/ is pure: no node, electron or react, and only shared/ itself. */
const SHARED_PURE = [
  {
    group: ['electron', 'electron/*', ...NODE_BUILTINS],
    message: 'shared/ is pure: no node or electron.',
  },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'shared/ is pure: no react.',
  },
  { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports only shared/.' },
]

/** Import zones of ARCHITECTURE.md §2: which folder may import what. */
const zone = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Units small enough to hold in one's head: no function of the app over 150 lines.
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  zone(['shared/**/*.ts'], [...SHARED_PURE]),
  // The domain states facts; wording, documents and language tools build on it, never the reverse.
  zone(
    ['shared/domain/**/*.ts'],
    [
      ...SHARED_PURE,
      {
        group: [
          '**/i18n/**',
          '**/wording/**',
          '**/report/**',
          '**/briefing/**',
          '**/paperwork/**',
          '**/exports/**',
          '**/import/**',
        ],
        message:
          'The domain gives facts (keys and values); i18n, wording/ and the documents word them.',
      },
    ],
  ),
  zone(['renderer/**/*.{ts,tsx}'], RENDERER),
  zone(
    ['electron/services/**/*.ts', 'electron/node-host/**/*.ts', 'electron/cli/**/*.ts'],
    [
      {
        group: ['electron', 'electron/*'],
        message: 'Services run without Electron (browser mode, CLI).',
      },
      { group: ['**/renderer/**', 'react', 'react-dom'], message: 'Services never import the UI.' },
    ],
  ),
  zone(
    ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    [
      {
        group: ['**/renderer/**', 'react', 'react-dom'],
        message: 'The shell never imports the UI.',
      },
    ],
  ),
  // Features do not import each other; app/ composes them. (A later block replaces the rule, so repeat RENDERER.)
  zone(
    ['renderer/src/features/**/*.{ts,tsx}'],
    [
      ...RENDERER,
      {
        regex: '^\\.\\./[^.]',
        message:
          'A feature never imports another feature: move shared code to components/ or lift it to app/.',
      },
    ],
  ),
  // No import cycles in the app's code: each module can be understood from what it imports.
  {
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // Playwright fixtures take `{}` when they use no other fixture.
  { files: ['test/e2e/fixtures/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
)
