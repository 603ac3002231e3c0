import { afterEach, expect, it } from '@jest/globals';

// Run by console-guard.spec.ts, not by the web project: the file's own afterEach runs after the
// guard's check of its last test, and what it sets off warns only then.
afterEach(() => {
  setTimeout(() => console.error('na de laatste test (after the last test)'), 20);
});

it('is the last test of its file', () => {
  expect(true).toBe(true);
});
