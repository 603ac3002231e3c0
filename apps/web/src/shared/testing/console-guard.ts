import { afterAll, afterEach, beforeEach, expect } from '@jest/globals';
import { cleanup } from '@testing-library/react/pure';
import { format } from 'node:util';

// Anything on the console fails the test it came from: React's act() and key warnings, Apollo's
// "No more mocked responses" and the like mean the test does not see what it thinks it sees,
// even when its assertions pass. console.log, info and debug count too: no spec and no web code
// prints on purpose, so output there is noise that hides the warnings that matter.
//
// A warning often arrives after the test's last line: a mocked response or a debounce timer
// fires, and a state update or a warning follows. So before judging a test, the guard lets the
// work the test left behind run (microtasks, and the timeouts due within SETTLE_MS), then
// unmounts what the test rendered (React Testing Library's cleanup, which would otherwise run
// after this hook) and lets that settle too. Whatever comes later still fails the file, in
// afterAll, or, for a warning between two tests, the next test, with the name of the one before.
const SETTLE_MS = 1_000;
const LEVELS = ['log', 'info', 'debug', 'warn', 'error'] as const;

const said: string[] = [];
for (const level of LEVELS) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    said.push(`console.${level}: ${format(...args)}`);
    original(...args);
  };
}

// The timeouts still to fire, with when they are due: the code under test and the libraries it
// uses read the global setTimeout when they schedule, so they get this one.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const due = new Map<unknown, number>();
globalThis.setTimeout = ((handler: unknown, ms?: number, ...args: unknown[]) => {
  if (typeof handler !== 'function') return realSetTimeout(handler as () => void, ms, ...args);
  const id = realSetTimeout(() => {
    due.delete(id);
    (handler as (...a: unknown[]) => void)(...args);
  }, ms);
  due.set(id, Date.now() + Math.max(0, Number(ms) || 0));
  return id;
}) as typeof setTimeout;
globalThis.clearTimeout = ((id?: Parameters<typeof clearTimeout>[0]) => {
  due.delete(id);
  realClearTimeout(id);
}) as typeof clearTimeout;

const nextTurn = (ms = 0) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

/** Runs pending microtasks and the timeouts due within SETTLE_MS (and what they schedule in it). */
async function settle() {
  const until = Date.now() + SETTLE_MS;
  for (;;) {
    await nextTurn();
    if (Date.now() > until + SETTLE_MS) return; // a timeout that never fires (it cannot, but never hang)
    const soon = [...due.values()].filter((at) => at <= until);
    if (soon.length === 0) return;
    await nextTurn(Math.max(0, Math.min(...soon) - Date.now()));
  }
}

function fail(lines: string[], after?: string): never {
  const title =
    after === undefined
      ? 'De test schreef naar de console (the test wrote to the console)'
      : `Uitvoer op de console na de test "${after}" (console output after the test "${after}")`;
  throw new Error(`${title}:\n${lines.join('\n')}`);
}

let previousTest: string | undefined;

beforeEach(() => {
  if (said.length === 0) return;
  // Arrived after the previous test's afterEach: too late to fail that one, so this one fails
  // and says where the output came from.
  fail(said.splice(0), previousTest ?? '?');
});

afterEach(async () => {
  previousTest = expect.getState().currentTestName;
  await settle();
  cleanup();
  await settle();
  if (said.length > 0) fail(said.splice(0));
});

afterAll(async () => {
  await settle();
  if (said.length > 0) fail(said.splice(0), previousTest ?? '?');
});
