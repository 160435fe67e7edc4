// Flat config: typescript-eslint's recommended rules over the project's TypeScript, and the pipeline's
// direction as a rule (see docs/architecture.md, which quotes STAGES below; this file is the source of truth).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The pipeline's stages under src/, lowest first. A file may import from its own stage and earlier ones, never
 * from a later one; commands/ comes after every stage and the entry points (src/*.ts) after commands/.
 * scripts/ and tests/ may import anything.
 */
const STAGES = [
  // Foundations every stage may use: settings, the error base class, the logger, small text helpers.
  ['config', 'errors', 'log', 'text'],
  ['corpus'],
  ['passages'],
  ['index'],
  ['answer'],
  ['engine'],
  // Presentations: the only code that may touch the network or discord.js.
  ['cli', 'discord', 'eval', 'bench', 'web', 'playground', 'standin'],
];
const PRESENTATIONS = STAGES.length - 1;
/** The entry points' module names (src/bot.ts → "bot"): nothing imports them. */
const ENTRY_POINTS = readdirSync(join(import.meta.dirname, 'src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -'.ts'.length));

/** Modules that reach the network (or Discord) and so belong to presentations only. */
const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises'].flatMap(
  (m) => [m, `node:${m}`],
);
const NETWORK_PACKAGES = ['discord.js', 'ws', 'undici'];

/** A relative import specifier that climbs out of the file's folder into one of `folders` (any depth). */
const into = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
const entryPointImport = (prefix) => `^${prefix}(${ENTRY_POINTS.join('|')})\\.js$`;

/** The no-restricted-imports options for a file of stage `index`. */
function stageRule(index) {
  const later = STAGES.slice(index + 1).flat();
  const patterns = [
    {
      regex: into([...later, 'commands']),
      message:
        'Imports run down the pipeline only (see STAGES in eslint.config.js and docs/architecture.md).',
    },
    { regex: entryPointImport('(\\.\\./)+'), message: 'Nothing imports an entry point (src/*.ts).' },
  ];
  if (index < PRESENTATIONS) {
    patterns.push({
      regex: '^@discordjs/',
      message: 'Only presentations (src/discord, src/cli, …) may use Discord or the network.',
    });
  }
  const paths =
    index < PRESENTATIONS
      ? [...NETWORK_MODULES, ...NETWORK_PACKAGES].map((name) => ({
          name,
          message: 'Only presentations (src/discord, src/cli, src/web, …) may use Discord or the network.',
        }))
      : [];
  return ['error', { paths, patterns }];
}

export default tseslint.config(
  { ignores: ['node_modules/', '.cache/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  // Type-aware rules (floating promises, unsafe any, …) over the TypeScript; plain JavaScript keeps the basics.
  ...tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    // CommonJS's own way of loading modules.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // Unused parameters are caught by tsc (noUnusedParameters); allow `_name` for intentional ones.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Tests lean on vitest's loosely typed matchers (expect.any, expect.objectContaining) and parse JSON
    // output: the `any` checks would flag every such line without catching anything.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Stubs implement async interfaces without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  ...STAGES.map((folders, index) => ({
    files: folders.map((f) => `src/${f}/**/*.ts`),
    rules: {
      'no-restricted-imports': stageRule(index),
      ...(index < PRESENTATIONS
        ? {
            'no-restricted-globals': [
              'error',
              ...['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource'].map((name) => ({
                name,
                message: 'Only presentations may touch the network.',
              })),
            ],
          }
        : {}),
    },
  })),
  {
    files: ['commands/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: entryPointImport('\\.\\./src/'), message: 'Nothing imports an entry point.' }],
        },
      ],
    },
  },
  // The playground page's scripts run in the browser.
  { files: ['src/playground/page/**/*.js'], languageOptions: { globals: globals.browser } },
);
