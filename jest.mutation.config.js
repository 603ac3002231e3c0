// Jest for mutation testing (Stryker): the unit project only, flattened (Stryker wraps the test
// environment to learn which test covers which mutant, and cannot reach into `projects`).
import base from './jest.config.js';

const unit = base.projects.find((p) => p.displayName === 'unit');

/** @type {import('jest').Config} */
export default {
  ...unit,
  displayName: undefined,
  // Each area sets its own testMatch (stryker.config.mjs).
};
