// Jest for mutation testing (Stryker): the unit project only, flattened (Stryker wraps the test
// environment to learn which test covers which mutant, and cannot reach into `projects`).
import base from './jest.config.js';

const unit = base.projects.find((p) => p.displayName === 'unit');

/** @type {import('jest').Config} */
export default {
  ...unit,
  displayName: undefined,
  testMatch: [
    '<rootDir>/libs/**/src/**/*.spec.ts',
    '<rootDir>/apps/api/src/**/*.spec.ts',
    // Service-level feed tests on PGlite (no HTTP), quick enough to run per mutant.
    '<rootDir>/test/feed/**/*.mutation-spec.ts',
  ],
};
