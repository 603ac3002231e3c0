import { afterEach } from '@jest/globals';
import { format } from 'node:util';

// A warning or error on the console fails the test it came from: React's act() and key
// warnings, Apollo's "No more mocked responses" and the like mean the test does not see what it
// thinks it sees, even when its assertions pass.
const said: string[] = [];
for (const level of ['warn', 'error'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    said.push(`console.${level}: ${format(...args)}`);
    original(...args);
  };
}

afterEach(() => {
  if (said.length === 0) return;
  const text = said.splice(0).join('\n');
  throw new Error(`De test schreef naar de console (the test wrote to the console):\n${text}`);
});
