// Flat config: typescript-eslint's recommended type-aware rules over the project's TypeScript.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', '.cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused parameters are caught by tsc (noUnusedParameters); allow `_name` for intentional ones.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // The playground page's scripts run in the browser.
  { files: ['src/playground/page/**/*.js'], languageOptions: { globals: globals.browser } },
);
