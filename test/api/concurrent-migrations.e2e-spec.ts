import {
  openDatabase,
  type DatabaseHandle,
} from '../../apps/api/src/database/data-source.factory.js';
import { MIGRATIONS } from '../../apps/api/src/database/migrations/index.js';
import {
  MIGRATION_LOCK,
  runMigrationsOneAtATime,
} from '../../apps/api/src/database/run-migrations.js';
import {
  createTestDatabase,
  describeOnPostgres,
  type TestDatabase,
} from '../support/test-database.js';

// Replicas (or a replica and the migration Job) starting together on an empty PostgreSQL
// database: before the advisory lock both ran every migration and the second stopped with
// "relation … already exists" (seen with two `node apps/api/dist/main.js` on one database).

describeOnPostgres(
  {
    suite: 'concurrent-migrations',
    title: 'migrations started by several processes at once on PostgreSQL',
    skipped: 'concurrent migrations',
  },
  () => {
    let db: TestDatabase;
    const handles: DatabaseHandle[] = [];

    beforeEach(async () => {
      db = await createTestDatabase();
    }, 60_000);

    afterEach(async () => {
      for (const h of handles.splice(0)) await h.close();
      await db.dispose();
    }, 60_000);

    async function open(): Promise<DatabaseHandle> {
      const handle = await openDatabase({ databaseUrl: db.databaseUrl, pgliteDataDir: 'unused' });
      handles.push(handle);
      return handle;
    }

    it('runs each migration once and every starter succeeds', async () => {
      const starters = await Promise.all([open(), open(), open()]);
      const outcomes = await Promise.allSettled(starters.map((h) => runMigrationsOneAtATime(h)));
      expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : 'ok'))).toEqual([
        'ok',
        'ok',
        'ok',
      ]);
      const ran = outcomes.flatMap((o) => (o.status === 'fulfilled' ? o.value : []));
      expect(ran.length).toBe(MIGRATIONS.length);
      const rows = (await starters[0]!.dataSource.query(
        `SELECT count(*)::int AS n FROM migrations`,
      )) as { n: number }[];
      expect(rows[0]!.n).toBe(MIGRATIONS.length);
      // The lock is given back: nobody holds it afterwards.
      const held = (await starters[0]!.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = $1`,
        [MIGRATION_LOCK],
      )) as { n: number }[];
      expect(held[0]!.n).toBe(0);
    }, 120_000);

    it('stops waiting with a message when another process holds the lock too long', async () => {
      const [holder, waiter] = await Promise.all([open(), open()]);
      const runner = holder.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
        await expect(runMigrationsOneAtATime(waiter, { waitMs: 300, pollMs: 50 })).rejects.toThrow(
          /migraties uit; gestopt met wachten \(another process has been migrating for too long\)/,
        );
        await runner.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]);
      } finally {
        await runner.release();
      }
      expect((await runMigrationsOneAtATime(waiter)).length).toBe(MIGRATIONS.length);
    }, 120_000);
  },
);
