import { openDatabase } from '../../apps/api/src/database/data-source.factory.js';
import { DatabaseRateLimitStore } from '../../apps/api/src/common/rate-limit/database-rate-limit-store.js';
import { MemoryRateLimitStore } from '../../apps/api/src/common/rate-limit/memory-rate-limit-store.js';
import type { LimitCharge } from '../../apps/api/src/common/rate-limit/rate-limit-store.js';
import {
  DatabaseLoginBackoff,
  MemoryLoginBackoff,
} from '../../apps/api/src/modules/accounts/login-backoff.js';
import { createTestDatabase, usingPostgres, type TestDatabase } from '../support/test-database.js';

// The database store: one budget for every process that shares the database, charged
// all-or-nothing, exact under concurrency, and the same verdicts as the in-memory store.

const HOUR = 60 * 60 * 1000;
const charge = (key: string, limit: number, name = 'test-ip'): LimitCharge<'IP'> => ({
  scope: 'IP',
  name,
  rule: { limit, windowMs: HOUR },
  key,
});

describe('rate limits shared through the database', () => {
  let db: TestDatabase;
  const closers: (() => Promise<void>)[] = [];
  let first: DatabaseRateLimitStore;
  let second: DatabaseRateLimitStore;
  let backoffA: DatabaseLoginBackoff;
  let backoffB: DatabaseLoginBackoff;

  beforeAll(async () => {
    db = await createTestDatabase();
    const open = async () => {
      const handle = await openDatabase({
        databaseUrl: db.databaseUrl,
        pgliteDataDir: db.pgliteDataDir,
      });
      closers.push(() => handle.close());
      return handle.dataSource;
    };
    const a = await open();
    await a.runMigrations({ transaction: 'each' });
    first = new DatabaseRateLimitStore(a);
    // Two data sources stand for two API processes (on PGlite one handle serves both).
    const b = usingPostgres ? await open() : a;
    second = new DatabaseRateLimitStore(b);
    backoffA = new DatabaseLoginBackoff(a);
    backoffB = new DatabaseLoginBackoff(b);
  }, 120_000);

  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await db.dispose();
  }, 120_000);

  it('charges one budget across processes and refuses with the wait', async () => {
    expect(await first.take([charge('1.1.1.1', 3)])).toBeNull();
    expect(await second.take([charge('1.1.1.1', 3)])).toBeNull();
    expect(await first.take([charge('1.1.1.1', 3)])).toBeNull();
    const refused = await second.take([charge('1.1.1.1', 3)]);
    // 3 an hour: the next one in 20 minutes, less the (real) time the four calls took.
    expect(refused?.scope).toBe('IP');
    expect(refused!.retryAfterSeconds).toBeLessThanOrEqual(1200);
    expect(refused!.retryAfterSeconds).toBeGreaterThan(1195);
    // Another client and another budget are not affected.
    expect(await second.take([charge('2.2.2.2', 3)])).toBeNull();
    expect(await second.take([charge('1.1.1.1', 3, 'other-ip')])).toBeNull();
  });

  it('charges nothing when one of several budgets refuses', async () => {
    expect(await first.take([charge('9.9.9.9', 1, 'pair-a')])).toBeNull();
    const refused = await second.take([
      charge('8.8.8.8', 5, 'pair-b'),
      charge('9.9.9.9', 1, 'pair-a'),
    ]);
    expect(refused?.retryAfterSeconds).toBeGreaterThan(0);
    // pair-b was not charged by the refused call: 5 more still fit.
    for (let i = 0; i < 5; i++)
      expect(await first.take([charge('8.8.8.8', 5, 'pair-b')])).toBeNull();
    expect(await first.take([charge('8.8.8.8', 5, 'pair-b')])).not.toBeNull();
  });

  it('lets exactly the budget through under concurrent charges from two processes', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? first : second).take([charge('7.7.7.7', 10, 'burst')]),
      ),
    );
    expect(attempts.filter((a) => a === null)).toHaveLength(10);
  });

  it('gives the same verdicts as the in-memory store for the same sequence', async () => {
    const memory = new MemoryRateLimitStore();
    const verdicts = async (store: { take: DatabaseRateLimitStore['take'] }) => {
      const out: (number | null)[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await store.take([charge('6.6.6.6', 4, 'same')]);
        out.push(r?.retryAfterSeconds ?? null);
      }
      return out;
    };
    expect(await verdicts(first)).toEqual(await verdicts(memory));
  });

  it('ignores budgets that are switched off (limit 0) and writes nothing for them', async () => {
    for (let i = 0; i < 20; i++) expect(await first.take([charge('5.5.5.5', 0, 'off')])).toBeNull();
  });

  it('counts login failures per email + IP across processes: the sixth locks for both', async () => {
    const [email, ip] = ['Iemand@School.nl', '3.3.3.3'];
    for (let i = 0; i < 5; i++) await (i % 2 ? backoffA : backoffB).failed(email, ip);
    expect(await backoffA.retryAfterSeconds(email, ip)).toBe(0);
    await backoffB.failed(email, ip);
    expect(await backoffA.retryAfterSeconds('iemand@school.nl', ip)).toBe(1);
    expect(await backoffB.retryAfterSeconds(email, ip)).toBe(1);
    // Another address from the same IP is not locked; a success clears the key everywhere.
    expect(await backoffA.retryAfterSeconds('ander@school.nl', ip)).toBe(0);
    await backoffA.succeeded(email, ip);
    expect(await backoffB.retryAfterSeconds(email, ip)).toBe(0);
  });

  it('locks after the same number of failures as the in-memory back-off', async () => {
    const memory = new MemoryLoginBackoff();
    const locksAfter = async (backoff: MemoryLoginBackoff | DatabaseLoginBackoff) => {
      for (let i = 1; i <= 10; i++) {
        await backoff.failed('teller@school.nl', '4.4.4.4');
        if ((await backoff.retryAfterSeconds('teller@school.nl', '4.4.4.4')) > 0) return i;
      }
      return null;
    };
    expect(await locksAfter(backoffA)).toBe(await locksAfter(memory));
  });
});
