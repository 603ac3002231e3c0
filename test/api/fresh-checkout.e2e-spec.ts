import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApi, http, startBuiltServer, type BuiltServer } from '../support/built-api.js';
import { usingPostgres } from '../support/test-database.js';

// `npm install && npm start` on a fresh checkout: the built server, started in a folder with
// no .data yet and with no database settings, makes its embedded database there, loads the
// demo data and answers. Every other suite starts with test databases in folders that exist
// (and the build lock makes ./.data), so only this one sees a first start as a user does.

const SLOW = 300_000;
const describePglite = usingPostgres ? describe.skip : describe;

describePglite('the first start on a fresh checkout (embedded default)', () => {
  let checkout: string;
  let server: BuiltServer | undefined;

  beforeAll(() => {
    buildApi();
    checkout = mkdtempSync(join(tmpdir(), 'pw-fresh-'));
  }, SLOW);

  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
    rmSync(checkout, { recursive: true, force: true });
  }, SLOW);

  it(
    'makes ./.data/pglite, serves the demo data and stops cleanly',
    async () => {
      expect(existsSync(join(checkout, '.data'))).toBe(false);
      const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
      // The defaults, as on a machine where none of these is set.
      for (const name of ['DATABASE_URL', 'PGLITE_DATA_DIR', 'SEED_DEMO_DATA', 'NODE_ENV']) {
        env[name] = undefined;
      }
      server = await startBuiltServer('fresh', env, checkout);

      expect(existsSync(join(checkout, '.data', 'pglite'))).toBe(true);
      const answer = await http(
        server.port,
        '/graphql',
        JSON.stringify({ query: '{ appInfo { demoData } schools(first: 1) { totalCount } }' }),
        { 'apollo-require-preflight': '1' },
      );
      const body = JSON.parse(answer.text) as {
        data?: { appInfo: { demoData: boolean }; schools: { totalCount: number } };
      };
      expect(body.data?.appInfo.demoData).toBe(true);
      expect(body.data?.schools.totalCount).toBeGreaterThan(0);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      // The lock beside the data folder is given back on a clean stop.
      expect(existsSync(join(checkout, '.data', 'pglite.lock'))).toBe(false);
    },
    SLOW,
  );
});
