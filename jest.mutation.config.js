// Jest for mutation testing (Stryker): the unit project only, flattened (Stryker wraps the test
// environment to learn which test covers which mutant, and cannot reach into `projects`).
import base from './jest.config.js';

const unit = base.projects.find((p) => p.displayName === 'unit');

/** @type {import('jest').Config} */
export default {
  ...unit,
  displayName: undefined,
  // Some areas also run database-backed suites (PGlite), which need more than Jest's 5 s.
  testTimeout: 60_000,
  // Each area sets its own testMatch (stryker.config.mjs).
};
