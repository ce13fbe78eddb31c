import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'custom-elements.json', 'bench/.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'lit/no-template-arrow': 'off',
      'no-restricted-syntax': [
        'error',
        {
          // Writing HTML is the risk; reading a serialization of nodes is not.
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Rich text becomes DOM only through src/rich-text/sanitize.ts.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]',
          message: 'Rich text becomes DOM only through src/rich-text/sanitize.ts.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Templates bind text only.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Templates bind text only.' },
            { name: 'lit/static-html.js', message: 'No unsafeStatic.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Node: configuration, scripts, the test server and the benchmark driver.
    files: [
      '*.js',
      '*.mjs',
      'scripts/**/*.js',
      'scripts/**/*.mjs',
      'bin/**/*.js',
      'test/server/**/*.js',
      'test/node/**/*.js',
      'examples/**/*.js',
      'bench/*.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark driver also holds functions it runs inside the page.
    files: ['bench/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Browser: demo and test pages, benchmark pages.
    files: ['demo/**/*.js', 'test/pages/**/*.js', 'test/csp/**/*.js', 'bench/pages/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
