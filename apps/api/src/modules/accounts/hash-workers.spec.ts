import { Algorithm } from '@node-rs/argon2';
import { HashQueueFullError, HashWorkers } from './hash-workers.js';

// Cheap parameters: the queue is what is tested here, not argon2.
const CHEAP = { algorithm: Algorithm.Argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 };

describe('HashWorkers queue cap', () => {
  it('refuses hashes past the cap with RATE_LIMITED (BUSY) and finishes the accepted ones', async () => {
    // One worker, two places in the queue: the first job runs, two wait, two are refused.
    const workers = new HashWorkers(1, 0, 2);
    const jobs = Array.from({ length: 5 }, (_, i) =>
      workers.hash(`wachtwoord nummer ${i}`, CHEAP).then(
        (hash) => ({ hash }),
        (error: unknown) => ({ error }),
      ),
    );
    const results = await Promise.all(jobs);
    const refused = results.filter((r) => 'error' in r);
    expect(refused).toHaveLength(2);
    for (const r of refused) {
      const error = (r as { error: unknown }).error;
      expect(error).toBeInstanceOf(HashQueueFullError);
      expect((error as HashQueueFullError).extensions).toMatchObject({
        code: 'RATE_LIMITED',
        scope: 'SERVER',
        reason: 'BUSY',
        retryAfterSeconds: 2,
      });
      expect((error as Error).message).toMatch(/^De server is even te druk .* \(server too busy/);
    }
    const hashed = results.filter((r): r is { hash: string } => 'hash' in r);
    expect(hashed).toHaveLength(3);
    for (const r of hashed) expect(r.hash).toMatch(/^\$argon2id\$/);
    // Once drained, the queue takes work again.
    expect(workers.queued).toBe(0);
    await expect(workers.verify(hashed[0]!.hash, 'wachtwoord nummer 0')).resolves.toBe(true);
  }, 60_000);

  it('without a cap (0) queues everything', async () => {
    const workers = new HashWorkers(1, 0, 0);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => workers.hash(`nog een wachtwoord ${i}`, CHEAP)),
    );
    expect(results).toHaveLength(6);
  }, 60_000);

  it('refuses a job that waited longer than the maximum wait when its turn comes', async () => {
    const REAL = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 3, parallelism: 1 };
    // One worker; a queued job may wait at most 5 ms: the second waits for the first too long.
    const workers = new HashWorkers(1, 0, 10, 5);
    const first = workers.hash('het eerste wachtwoord', REAL);
    const second = workers.hash('het tweede wachtwoord', REAL);
    await expect(first).resolves.toMatch(/^\$argon2id\$/);
    await expect(second).rejects.toBeInstanceOf(HashQueueFullError);
  }, 60_000);
});
