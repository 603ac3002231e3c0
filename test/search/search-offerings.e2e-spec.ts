import request from 'supertest';
import { OfferingLanguageCodes1766000700000 } from '../../apps/api/src/database/migrations/1766000700000-offering-language-codes.js';
import type { SearchEngine } from '@partnerwijzer/search';
import { reindexAll } from '../../apps/api/src/modules/search/reindex.js';
import { SEARCH_ENGINE } from '../../apps/api/src/modules/search/search-engine.provider.js';
import { readSearchWatermark } from '../../apps/api/src/modules/search/search-sync.state.js';
import { SearchSyncWorker } from '../../apps/api/src/modules/search/search-sync.worker.js';
import { suiteTestApp } from '../support/test-app.js';

const TOKEN = 'test-admin-token-0123456789abcdef';

interface Hit {
  offeringId: string;
  reasons: { code: string; text: string }[];
  highlights: { field: string; segments: { text: string; match: boolean }[] }[];
  offering: { title: string };
  organisation: { name: string };
}
interface SearchData {
  searchOfferings: {
    total: number;
    engine: string;
    hits: Hit[];
    facets: { field: string; values: { value: string; count: number }[] }[];
  };
}

const SEARCH = `
  query Search($input: SearchOfferingsInput!) {
    searchOfferings(input: $input) {
      total engine
      hits {
        offeringId
        reasons { code text }
        highlights { field segments { text match } }
        offering { title }
        organisation { name }
      }
      facets { field values { value count } }
    }
  }`;

// searchOfferings over HTTP on the demo data, with the embedded engine.
describe('searchOfferings', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: TOKEN });
  let schiedamSchool: string;

  beforeAll(async () => {
    await t.app.get(SearchSyncWorker).drain();
    const schools = await t.gql<{
      schools: { nodes: { vestigingscode: string; schoolType: string }[] };
    }>(
      `{ schools(municipalityCode: "GM0606", sector: PO) { nodes { vestigingscode schoolType } } }`,
    );
    schiedamSchool = schools.data!.schools.nodes.find(
      (s) => s.schoolType === 'BAO',
    )!.vestigingscode;
  }, 120_000);

  const search = (input: Record<string, unknown>) => t.gql<SearchData>(SEARCH, { input });

  it('finds an organisation by name, with highlights', async () => {
    const res = await search({ text: 'JINC' });
    expect(res.errors).toBeUndefined();
    const result = res.data!.searchOfferings;
    expect(result.engine).toBe('embedded');
    expect(result.hits[0]!.organisation.name).toBe('JINC');
    const name = result.hits[0]!.highlights.find((h) => h.field === 'organisationName')!;
    expect(name.segments).toEqual([{ text: 'JINC', match: true }]);
  });

  it('tolerates typos and knows synonyms', async () => {
    const typo = await search({ text: 'huiswerkbegeleidng' });
    expect(typo.data!.searchOfferings.hits.map((h) => h.offering.title)).toContain(
      'Huiswerkbegeleiding onderbouw voortgezet onderwijs',
    );
    const synonym = await search({ text: 'bijles rekenen groep 8' });
    expect(synonym.data!.searchOfferings.total).toBeGreaterThan(0);
  });

  it('returns facet counts that add up', async () => {
    const res = await search({ text: '', limit: 5 });
    const result = res.data!.searchOfferings;
    const cost = result.facets.find((f) => f.field === 'costType')!;
    expect(cost.values.reduce((n, v) => n + v.count, 0)).toBe(result.total);
    expect(result.hits).toHaveLength(5);
  });

  it('scopes to the offerings that reach a school, with the reasons', async () => {
    const res = await search({ text: '', vestigingscode: schiedamSchool, limit: 100 });
    const titles = res.data!.searchOfferings.hits.map((h) => h.offering.title);
    expect(titles).toContain('Verlengde schooldag: extra leertijd na school');
    expect(titles).toContain('Opstap: bijles in kleine groepjes');
    expect(titles).not.toContain('Huiswerk- en oefenmiddagen voor de bovenbouw');
    for (const hit of res.data!.searchOfferings.hits) expect(hit.reasons.length).toBeGreaterThan(0);
    // Same reach as the matching engine without needs or sector.
    const all = await search({ text: '', limit: 100 });
    expect(res.data!.searchOfferings.total).toBeLessThan(all.data!.searchOfferings.total);
  });

  it('filters by intervention type and verified status', async () => {
    const res = await search({
      filters: { interventionTypes: ['OUDERBETROKKENHEID'], verifiedOnly: true },
      limit: 100,
    });
    const result = res.data!.searchOfferings;
    expect(result.total).toBeGreaterThan(0);
    const types = result.facets.find((f) => f.field === 'interventionTypes')!;
    expect(types.values.find((v) => v.value === 'OUDERBETROKKENHEID')?.count).toBe(result.total);
  });

  it('filters by funding route: only offerings that name one of the routes', async () => {
    const FUNDED = `query ($input: SearchOfferingsInput!) {
      searchOfferings(input: $input) { total hits { offering { fundingRouteCodes } } }
    }`;
    type Funded = {
      searchOfferings: { total: number; hits: { offering: { fundingRouteCodes: string[] } }[] };
    };
    const all = await t.gql<Funded>(FUNDED, { input: { limit: 100 } });
    const npo = await t.gql<Funded>(FUNDED, {
      input: { filters: { fundingRoutes: ['NPO', 'FONDS'] }, limit: 100 },
    });
    expect(npo.errors).toBeUndefined();
    const found = npo.data!.searchOfferings;
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(all.data!.searchOfferings.total);
    const expected = all.data!.searchOfferings.hits.filter((h) =>
      h.offering.fundingRouteCodes.some((c) => c === 'NPO' || c === 'FONDS'),
    ).length;
    expect(found.total).toBe(expected);
    for (const hit of found.hits) {
      expect(hit.offering.fundingRouteCodes.some((c) => c === 'NPO' || c === 'FONDS')).toBe(true);
    }
    const unknown = await search({ filters: { fundingRoutes: ['LOTERIJ'] } });
    expect(unknown.status).toBe(400);
    expect(unknown.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  describe('language filter', () => {
    const LANGUAGED = `query ($input: SearchOfferingsInput!) {
      searchOfferings(input: $input) { total hits { offeringId offering { languages } } }
    }`;
    type Languaged = {
      searchOfferings: {
        total: number;
        hits: { offeringId: string; offering: { languages: string[] } }[];
      };
    };
    const found = async (languages: string[]) => {
      const res = await t.gql<Languaged>(LANGUAGED, {
        input: { filters: { languages }, limit: 100 },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.searchOfferings;
    };
    const idOf = async (title: string) =>
      (
        (await t.db.query(`SELECT id FROM offering WHERE title = $1`, [title])) as {
          id: string;
        }[]
      )[0]!.id;

    it('keeps offerings in one of the languages; a tag written as nl-NL is stored and found as nl', async () => {
      const id = await idOf('Verlengde schooldag: extra leertijd na school');
      const update = await t.gql<{ updateOffering: { languages: string[] } }>(
        `mutation ($id: ID!, $input: OfferingFieldsInput!) {
          updateOffering(offeringId: $id, input: $input) { languages }
        }`,
        { id, input: { languages: ['nl-NL', 'PAP', 'nl_BE'] } },
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(update.errors).toBeUndefined();
      expect(update.data!.updateOffering.languages).toEqual(['nl', 'pap']);
      await t.app.get(SearchSyncWorker).drain();

      const papiamentu = await found(['pap']);
      expect(papiamentu.hits.map((h) => h.offeringId)).toEqual([id]);
      expect((await found(['PAP'])).total).toBe(1);
      const dutch = await found(['nl']);
      expect(dutch.hits.map((h) => h.offeringId)).toContain(id);
      for (const hit of dutch.hits) expect(hit.offering.languages).toContain('nl');
      const all = await t.gql<Languaged>(LANGUAGED, { input: { limit: 100 } });
      const expected = all.data!.searchOfferings.hits.filter((h) =>
        h.offering.languages.some((l) => l === 'nl' || l === 'pap'),
      ).length;
      expect((await found(['nl', 'pap'])).total).toBe(expected);
      expect((await found(['xx'])).total).toBe(0);
      // The filter takes the spellings the write took, read the same way.
      expect((await found(['PAP-AW'])).hits.map((h) => h.offeringId)).toEqual([id]);
      expect((await found(['nl-NL', ' pap '])).total).toBe(expected);
      // A blank entry names no language: dropped, as the write drops it (the filter is left).
      expect((await found(['', 'pap', ' '])).hits.map((h) => h.offeringId)).toEqual([id]);
    });

    it('normalises languages stored before the check, and rebuilds the index with them', async () => {
      const id = await idOf('Opstap: bijles in kleine groepjes');
      // Data as the old free-text column allowed it (the constraint is the migration's own).
      await t.db.query(`ALTER TABLE offering DROP CONSTRAINT offering_language_codes`);
      await t.db.query(`UPDATE offering SET languages = $2 WHERE id = $1`, [
        id,
        ['nl-NL', 'Nederlands', 'EN_gb', 'nl', ''],
      ]);
      const runner = t.db.createQueryRunner();
      try {
        await new OfferingLanguageCodes1766000700000().up(runner);
      } finally {
        await runner.release();
      }
      const [row] = (await t.db.query(`SELECT languages FROM offering WHERE id = $1`, [id])) as {
        languages: string[];
      }[];
      expect(row!.languages).toEqual(['nl', 'en']);
      const bad = t.db.query(`UPDATE offering SET languages = '{nl-NL}' WHERE id = $1`, [id]);
      await expect(bad).rejects.toThrow(/offering_language_codes/);
      // The migration wrote no feed event; it dropped the sync position, so the worker rebuilds
      // the whole index on its next start (as reindexAll here), documents with languages.
      expect(await readSearchWatermark(t.db)).toBeNull();
      await reindexAll(t.db, t.app.get<SearchEngine>(SEARCH_ENGINE));
      expect(await readSearchWatermark(t.db)).not.toBeNull();
      expect((await found(['en'])).hits.map((h) => h.offeringId)).toContain(id);
    });

    it('names the field when a language is no code', async () => {
      // "nl-NL" is a tag an offering's write takes (read as nl); next to it, one that is none.
      const junk = [['Nederlands'], ['nl-NL', 'nl NL'], ['nl-'], ['n'], Array(11).fill('nl')];
      for (const languages of junk) {
        const res = await search({ filters: { languages } });
        expect(res.status).toBe(400);
        expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors![0]!.message).toContain('languages');
      }
      const res = await search({ filters: { languages: ['Nederlands'] } });
      expect(res.errors![0]!.message).toMatch(/taalcode.*language code/);
    });
  });

  it('drops archived offerings from search', async () => {
    const [row] = (await t.db.query(`SELECT id FROM offering WHERE title = 'Bliksemstage'`)) as {
      id: string;
    }[];
    const archive = await t.gql(
      `mutation ($id: ID!) { setOfferingStatus(offeringId: $id, status: ARCHIVED) { status } }`,
      { id: row!.id },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(archive.errors).toBeUndefined();
    await t.app.get(SearchSyncWorker).drain();
    const res = await search({ text: 'bliksemstage' });
    expect(res.data!.searchOfferings.hits.map((h) => h.offeringId)).not.toContain(row!.id);
    const health = await request(t.app.getHttpServer()).get('/health');
    expect(health.body.search).toMatchObject({ engine: 'embedded', backlog: 0, lastError: null });
  });

  it('rejects bad input with BAD_USER_INPUT', async () => {
    const badEnum = await search({ filters: { interventionTypes: ['TOVERKUNST'] } });
    expect(badEnum.status).toBe(400);
    expect(badEnum.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    for (const [input, field] of [
      [{ limit: 0 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ text: 'x'.repeat(201) }, 'text'],
      [{ sort: 'DISTANCE' }, 'sort'],
      [{ vestigingscode: '99ZZ99' }, 'vestigingscode'],
    ] as const) {
      const res = await search(input);
      // 400 as the unknown type above, though a resolver (not Apollo's coercion) refused it.
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toContain(field);
    }
  });
});
