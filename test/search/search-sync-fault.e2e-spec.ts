import fc from 'fast-check';
import request from 'supertest';
import type { OfferingDocument, SearchEngine } from '@partnerwijzer/search';
import { OPERATOR_ACTOR } from '../../apps/api/src/modules/accounts/session.middleware.js';
import { recordChanges } from '../../apps/api/src/modules/change-feed/change-feed.js';
import { OfferingWritesService } from '../../apps/api/src/modules/organisations/offering-writes.service.js';
import {
  allOfferingIds,
  buildDocumentChanges,
} from '../../apps/api/src/modules/search/search-documents.js';
import { SEARCH_ENGINE } from '../../apps/api/src/modules/search/search-engine.provider.js';
import { SearchSyncWorker } from '../../apps/api/src/modules/search/search-sync.worker.js';
import { suiteTestApp } from '../support/test-app.js';

// With the search engine failing, writes still commit and the change feed holds them;
// after recovery the index equals what a fresh reindex would build: nothing lost or stale.
describe('search sync survives an engine outage', () => {
  const t = suiteTestApp({ SEARCH_SYNC_INTERVAL_MS: '60000' });

  beforeAll(async () => {
    await t.app.get(SearchSyncWorker).drain();
  }, 120_000);

  it('1,000 mixed writes during an outage, then catch-up', async () => {
    const worker = t.app.get(SearchSyncWorker);
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const writes = t.app.get(OfferingWritesService);

    // Inject the outage: the engine throws on every write until we say so.
    let failing = true;
    const realUpsert = engine.upsert.bind(engine);
    const realRemove = engine.remove.bind(engine);
    engine.upsert = async (docs) =>
      failing ? Promise.reject(new Error('ECONNREFUSED (test outage)')) : realUpsert(docs);
    engine.remove = async (ids) =>
      failing ? Promise.reject(new Error('ECONNREFUSED (test outage)')) : realRemove(ids);

    // By title (unique in the demo data), not by the random ids: the seed then hits the same
    // offerings each run, so a failure reproduces.
    const ids = (await t.db.query(`SELECT id, status FROM offering ORDER BY title, id`)) as {
      id: string;
      status: string;
    }[];
    // Each op is a write: a status already held changes nothing (no feed row), so another is set.
    const statusOf = new Map(ids.map((o) => [o.id, o.status]));
    const STATUSES = ['ACTIVE', 'PAUSED', 'ARCHIVED'] as const;
    const before = (await worker.status()).backlog;
    const ops = fc.sample(
      fc.record({ offering: fc.nat(ids.length - 1), kind: fc.nat(9), value: fc.nat(1000) }),
      { numRuns: 1000, seed: 4242 },
    );
    let committed = 0;
    for (const [i, op] of ops.entries()) {
      const id = ids[op.offering]!.id;
      if (op.kind < 3) {
        const others = STATUSES.filter((status) => status !== statusOf.get(id));
        const status = others[op.value % others.length]!;
        await writes.setStatus(OPERATOR_ACTOR, id, status);
        statusOf.set(id, status);
      } else if (op.kind < 6) {
        const areas =
          op.value % 2 === 0
            ? [{ kind: 'NATIONAL' as const }]
            : [{ kind: 'MUNICIPALITY' as const, municipalityCode: 'GM0606' }];
        await writes.setCoverage(OPERATOR_ACTOR, { offeringId: id, areas });
      } else {
        // A writer elsewhere: a title change with its feed row, in one transaction.
        await t.db.transaction(async (tx) => {
          await tx.query(`UPDATE offering SET title = $2, updated_at = now() WHERE id = $1`, [
            id,
            `Titel ${i}-${op.value}`,
          ]);
          await recordChanges(tx, 'OFFERING', [id]);
        });
      }
      committed += 1;
      if (i % 250 === 0) await worker.drain(); // attempts during the outage fail
    }
    expect(committed).toBe(1000);

    const during = await worker.status();
    expect(during.backlog - before).toBe(1000);
    expect(during.consecutiveFailures).toBeGreaterThan(0);
    expect(during.lastError).toMatch(/ECONNREFUSED/);
    // The public /health says the sync fails, not what the engine said (that is in the log).
    const publicHealth = await request(t.app.getHttpServer()).get('/health');
    expect(publicHealth.body.search.consecutiveFailures).toBeGreaterThan(0);
    expect(publicHealth.body.search.lastError).toMatch(/^laatste poging mislukt/);
    expect(JSON.stringify(publicHealth.body)).not.toContain('ECONNREFUSED');

    failing = false;
    await worker.drain();
    const after = await worker.status();
    expect(after.backlog).toBe(0);
    expect(after.lastError).toBeNull();

    // What a fresh reindex would hold, from PostgreSQL now.
    const expected = await buildDocumentChanges(t.db, await allOfferingIds(t.db));
    const indexed = (await t.db.query(`SELECT doc FROM search_document`)) as {
      doc: OfferingDocument & { interventionText?: string };
    }[];
    const actual = new Map(
      indexed.map(({ doc }) => {
        const { interventionText: _drop, ...rest } = doc;
        return [doc.id, rest];
      }),
    );
    const lost = expected.upsert.filter((d) => !actual.has(d.id)).map((d) => d.id);
    const stale = expected.upsert.filter(
      (d) =>
        actual.has(d.id) && JSON.stringify(sorted(actual.get(d.id))) !== JSON.stringify(sorted(d)),
    );
    const extra = [...actual.keys()].filter((id) => !expected.upsert.some((d) => d.id === id));
    expect({ lost, stale: stale.map((d) => d.id), extra }).toEqual({
      lost: [],
      stale: [],
      extra: [],
    });
    expect(actual.size).toBe(expected.upsert.length);
  }, 240_000);
});

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}
