import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed schema, not a running server, so CI catches schema drift.
const scalars = { JSON: 'unknown', DateTime: 'string' };

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  ignoreNoDocuments: true,
  generates: {
    'src/generated/': {
      documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars },
    },
    // The e2e suites' documents (`graphql(...)` in test/**): typed like the client's, with
    // Node ESM import extensions; test/support prints them to post over HTTP.
    '../../test/generated/': {
      documents: ['../../test/**/*.ts', '!../../test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars,
        importExtension: '.js',
        onlyOperationTypes: true,
      },
    },
  },
};

export default config;
