// Child process for bench:login: the real API (createApp) on the demo data set (seeded at
// first start), listening on 127.0.0.1, plus one real account whose password is hashed with
// the API's own argon2id. Sends {ready, port, bootMs, schools, email, password} over IPC and
// exits on 'stop'.
import { DataSource } from 'typeorm';
import { ReadModelWarmup } from '../../apps/api/src/modules/organisations/index.js';
import { AccountsService } from '../../apps/api/src/modules/accounts/accounts.service.js';
import { MatchingIndexService } from '../../apps/api/src/modules/matching/matching-index.service.js';
import { firstSchoolCodes } from '../../apps/api/src/modules/schools/repository.js';
import { BENCH_EMAIL, BENCH_PASSWORD } from './account.js';
import { listenOnLoopback, runChild, send, stopWhenAsked } from '../support/child-process.js';

async function main(): Promise<void> {
  const started = performance.now();
  // One load generator on one address: the per-IP limits would measure themselves, not the
  // hashing, so they are off here (the per email + IP back-off stays; every login succeeds).
  const { app, port } = await listenOnLoopback({
    SEED_DEMO_DATA: 'true',
    RATE_LIMIT_QUERIES_PER_IP: '0',
    RATE_LIMIT_LOGIN_PER_IP: '0',
    LOG_LEVEL: 'error',
    ...process.env,
  });
  await app.get(ReadModelWarmup).finished();
  await app.get(MatchingIndexService).schoolAreasRemembered();
  const bootMs = performance.now() - started;
  const db = app.get(DataSource);
  const accounts = app.get(AccountsService);
  await db.transaction((tx) =>
    accounts.insertAccount(tx, { email: BENCH_EMAIL, role: 'ADMIN', password: BENCH_PASSWORD }),
  );
  const schools = await firstSchoolCodes(db, 200);
  send({ type: 'ready', port, bootMs, schools });
  stopWhenAsked(app);
}

runChild(main);
