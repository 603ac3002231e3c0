import type { SearchEngine, SearchQuery } from '@partnerwijzer/search';
import { FIXTURE_DOCUMENTS, ID } from './search-fixtures.js';

export interface ContractOptions {
  /** Whether the engine finds compound parts by stemming ("lezen" → "leesprogramma"). */
  stemsCompounds: boolean;
}

/** A query with the defaults every test starts from. */
export const q = (over: Partial<SearchQuery> = {}): SearchQuery => ({
  text: '',
  filters: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 50,
  ...over,
});

/** The one behaviour every search engine must have; run against each adapter. */
export function describeSearchContract(
  name: string,
  open: () => Promise<{ engine: SearchEngine; close(): Promise<void> }>,
  options: ContractOptions,
): void {
  describe(`search contract: ${name}`, () => {
    let engine: SearchEngine;
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ engine, close } = await open());
      await engine.prepare();
      await engine.clear();
      await engine.upsert(FIXTURE_DOCUMENTS);
    }, 120_000);

    afterAll(async () => {
      await close?.();
    });

    const ids = async (query: SearchQuery) => (await engine.search(query)).hits.map((h) => h.id);
    /** The ids found with no text, scoped to one school's municipality, province and areas. */
    const scopedIds = (
      municipalityCode: string,
      provinceCode: string,
      spatialOfferingIds: string[],
    ) => ids(q({ scope: { municipalityCode, provinceCode, spatialOfferingIds } }));

    it('holds every document once', async () => {
      expect(await engine.count()).toBe(FIXTURE_DOCUMENTS.length);
      expect((await engine.snapshot()).size).toBe(FIXTURE_DOCUMENTS.length);
    });

    it('finds by organisation name', async () => {
      expect((await ids(q({ text: 'JINC' })))[0]).toBe(ID.jinc);
    });

    it('tolerates a typo', async () => {
      expect(await ids(q({ text: 'huiswerkbegeleidng' }))).toContain(ID.huiswerk);
    });

    it('uses synonyms: bijles finds huiswerkbegeleiding', async () => {
      const found = await ids(q({ text: 'bijles' }));
      expect(found).toContain(ID.radius);
      expect(found).toContain(ID.huiswerk);
    });

    it('matches a synonym of several words only as that phrase', async () => {
      // jeugdzorg ~ "schoolmaatschappelijk werk": the word "werk" on its own is not enough.
      const found = await ids(q({ text: 'jeugdzorg' }));
      expect(found).toContain(ID.jeugdzorg);
      expect(found).not.toContain(ID.zeeland);
    });

    it('finds Dutch word forms', async () => {
      const found = await ids(q({ text: 'lezen' }));
      expect(found).toContain(ID.voorlezen);
      if (options.stemsCompounds) expect(found).toContain(ID.lezen);
    });

    it('ignores accents in both directions', async () => {
      expect(await ids(q({ text: 'cafe' }))).toContain(ID.cafe);
      expect(await ids(q({ text: 'sudwest fryslan' }))).toContain(ID.cafe);
      expect(await ids(q({ text: 'één' }))).toContain(ID.cafe);
    });

    it('filters within a facet with OR and across facets with AND', async () => {
      const both = await ids(
        q({ filters: { interventionTypes: ['OUDERBETROKKENHEID', 'OVERGANGEN'] } }),
      );
      expect(new Set(both)).toEqual(new Set([ID.voorlezen, ID.cafe, ID.ouders]));
      const paidParents = await ids(
        q({ filters: { interventionTypes: ['OUDERBETROKKENHEID'], costTypes: ['PAID'] } }),
      );
      expect(paidParents).toEqual([ID.ouders]);
      const verified = await ids(q({ filters: { verifiedOnly: true } }));
      expect(verified).not.toContain(ID.jeugdzorg);
      expect(verified).toHaveLength(FIXTURE_DOCUMENTS.length - 1);
      const youthCare = await ids(
        q({ filters: { organisationTypes: ['YOUTH_CARE'], sectors: ['SO'] } }),
      );
      expect(youthCare).toEqual([ID.jeugdzorg]);
      const during = await ids(
        q({ filters: { deliveryModes: ['DURING_SCHOOL'], targetGroups: ['PUPILS'] } }),
      );
      expect(new Set(during)).toEqual(new Set([ID.lezen, ID.jeugdzorg]));
    });

    it('filters by funding route: any of the given routes, combined with the other filters', async () => {
      const npo = await ids(q({ filters: { fundingRoutes: ['NPO'] } }));
      expect(new Set(npo)).toEqual(new Set([ID.voorlezen, ID.schiedam]));
      const either = await ids(q({ filters: { fundingRoutes: ['OAB_SCHOOL', 'OAB_GEMEENTE'] } }));
      expect(new Set(either)).toEqual(new Set([ID.voorlezen, ID.ouders]));
      const parentsByNpo = await ids(
        q({ filters: { fundingRoutes: ['NPO'], targetGroups: ['PARENTS'] } }),
      );
      expect(parentsByNpo).toEqual([ID.voorlezen]);
      expect(await ids(q({ filters: { fundingRoutes: ['FONDS'] } }))).toEqual([]);
      const withText = await ids(q({ text: 'schiedam', filters: { fundingRoutes: ['NPO'] } }));
      expect(withText).toEqual([ID.schiedam]);
    });

    it('filters by language: any of the given codes, combined with the other filters', async () => {
      expect(new Set(await ids(q({ filters: { languages: ['tr'] } })))).toEqual(
        new Set([ID.cafe, ID.ouders]),
      );
      expect(new Set(await ids(q({ filters: { languages: ['en', 'fy'] } })))).toEqual(
        new Set([ID.jinc, ID.cafe]),
      );
      const dutch = await ids(q({ filters: { languages: ['nl'] } }));
      expect(dutch).not.toContain(ID.jinc);
      expect(dutch).not.toContain(ID.radius);
      expect(dutch).toHaveLength(FIXTURE_DOCUMENTS.length - 2);
      const paidInTurkish = await ids(q({ filters: { languages: ['tr'], costTypes: ['PAID'] } }));
      expect(paidInTurkish).toEqual([ID.ouders]);
      expect(await ids(q({ filters: { languages: ['pap'] } }))).toEqual([]);
      const withText = await ids(q({ text: 'bliksemstage', filters: { languages: ['nl'] } }));
      expect(withText).toEqual([]);
    });

    it('counts facets over the matching documents', async () => {
      const result = await engine.search(q({ filters: { targetGroups: ['PARENTS'] } }));
      expect(result.total).toBe(3);
      expect(result.facets.interventionTypes).toEqual({
        OUDERBETROKKENHEID: 3,
        TAAL_LEZEN: 1,
        OVERGANGEN: 1,
      });
      expect(result.facets.costType).toEqual({ FREE: 1, SUBSIDISED: 1, PAID: 1 });
      expect(result.facets.verified).toEqual({ true: 3 });
    });

    it('scopes to one school: national, its municipality, its province, or the given spatial ids', async () => {
      const scoped = await scopedIds('GM0606', 'PV28', [ID.radius]);
      expect(new Set(scoped)).toEqual(
        new Set([ID.huiswerk, ID.lezen, ID.voorlezen, ID.jinc, ID.ouders, ID.schiedam, ID.radius]),
      );
      const friesland = await scopedIds('GM1900', 'PV21', []);
      expect(friesland).toContain(ID.cafe);
      expect(friesland).not.toContain(ID.schiedam);
    });

    it('escapes values in filters', async () => {
      const res = await scopedIds('GM0363"] OR national = true', 'PV\\', []);
      // Only national documents; the odd values match nothing and break nothing.
      expect(new Set(res)).toEqual(new Set([ID.huiswerk, ID.lezen, ID.voorlezen, ID.jinc]));
      expect(await ids(q({ text: '"Doe-mee"' }))).toContain(ID.quote);
    });

    it('pages without overlap', async () => {
      const all = await ids(q({ sort: 'UPDATED', limit: 100 }));
      const pages = [
        ...(await ids(q({ sort: 'UPDATED', limit: 4, offset: 0 }))),
        ...(await ids(q({ sort: 'UPDATED', limit: 4, offset: 4 }))),
        ...(await ids(q({ sort: 'UPDATED', limit: 4, offset: 8 }))),
      ];
      expect(pages).toEqual(all);
      expect((await engine.search(q({ limit: 2 }))).total).toBe(FIXTURE_DOCUMENTS.length);
    });

    it('sorts by recently updated and by distance', async () => {
      const updated = await ids(q({ sort: 'UPDATED' }));
      expect(updated.slice(0, 2)).toEqual([ID.zeeland, ID.huiswerk]);
      const near = await engine.search(q({ sort: 'DISTANCE', point: { lat: 51.92, lng: 4.4 } }));
      expect(near.hits[0]!.id).toBe(ID.schiedam);
      expect(near.hits[0]!.distanceKm).toBeLessThan(1);
      const distances = near.hits.map((h) => h.distanceKm ?? Infinity);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    });

    it('applies the chosen order also with query text: nearest or most recent first, not most relevant', async () => {
      const updatedAt = new Map(FIXTURE_DOCUMENTS.map((d) => [d.id, d.updatedAt]));
      const recent = await ids(q({ text: 'bijles', sort: 'UPDATED' }));
      expect(recent.length).toBeGreaterThan(1);
      const times = recent.map((id) => updatedAt.get(id)!);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const near = await engine.search(
        q({ text: 'bijles', sort: 'DISTANCE', point: { lat: 51.92, lng: 4.4 } }),
      );
      expect(near.hits.length).toBeGreaterThan(1);
      const distances = near.hits.map((h) => h.distanceKm ?? Infinity);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    });

    it('counts the total exactly, also when a page holds fewer hits than match', async () => {
      const all = await engine.search(q({ text: 'bijles', limit: 100 }));
      const page = await engine.search(q({ text: 'bijles', limit: 1, offset: 1 }));
      expect(page.total).toBe(all.total);
      expect(page.total).toBe(all.hits.length);
      expect(page.hits.map((h) => h.id)).toEqual([all.hits[1]!.id]);
    });

    it('highlights the matching words', async () => {
      const res = await engine.search(q({ text: 'bliksemstage' }));
      const title = res.hits[0]!.highlights.find((h) => h.field === 'title')!;
      expect(title.segments.some((s) => s.match && s.text.toLowerCase() === 'bliksemstage')).toBe(
        true,
      );
      expect(title.segments.map((s) => s.text).join('')).toBe('Bliksemstage');
    });

    it('updates and deletes', async () => {
      const doc = FIXTURE_DOCUMENTS.find((d) => d.id === ID.zeeland)!;
      const changed: string[] = [ID.zeeland, ID.quote];
      try {
        await engine.upsert([{ ...doc, title: 'Robotica-middag', updatedAt: doc.updatedAt + 1 }]);
        expect(await ids(q({ text: 'robotica' }))).toEqual([ID.zeeland]);
        expect(await ids(q({ text: 'zeilkamp' }))).not.toContain(ID.zeeland);
        await engine.remove(changed);
        expect(await engine.count()).toBe(FIXTURE_DOCUMENTS.length - 2);
        expect(await ids(q({ text: 'robotica' }))).toEqual([]);
        expect((await engine.snapshot()).has(ID.quote)).toBe(false);
      } finally {
        // The other tests count and find the whole fixture, in whatever order they run.
        await engine.upsert(FIXTURE_DOCUMENTS.filter((d) => changed.includes(d.id)));
      }
      expect(await engine.count()).toBe(FIXTURE_DOCUMENTS.length);
    });

    it('takes a streamed bulk write of several thousand documents and holds them all', async () => {
      const before = await engine.count();
      const template = FIXTURE_DOCUMENTS[0]!;
      const bulk = Array.from({ length: 2500 }, (_, i) => ({
        ...template,
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        title: `Bulkaanbod ${i}`,
      }));
      async function* inBatches() {
        for (let i = 0; i < bulk.length; i += 700) yield bulk.slice(i, i + 700);
      }
      await engine.upsertStream(inBatches());
      try {
        expect(await engine.count()).toBe(before + bulk.length);
        expect((await engine.search(q({ text: 'bulkaanbod', limit: 1 }))).total).toBe(bulk.length);
      } finally {
        await engine.remove(bulk.map((d) => d.id));
      }
      expect(await engine.count()).toBe(before);
    }, 120_000);
  });
}
