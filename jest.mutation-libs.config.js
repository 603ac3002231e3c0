// Jest for mutation testing of the pure libraries (libs/domain, libs/search; see
// stryker.config.mjs). Unlike jest.config.js it compiles to CommonJS, so no
// --experimental-vm-modules: Stryker's jest runner then reuses one module registry per worker
// and each mutant costs milliseconds instead of an ESM module graph reload.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  // flatbush (and its flatqueue), polyclip-ts (and its splaytree-ts) and meilisearch ship ES
  // modules only: compile them like our code.
  transformIgnorePatterns: [
    '/node_modules/(?!(flatbush|flatqueue|polyclip-ts|splaytree-ts|meilisearch)/)',
  ],
  moduleNameMapper: {
    // Caps the cases per property when PARTNERWIJZER_MUTATION_NUM_RUNS is set (see the file).
    '^fast-check$': '<rootDir>/test/mutation/fast-check-capped.cjs',
    '^@partnerwijzer/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@partnerwijzer/domain/client$': '<rootDir>/libs/domain/src/client.ts',
    '^@partnerwijzer/search$': '<rootDir>/libs/search/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
  testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts'],
  testTimeout: 60_000,
};
