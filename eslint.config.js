import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import apiBoundaries from './eslint/api-boundaries.js';
import webBoundaries from './eslint/web-feature-boundaries.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'coverage/**',
      'test-results/**',
      'apps/web/src/generated/**',
      'apps/api/src/generated/**',
      'reports/**',
      '.stryker-tmp/**',
      'test/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // Decorated classes need value imports: decorator metadata reads their types at run time.
    files: ['apps/api/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // graphql/ and common/ import no module; other rooms reach a module through its index.ts.
    files: ['apps/api/src/**/*.ts'],
    plugins: { api: apiBoundaries },
    rules: { 'api/module-boundaries': 'error' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Web boundaries: a feature (src/modules/<feature>) imports src/shared, src/app and
    // src/generated, never another feature; src/shared imports no feature.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { web: webBoundaries },
    rules: { 'web/feature-boundaries': 'error' },
  },
  {
    // The domain is pure: no framework, ORM or UI code may leak in.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'libs/domain is pure TypeScript: no NestJS.' },
            {
              group: ['typeorm', 'typeorm/*', 'pg', '@electric-sql/*'],
              message: 'libs/domain has no database code.',
            },
            {
              group: ['react', 'react-dom', 'react-dom/*', 'leaflet', 'react-leaflet'],
              message: 'libs/domain has no UI code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
