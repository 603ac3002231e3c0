import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../apps/api/src/config/config.schema.js';
import { REPO_ROOT, createApp } from '../../apps/api/src/create-app.js';
import { DataDirLockedError, lockPathOf } from '../../apps/api/src/database/data-dir-lock.js';
import { openDatabase } from '../../apps/api/src/database/data-source.factory.js';
import { buildApi, runNode } from '../support/built-api.js';
import { createTestDatabase, usingPostgres, type TestDatabase } from '../support/test-database.js';

// One owner for the embedded database: a second server or CLI on the same PGlite folder is
// refused with a message naming the holder; a stale lock is taken over. And an import done the
// way the README says reaches the running API with nothing lost.

// Each CLI run starts a node process that loads the whole server: minutes on a busy machine.
const SLOW = 600_000;
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'imports');
const SCHOOLS = join(FIXTURES, 'schools.csv');

/** The README's order: provinces, municipalities, schools — each a CLI run. */
async function importAll(env: Record<string, string>): Promise<void> {
  for (const [kind, file] of [
    ['provinces', 'provinces.geojson'],
    ['municipalities', 'municipalities.geojson'],
    ['schools', 'schools.csv'],
  ]) {
    // The rejection report goes to a temporary folder, not beside the fixture.
    const report = join(mkdtempSync(join(tmpdir(), 'pw-report-')), `${kind}.csv`);
    const run = await runNode(
      'cli/import.js',
      [kind!, join(FIXTURES, file!), '--report', report],
      env,
    );
    // On failure the CLI's own words are shown.
    expect(run.code === 0 ? `${kind}: ok` : `${kind}: ${run.code} ${run.stderr}`).toBe(
      `${kind}: ok`,
    );
  }
}
// The five good rows of the fixture (see test/imports/import-fixtures.e2e-spec.ts).
const IMPORTED = ['00AA00', '00AA01', '00BB00', '00CC00', '00DD00'];

const describePglite = usingPostgres ? describe.skip : describe;
const describePg = usingPostgres ? describe : describe.skip;

function envFor(db: TestDatabase): Record<string, string> {
  return db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : { PGLITE_DATA_DIR: db.pgliteDataDir };
}

async function start(db: TestDatabase, env: Record<string, string> = {}) {
  return createApp(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      PGLITE_DATA_DIR: db.pgliteDataDir,
      ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
      ...env,
    }),
  );
}

/**
 * For each test of the block: a fresh test database and the API started on it (`env` on top of
 * the test defaults), both gone after the test. A test may close `app` itself (and set it to
 * undefined) or start another. The built API (for the CLI runs) is made once, before the block.
 */
function apiPerTest(env: Record<string, string> = {}): {
  db: TestDatabase;
  app: NestExpressApplication | undefined;
} {
  const api = {} as { db: TestDatabase; app: NestExpressApplication | undefined };
  beforeAll(() => buildApi(), SLOW);
  beforeEach(async () => {
    api.db = await createTestDatabase();
    api.app = await start(api.db, env);
  }, SLOW);
  afterEach(async () => {
    await api.app?.close();
    api.app = undefined;
    await api.db.dispose();
  }, SLOW);
  return api;
}

async function importedState(app: NestExpressApplication) {
  const ds = app.get(DataSource);
  const [row] = (await ds.query(
    `SELECT (SELECT count(*) FROM school WHERE vestigingscode = ANY($1))::int AS schools,
            (SELECT count(*) FROM change_event WHERE entity = 'SCHOOL' AND entity_id = ANY($1))::int AS events`,
    [IMPORTED],
  )) as { schools: number; events: number }[];
  return row!;
}

/** What the API itself answers about an imported school: matching and the school list. */
async function apiSees(app: NestExpressApplication): Promise<boolean> {
  const res = await request(app.getHttpServer())
    .post('/graphql')
    .set('content-type', 'application/json')
    .send({
      query: `{ matchPartners(input: { vestigingscode: "00BB00", needs: [] }) { school { vestigingscode } }
               schools(first: 5, search: "Wâlden") { nodes { vestigingscode } } }`,
    });
  const body = res.body as {
    data?: {
      matchPartners: { school: { vestigingscode: string } | null };
      schools: { nodes: { vestigingscode: string }[] };
    };
  };
  return (
    body.data?.matchPartners.school?.vestigingscode === '00BB00' &&
    body.data.schools.nodes.some((s) => s.vestigingscode === '00BB00')
  );
}

describePglite('PGlite: one owner per data folder', () => {
  const api = apiPerTest();

  const holderMessage = new RegExp(
    `De PGlite-map .* is in gebruik door een ander proces: pid ${process.pid} \\(.*\\) op .*, sinds \\d{4}-\\d\\d-\\d\\dT[^.]*.*Stop dat proces eerst[\\s\\S]*\\(The PGlite data folder .* is in use by another process: pid ${process.pid}`,
  );

  it(
    'a second server on the same folder is refused, names the holder and exits non-zero',
    async () => {
      const port = String(40_000 + Math.floor(Math.random() * 20_000));
      const run = await runNode('main.js', [], { ...envFor(api.db), PORT: port });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(holderMessage);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    },
    SLOW,
  );

  it(
    'every writing CLI is refused while the API runs, and writes nothing',
    async () => {
      const before = await importedState(api.app!);
      for (const [script, args] of [
        ['cli/import.js', ['schools', SCHOOLS]],
        ['cli/migrate.js', []],
        ['cli/search-reindex.js', []],
        ['cli/reset.js', []],
        ['cli/create-admin.js', ['cli-admin@example.nl']],
      ] as [string, string[]][]) {
        const run = await runNode(script, args, {
          ...envFor(api.db),
          ADMIN_PASSWORD: 'Vijf-lange-woorden-zonder-betekenis-2026',
        });
        expect({ script, code: run.code }).toEqual({ script, code: 1 });
        expect(run.stderr).toMatch(holderMessage);
      }
      expect(await importedState(api.app!)).toEqual(before);
      const admins = (await api
        .app!.get(DataSource)
        .query(
          `SELECT count(*)::int AS n FROM user_account WHERE email = 'cli-admin@example.nl'`,
        )) as {
        n: number;
      }[];
      expect(admins[0]!.n).toBe(0);
    },
    SLOW,
  );

  it(
    'a second open in the same process is refused too; the lock file names the holder',
    async () => {
      await expect(openDatabase({ pgliteDataDir: api.db.pgliteDataDir })).rejects.toThrow(
        DataDirLockedError,
      );
      const holder = JSON.parse(readFileSync(lockPathOf(api.db.pgliteDataDir), 'utf8')) as {
        pid: number;
      };
      expect(holder.pid).toBe(process.pid);
      await api.app!.close();
      api.app = undefined;
      expect(existsSync(lockPathOf(api.db.pgliteDataDir))).toBe(false);
    },
    SLOW,
  );

  it(
    'a stale lock (its process is gone) is taken over',
    async () => {
      await api.app!.close();
      api.app = undefined;
      const gone = spawnSync(
        process.execPath,
        ['-e', 'process.stdout.write(String(process.pid))'],
        {
          encoding: 'utf8',
        },
      );
      const deadPid = Number(gone.stdout);
      writeFileSync(
        lockPathOf(api.db.pgliteDataDir),
        JSON.stringify({
          pid: deadPid,
          command: 'node old',
          since: '2026-01-01T00:00:00Z',
          host: hostname(),
        }),
      );
      const handle = await openDatabase({ pgliteDataDir: api.db.pgliteDataDir });
      try {
        const holder = JSON.parse(readFileSync(lockPathOf(api.db.pgliteDataDir), 'utf8')) as {
          pid: number;
        };
        expect(holder.pid).toBe(process.pid);
      } finally {
        await handle.close();
      }
    },
    SLOW,
  );

  it(
    'the README way to import (stop the API, import, start it): the API sees every imported school and its change events',
    async () => {
      const before = await importedState(api.app!);
      expect(before).toEqual({ schools: 0, events: 0 });
      expect(await apiSees(api.app!)).toBe(false);
      await api.app!.close();
      api.app = undefined;

      await importAll(envFor(api.db));

      api.app = await start(api.db);
      expect(await importedState(api.app)).toEqual({ schools: 5, events: 5 });
      expect(await apiSees(api.app)).toBe(true);
    },
    SLOW,
  );
});

describePg('PostgreSQL: imports run beside the API', () => {
  const api = apiPerTest({ MATCH_SYNC_INTERVAL_MS: '200' });

  it(
    'an import while the API runs reaches it through the change feed, nothing lost',
    async () => {
      expect(await importedState(api.app!)).toEqual({ schools: 0, events: 0 });
      await importAll(envFor(api.db));
      expect(await importedState(api.app!)).toEqual({ schools: 5, events: 5 });
      const deadline = Date.now() + 60_000;
      while (!(await apiSees(api.app!))) {
        if (Date.now() > deadline) throw new Error('the running API never saw the imported school');
        await new Promise((r) => setTimeout(r, 250));
      }
    },
    SLOW,
  );
});
