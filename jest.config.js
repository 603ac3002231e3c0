// Jest runs our ESM TypeScript through SWC (decorator metadata on, as NestJS needs it).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: false },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@partnerwijzer/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@partnerwijzer/domain/client$': '<rootDir>/libs/domain/src/client.ts',
    '^@partnerwijzer/search$': '<rootDir>/libs/search/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

// Web component tests: TSX with React's automatic runtime, in jsdom.
const swcWeb = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

// Stryker's sandboxes (.stryker-tmp/, during `npm run test:mutation`) hold a copy of the tree:
// neither their packages nor their tests are ours to run.
const notSandboxes = {
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.stryker-tmp/'],
};

// Suites that drive the built web client in Chromium: a project of their own.
const browserSuites = [
  '<rootDir>/test/browser/**/*.e2e-spec.ts',
  '<rootDir>/test/security/csp-browser.e2e-spec.ts',
];

function postgresServers() {
  return Math.max((process.env.TEST_POSTGRES_URLS ?? '').split(',').filter(Boolean).length, 1);
}

/** @type {import('jest').Config} */
export default {
  ...notSandboxes,
  // Global on purpose: Jest reads testTimeout from the top-level config, not from a project's,
  // so without this every test and hook without its own timeout had Jest's 5 s, which a busy
  // CI machine exceeds.
  testTimeout: 120_000,
  // Two workers, each replaced once its heap passes 1 GB after a file (decision 0027): one
  // long-lived process kept every suite's modules and grew past 5 GB, and each later suite
  // ran slower. On PostgreSQL one worker per server: the change feed waits for every
  // transaction open on its server (pg_snapshot_xmin is cluster-wide), so suites sharing one
  // hold back each other's feed. TEST_POSTGRES_URLS names a server per worker (decision 0032:
  // CI starts a second one); with DATABASE_URL alone, one worker.
  maxWorkers: process.env.DATABASE_URL ? postgresServers() : 2,
  workerIdleMemoryLimit: '1GB',
  // How long a worker may take to exit once the run is over (Jest's default is 500 ms). A worker
  // whose suites left nothing open still needs its heap torn down, up to 1 GB and many module
  // registries: on a busy machine that took over 500 ms, and Jest killed it with "A worker
  // process has failed to exit gracefully … improper teardown" though nothing leaked (the whole
  // unit project in one worker, every time). A real leak (an open server, socket or timer)
  // keeps a worker alive for good: it is still killed after this and still reported.
  workerGracefulExitTimeout: 5_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  // Names the run (PW_TEST_RUN) for the PGlite template with the demo data, seeded once per run
  // and removed afterwards (test/support/test-database.ts, decision 0033).
  globalSetup: '<rootDir>/test/support/global-setup.js',
  globalTeardown: '<rootDir>/test/support/global-teardown.js',
  projects: [
    {
      ...shared,
      ...notSandboxes,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts'],
    },
    {
      ...shared,
      ...notSandboxes,
      displayName: 'db',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: [
        ...notSandboxes.testPathIgnorePatterns,
        '<rootDir>/test/browser/',
        '<rootDir>/test/security/csp-browser\\.e2e-spec\\.ts$',
      ],
      // Real databases on a shared, busy machine: Jest's 5 s default is far too short. Suites
      // that start apps or processes set longer ones on their own hooks.
      testTimeout: 120_000,
    },
    {
      ...shared,
      ...notSandboxes,
      // The built web client in Chromium against the real API (decision 0026: run once in CI,
      // on PGlite; the db suites check the API's operations on both databases).
      displayName: 'browser',
      testMatch: browserSuites,
      testTimeout: 120_000,
    },
    {
      ...shared,
      ...notSandboxes,
      // The service tier: services with their real repositories on a fresh real database,
      // no HTTP (test/support/service-harness.ts, factories.ts).
      displayName: 'service',
      testMatch: ['<rootDir>/test/**/*.service-spec.ts'],
      testTimeout: 120_000,
    },
    {
      ...notSandboxes,
      displayName: 'web',
      testEnvironment: 'jsdom',
      extensionsToTreatAsEsm: ['.ts', '.tsx'],
      transform: { '^.+\\.tsx?$': swcWeb },
      moduleNameMapper: {
        '^@partnerwijzer/domain/client$': '<rootDir>/libs/domain/src/client.ts',
        '^(\\.{1,2}/.*)\\.js$': '$1',
        // A component that imports its stylesheet (Vite bundles it) renders without it here.
        '\\.css$': '<rootDir>/apps/web/src/shared/testing/style-stub.ts',
      },
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.tsx', '<rootDir>/apps/web/src/**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/shared/testing/console-guard.ts'],
    },
  ],
};
