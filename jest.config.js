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

/** @type {import('jest').Config} */
export default {
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'db',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      // Real databases and browsers on a shared, busy machine: Jest's 5 s default is far too
      // short. Suites that start apps or processes set longer ones on their own hooks.
      testTimeout: 120_000,
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      extensionsToTreatAsEsm: ['.ts', '.tsx'],
      transform: { '^.+\\.tsx?$': swcWeb },
      moduleNameMapper: {
        '^@partnerwijzer/domain/client$': '<rootDir>/libs/domain/src/client.ts',
        '^(\\.{1,2}/.*)\\.js$': '$1',
      },
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.tsx', '<rootDir>/apps/web/src/**/*.spec.ts'],
    },
  ],
};
