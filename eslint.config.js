import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'web/src/gql/**', 'docs/**', 'bench/results/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // tsconfig's noUncheckedIndexedAccess types every indexed read as possibly undefined; after a checked bound
      // (`i < a.length`, a regex group that matched) `!` is how TypeScript is told, so it stays allowed.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A rest sibling (`const { commandId: _c, ...data } = input`) is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests read GraphQL answers as JSON whose shape each assertion states; production code stays without `any`.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    // CommonJS is what these files are for (a `node -r` preload, a tool's configuration): `require` is their import.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
