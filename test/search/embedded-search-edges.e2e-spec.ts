import {
  EmbeddedSearchEngine,
  type OfferingDocument,
  type SearchQuery,
} from '@partnerwijzer/search';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../apps/api/src/database/data-source.factory.js';
import { createTestDatabase } from '../support/test-database.js';
import { q } from './search-contract.js';
import { FIXTURE_DOCUMENTS } from './search-fixtures.js';

// What only the embedded engine does, beside the contract every engine keeps: its vocabulary of
// indexed words (typos, compounds), dropping terms that find nothing, its SQL filters, order and
// rounding. Each test writes the documents it reads (the table is emptied before each).

const template = FIXTURE_DOCUMENTS[0]!;
const doc = (n: number, over: Partial<OfferingDocument>): OfferingDocument => ({
  ...template,
  id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `Aanbod ${n}`,
  description: '',
  organisationName: `Organisatie ${n}`,
  organisationDescription: '',
  interventionLabels: [],
  city: '',
  ...over,
});

describe('embedded search engine (beside the contract)', () => {
  let engine: EmbeddedSearchEngine;
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const testDb = await createTestDatabase();
    const db = await openDatabase({
      databaseUrl: testDb.databaseUrl,
      pgliteDataDir: testDb.pgliteDataDir,
    });
    await db.dataSource.runMigrations({ transaction: 'each' });
    dataSource = db.dataSource;
    engine = new EmbeddedSearchEngine(db.dataSource);
    close = async () => {
      await db.close();
      await testDb.dispose();
    };
  }, 120_000);

  afterAll(async () => {
    await close?.();
  });

  beforeEach(async () => {
    await engine.clear();
  });

  const ids = async (query: SearchQuery) => (await engine.search(query)).hits.map((h) => h.id);
  const vocabulary = async () =>
    (
      (await dataSource.query('SELECT word FROM search_word ORDER BY word')) as { word: string }[]
    ).map((r) => r.word);

  it('keeps the folded words of four to a hundred letters of every text field in its vocabulary', async () => {
    const long = 'a'.repeat(100);
    await engine.upsert([
      doc(1, {
        title: 'Schaakles op woensdag',
        organisationName: 'Denksport-Club',
        description: `Zet,schaak en mat ${long} ${long}b`,
        organisationDescription: 'Vereniging',
        interventionLabels: ['Cultuureducatie'],
        city: 'Tilburg',
      }),
    ]);
    expect(await vocabulary()).toEqual(
      [
        'schaakles',
        'woensdag',
        'denksport',
        'club',
        'schaak',
        long,
        'vereniging',
        'cultuureducatie',
        'tilburg',
      ].sort(),
    );
  });

  it('corrects a misspelt word towards the vocabulary, and finds a word inside a compound', async () => {
    await engine.upsert([
      doc(1, { title: 'Schaakles op woensdag' }),
      doc(2, { title: 'Voorleesuurtje' }),
    ]);
    expect(await ids(q({ text: 'schaaklse' }))).toEqual([doc(1, {}).id]);
    expect(await ids(q({ text: 'leesuurtje' }))).toEqual([doc(2, {}).id]);
  });

  it('searches the intervention labels, each label as its own words', async () => {
    await engine.upsert([doc(1, { interventionLabels: ['Taal en lezen', 'Rekenvaardigheid'] })]);
    expect(await ids(q({ text: 'rekenvaardigheid' }))).toEqual([doc(1, {}).id]);
  });

  it('keeps each intervention label apart: a short word of the second label is a word of its own', async () => {
    await engine.upsert([doc(1, { interventionLabels: ['Cultuureducatie', 'Ict en media'] })]);
    expect(await vocabulary()).toEqual(['aanbod', 'cultuureducatie', 'media', 'organisatie']);
    // Three letters: too short to be looked up inside compounds, so only a word of its own finds it.
    expect(await ids(q({ text: 'ict' }))).toEqual([doc(1, {}).id]);
  });

  it('looks up words of exactly four letters inside compounds, shorter ones not', async () => {
    await engine.upsert([doc(1, { title: 'Moedertaalklas' })]);
    expect(await ids(q({ text: 'taal' }))).toEqual([doc(1, {}).id]);
    expect(await ids(q({ text: 'aal' }))).toEqual([]);
  });

  it('drops terms from the end only when all of them together find nothing', async () => {
    await engine.upsert([doc(1, { title: 'Schaakles en dammen' }), doc(2, { title: 'Schaakles' })]);
    const both = await engine.search(q({ text: 'schaakles dammen' }));
    expect(both.total).toBe(1);
    expect(both.hits.map((h) => h.id)).toEqual([doc(1, {}).id]);
    const dropped = await engine.search(q({ text: 'schaakles qwzxv' }));
    expect(dropped.total).toBe(2);
    expect(await ids(q({ text: 'qwzxv schaakles' }))).toEqual([]);
  });

  it('writes more documents than one batch holds, each once', async () => {
    const many = Array.from({ length: 1_001 }, (_, i) => doc(i + 1, { title: `Bulk ${i + 1}` }));
    await engine.upsert(many);
    expect(await engine.count()).toBe(1_001);
    expect((await engine.search(q({ text: 'bulk', limit: 1 }))).total).toBe(1_001);
  }, 60_000);

  it('rounds each distance to a tenth of a kilometre', async () => {
    await engine.upsert([doc(1, { location: { lat: 52.1, lng: 5.1 } })]);
    const [hit] = (await engine.search(q({ sort: 'DISTANCE', point: { lat: 52.0, lng: 5.0 } })))
      .hits;
    // 13.1 km by the haversine on a sphere of 6,371.0088 km.
    expect(hit!.distanceKm).toBe(13.1);
  });

  it('highlights the word in the organisation name and in the description', async () => {
    await engine.upsert([
      doc(1, { organisationName: 'Stichting Zeilkamp', description: 'Een week zeilkamp.' }),
    ]);
    const [hit] = (await engine.search(q({ text: 'zeilkamp' }))).hits;
    const matched = (field: string) =>
      hit!.highlights
        .find((h) => h.field === field)!
        .segments.filter((s) => s.match)
        .map((s) => s.text.toLowerCase());
    expect(matched('organisationName')).toEqual(['zeilkamp']);
    expect(matched('description')).toEqual(['zeilkamp']);
  });

  it('filters by organisation type and cost type, and reads empty lists as no filter', async () => {
    await engine.upsert([
      doc(1, { organisationType: 'LIBRARY', costType: 'FREE' }),
      doc(2, { organisationType: 'FOUNDATION', costType: 'PAID' }),
    ]);
    expect(await ids(q({ filters: { organisationTypes: ['LIBRARY'] } }))).toEqual([doc(1, {}).id]);
    expect(await ids(q({ filters: { costTypes: ['PAID'] } }))).toEqual([doc(2, {}).id]);
    const none = {
      interventionTypes: [],
      sectors: [],
      targetGroups: [],
      deliveryModes: [],
      costTypes: [],
      organisationTypes: [],
      fundingRoutes: [],
      languages: [],
    };
    expect((await engine.search(q({ filters: none }))).total).toBe(2);
  });

  it('puts the best match first with words, the latest without, and by rank among equal distances', async () => {
    const old = Date.UTC(2025, 0, 1);
    const recent = Date.UTC(2026, 0, 1);
    await engine.upsert([
      doc(1, { title: 'Zeilkamp', updatedAt: old }),
      doc(2, { description: 'Ook een zeilkamp.', updatedAt: recent }),
    ]);
    const best = [doc(1, {}).id, doc(2, {}).id];
    expect(await ids(q({ text: 'zeilkamp' }))).toEqual(best);
    expect(await ids(q())).toEqual([...best].reverse());
    // Both at the same place: the distance ties, so the better match comes first.
    expect(
      await ids(q({ text: 'zeilkamp', sort: 'DISTANCE', point: { lat: 52, lng: 5 } })),
    ).toEqual(best);
  });
});
