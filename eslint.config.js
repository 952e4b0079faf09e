// Type-checked lint (typescript-eslint's recommendedTypeChecked) over every TypeScript folder, typed by
// the root tsconfig.json. `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '**/dist/**', 'test/__snapshots__/**', 'test/__screenshots__/**', 'test/__output__/**'] },
  {
    files: ['{functions,render,i18n,static,src,build,tools,dev,support,test,bench}/**/*.ts', '*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore marks a deliberately unused binding (a parameter an interface imposes, a key
      // left out of a rest copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests, benches and dev/build tooling: not shipped to Forge.
    files: ['{test,bench,dev,build,tools,support}/**/*.ts'],
    rules: {
      // node:test's describe/it return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }] },
      ],
      // They read JSON fixtures, resolver replies and package internals, which are `any` by nature.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Stubs implement async interfaces (Forge's, @forge/bundler's) without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // assert.equal(obj.method, ...) and mocks pass methods around without calling them.
      '@typescript-eslint/unbound-method': 'off',
      // Messages and assertion labels interpolate arrays and fixture fields; a wrong string is harmless there.
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      // node:http servers and page listeners take async handlers; a rejection fails the test or dev run anyway.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
);
