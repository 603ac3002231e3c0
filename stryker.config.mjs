// Mutation testing (StrykerJS): `npm run test:mutation [area…]`, driven by
// scripts/mutation.mjs, which runs one area at a time and prints the score of each.
// Not part of `npm test` or CI: a full run takes minutes per area on two cores.

const UNIT_TESTS = ['<rootDir>/libs/**/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts'];
// The domain's own tests: its score says what libs/domain's suite catches (and its dry run
// stays within minutes on a loaded machine).
const DOMAIN_TESTS = ['<rootDir>/libs/domain/src/**/*.spec.ts'];
const SEARCH_TESTS = ['<rootDir>/libs/search/src/**/*.spec.ts'];
const CSV_TESTS = [
  '<rootDir>/apps/api/src/common/csv/*.spec.ts',
  '<rootDir>/apps/api/src/modules/municipality-view/coverage-csv.spec.ts',
  '<rootDir>/apps/api/src/modules/imports/{csv,csv-edges,rejection-report}.spec.ts',
];
// Pure code compiled to CommonJS (jest.mutation-libs.config.js): no ESM module graph reloaded
// per mutant. Areas without `cjs` need the ESM set-up (NestJS, PGlite).
const CJS = { configFile: 'jest.mutation-libs.config.js', nodeArgs: [] };

/** The areas: the files Stryker mutates in each, and the tests that may kill them. */
export const areas = {
  domain: {
    mutate: [
      'libs/domain/src/**/*.ts',
      '!libs/domain/src/**/*.spec.ts',
      '!libs/domain/src/**/__fixtures__/**',
    ],
    tests: DOMAIN_TESTS,
    cjs: CJS,
  },
  search: {
    mutate: ['libs/search/src/**/*.ts', '!libs/search/src/**/*.spec.ts'],
    // The embedded engine is SQL: its contract suite runs it on a real (PGlite) database.
    tests: [
      ...UNIT_TESTS,
      '<rootDir>/test/search/embedded-search-contract.e2e-spec.ts',
      '<rootDir>/test/search/embedded-search-edges.e2e-spec.ts',
    ],
  },
  // The search area in two halves for a busy machine (their mutants together are the search
  // area's): the engine-neutral code with the unit tests only, and the embedded engine with
  // its contract suite on PGlite (each of its mutants pays a database start). The sum of the
  // halves is a lower bound of the whole area's score: in `search` the contract suite may
  // also kill mutants of the engine-neutral code.
  'search-core': {
    mutate: [
      'libs/search/src/**/*.ts',
      '!libs/search/src/**/*.spec.ts',
      '!libs/search/src/embedded/**',
    ],
    tests: SEARCH_TESTS,
    cjs: CJS,
  },
  'search-embedded': {
    mutate: ['libs/search/src/embedded/*.ts', '!libs/search/src/embedded/*.spec.ts'],
    tests: [...UNIT_TESTS, '<rootDir>/test/search/embedded-search-contract.e2e-spec.ts'],
  },
  // CSV escaping and parsing: the municipality exports and the import rejection report.
  csv: {
    mutate: [
      'apps/api/src/common/csv/*.ts',
      'apps/api/src/modules/municipality-view/coverage-csv.ts',
      'apps/api/src/modules/imports/rejection-report.ts',
      'apps/api/src/modules/imports/csv.ts',
      '!**/*.spec.ts',
    ],
    tests: CSV_TESTS,
    cjs: CJS,
  },
  // The change feed and the matching index that follows it. Only unit tests for now: the
  // fault tests (test/matching/feed-sync-faults.e2e-spec.ts) need PGlite, which did not start
  // inside Stryker's sandbox ("PGlite failed to initialize properly").
  feed: {
    mutate: [
      'apps/api/src/modules/change-feed/*.ts',
      '!apps/api/src/modules/change-feed/*.spec.ts',
      'apps/api/src/modules/matching/matching-index.service.ts',
    ],
    tests: UNIT_TESTS,
  },
};

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.mutation.config.js',
    enableFindRelatedTests: true,
  },
  // Only the tests that reach a mutant run for it.
  coverageAnalysis: 'perTest',
  // Both cores are shared with other work; one worker per core at most.
  concurrency: 2,
  timeoutMS: 20000,
  // The first run of all the area's tests (with coverage per test): on a loaded machine it
  // takes longer than Stryker's default of 5 minutes.
  dryRunTimeoutMinutes: 30,
  timeoutFactor: 2,
  // The sandbox needs only the code, the tests and the migrated PGlite test template.
  ignorePatterns: [
    // Other areas' sandboxes, when two areas run at once.
    '/.stryker-tmp',
    '/apps/web',
    // Not all of bench/: a test helper imports its seeded random numbers (bench/match/prng.ts).
    '/bench/results',
    '/bench/dist',
    '/docs',
    '/test/browser',
    '/reports',
    // Not even the PGlite test templates: Stryker copies files but not empty directories, and
    // a PostgreSQL data directory without its empty ones (pg_tblspc, pg_notify, …) does not
    // start ("PGlite failed to initialize properly"). The sandbox builds its own template.
    '/.data',
    '/coverage',
  ],
  // TypeScript checking of every mutant would double the run time; SWC compiles them as is.
  disableTypeChecks: true,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  cleanTempDir: 'always',
};
