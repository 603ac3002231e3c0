// Child process for bench:web: a fresh embedded database (PGlite in BENCH_WEB_DB_DIR) with the
// demo partners and the REAL provinces, municipalities and 8,622 schools imported (the demo's
// fictional schools are switched off), then the real API + built client on 127.0.0.1.
// Reports {ready, port, ...} over IPC; exits on 'stop' or when the parent goes away.
import { join } from 'node:path';
import { openDatabase } from '../../apps/api/src/database/data-source.factory.js';
import { seedDemoDataIfEmpty } from '../../apps/api/src/database/seeds/demo-seed.js';
import {
  importMunicipalities,
  importProvinces,
} from '../../apps/api/src/modules/imports/region-import.js';
import { importSchools } from '../../apps/api/src/modules/imports/school-import.js';
import { countActiveOfferings } from '../../apps/api/src/modules/organisations/repository.js';
import {
  countActiveSchools,
  deactivateDemoSchools,
  firstSchoolCodes,
} from '../../apps/api/src/modules/schools/repository.js';
import { listenOnLoopback, runChild, send, stopWhenAsked } from '../support/child-process.js';
import { PRODUCTION_ENV } from '../support/production-env.js';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function prepare(dbDir: string, dataDir: string) {
  const started = performance.now();
  const db = await openDatabase({ pgliteDataDir: dbDir });
  try {
    const ds = db.dataSource;
    await ds.runMigrations({ transaction: 'each' });
    await seedDemoDataIfEmpty(ds);
    await importProvinces(ds, join(dataDir, 'provinces.geojson'));
    await importMunicipalities(ds, join(dataDir, 'gemeenten.geojson'));
    const schools = await importSchools(ds, join(dataDir, 'schools.csv'));
    if (schools.rejected !== 0) throw new Error(`${schools.rejected} schools rejected`);
    await deactivateDemoSchools(ds);
    const counts = {
      schools: await countActiveSchools(ds),
      offerings: await countActiveOfferings(ds),
    };
    // The school whose shareable finder link is timed: BENCH_WEB_SCHOOL, or the first real
    // primary school in Schiedam (where the demo partners work).
    const chosen =
      process.env.BENCH_WEB_SCHOOL ??
      (
        await firstSchoolCodes(ds, 1, { active: true, sector: 'PO', municipalityCode: 'GM0606' })
      )[0];
    if (!chosen) throw new Error('no school to time');
    return { ...counts, school: chosen, prepareMs: performance.now() - started };
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const dbDir = required('BENCH_WEB_DB_DIR');
  const prepared = await prepare(dbDir, required('BENCH_WEB_DATA_DIR'));
  const started = performance.now();
  const { app, port } = await listenOnLoopback({
    ...PRODUCTION_ENV,
    PGLITE_DATA_DIR: dbDir,
    WEB_DIST_DIR: required('BENCH_WEB_DIST'),
    // No tile server: the bench measures our code, not a remote tile service.
    MAP_TILE_URL: 'none',
    // Every run loads the page afresh from one address.
    RATE_LIMIT_QUERIES_PER_IP: '0',
  });
  send({ type: 'ready', port, bootMs: performance.now() - started, ...prepared });
  stopWhenAsked(app, { orphaned: true });
}

runChild(main);
