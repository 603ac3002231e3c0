/**
 * @jest-environment node
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The guard's hooks judge a test after it ran, so they are checked from outside: Jest runs the
// fixtures (guard-fixtures/, not matched by the web project) with the web project's set-up, and
// the test reads which tests failed and why.
const root = fileURLToPath(new URL('../../../../../', import.meta.url));

interface FileResult {
  name: string;
  message: string;
  assertionResults: { title: string; status: string; failureMessages: string[] }[];
}

/** Runs every fixture in one inner Jest run (one start-up, about 15 s on a busy machine). */
function runFixtures(): Map<string, FileResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-console-guard-'));
  try {
    const out = join(dir, 'result.json');
    const run = spawnSync(
      process.execPath,
      [
        '--experimental-vm-modules',
        '--no-warnings=ExperimentalWarning',
        'node_modules/jest/bin/jest.js',
        '--selectProjects',
        'web',
        '--testMatch',
        `<rootDir>/apps/web/src/shared/testing/guard-fixtures/*.fixture.tsx`,
        '--runInBand',
        '--json',
        '--outputFile',
        out,
      ],
      // Its own run name: the outer run's demo template is not the inner run's to remove.
      { cwd: root, encoding: 'utf8', env: { ...process.env, PW_TEST_RUN: undefined } },
    );
    const result = JSON.parse(readFileSync(out, 'utf8')) as { testResults: FileResult[] };
    expect({ files: result.testResults.length, stderr: run.stderr }).toMatchObject({ files: 3 });
    return new Map(result.testResults.map((file) => [file.name.split('/').pop() ?? '', file]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('console guard', () => {
  let files: Map<string, FileResult>;
  beforeAll(() => {
    files = runFixtures();
  }, 120_000);

  it('fails the test whose component warns after an await and a timeout, not the next one', () => {
    const [late, quiet] = files.get('late-warning.fixture.tsx')!.assertionResults;

    expect(late.title).toBe('renders Late and ends before it warns');
    expect(late.status).toBe('failed');
    expect(late.failureMessages.join('\n')).toContain(
      'De test schreef naar de console (the test wrote to the console)',
    );
    expect(late.failureMessages.join('\n')).toContain(
      'console.warn: Late: waarschuwing na de test (warning after the test)',
    );
    expect(quiet.title).toBe('writes nothing itself');
    expect(quiet.status).toBe('passed');
  });

  it("fails the file when output arrives after its last test's check", () => {
    const file = files.get('file-tail.fixture.tsx')!;

    expect(file.assertionResults.map((t) => t.status)).toEqual(['passed']);
    expect(file.message).toContain(
      'Uitvoer op de console na de test "is the last test of its file" (console output after the test "is the last test of its file")',
    );
    expect(file.message).toContain('console.error: na de laatste test (after the last test)');
  });

  it('fails a test that prints with console.log', () => {
    const [prints] = files.get('log.fixture.tsx')!.assertionResults;

    expect(prints.status).toBe('failed');
    expect(prints.failureMessages.join('\n')).toContain('console.log: ruis (noise)');
  });
});
