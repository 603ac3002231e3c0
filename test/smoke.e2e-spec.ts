import { openDatabase } from '../apps/api/src/database/data-source.factory.js';

it('opens pglite and migrates', async () => {
  const t0 = Date.now();
  const db = await openDatabase({ pgliteDataDir: '/tmp/smoke/pg' + Date.now() });
  const t1 = Date.now();
  await db.dataSource.runMigrations({ transaction: 'each' });
  const rows = await db.dataSource.query(`SELECT extname FROM pg_extension ORDER BY 1`);
  console.log(t1 - t0, Date.now() - t1, rows);
  await db.close();
}, 60000);
