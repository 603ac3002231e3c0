import { NOT_READY_TEXT, Readiness, type Phase } from '../../common/lifecycle/readiness.js';
import type { DatabaseHandle } from '../../database/data-source.factory.js';
import { HealthService } from './health.service.js';

// The readiness decision per phase. The real outage (a PostgreSQL that stops answering behind a
// proxy) is test/api/database-timeouts.e2e-spec.ts; here the database answers or fails on cue.

function service(phase: Phase, databaseUp: boolean) {
  const readiness = new Readiness();
  readiness.set(phase);
  let queries = 0;
  const db = {
    dataSource: {
      query: () => {
        queries++;
        return databaseUp ? Promise.resolve([{ '?column?': 1 }]) : Promise.reject(new Error('weg'));
      },
    },
  } as unknown as DatabaseHandle;
  const health = new HealthService(readiness, db, null as never, null as never, null as never);
  return { health, queries: () => queries };
}

describe('HealthService.readiness', () => {
  it.each(['starting', 'migrating', 'stopping'] as const)(
    'while %s: that phase, without asking the database',
    async (phase) => {
      const { health, queries } = service(phase, false);
      await expect(health.readiness()).resolves.toEqual({
        status: phase,
        message: NOT_READY_TEXT[phase],
      });
      expect(queries()).toBe(0);
    },
  );

  it('while warming with the database down: database_unavailable, not warming', async () => {
    const { health } = service('warming', false);
    await expect(health.readiness()).resolves.toEqual({
      status: 'database_unavailable',
      message: 'database onbereikbaar (database unavailable)',
    });
  });

  it('while warming with the database up: warming', async () => {
    const { health, queries } = service('warming', true);
    await expect(health.readiness()).resolves.toEqual({
      status: 'warming',
      message: 'caches worden gevuld (warming up)',
    });
    expect(queries()).toBe(1);
  });

  it('ready: ready when the database answers, database_unavailable when not', async () => {
    await expect(service('ready', true).health.readiness()).resolves.toEqual({ status: 'ready' });
    await expect(service('ready', false).health.readiness()).resolves.toEqual({
      status: 'database_unavailable',
      message: 'database onbereikbaar (database unavailable)',
    });
  });
});
