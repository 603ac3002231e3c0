import { it } from '@jest/globals';

// Run by console-guard.spec.ts, not by the web project: console.log counts as output too.
it('prints a line', () => {
  console.log('ruis (noise)');
});
