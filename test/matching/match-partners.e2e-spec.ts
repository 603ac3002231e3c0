import type { EntityManager } from 'typeorm';
import { MatchingIndexService } from '../../apps/api/src/modules/matching/matching-index.service.js';
import { graphql } from '../generated/gql.js';
import type {
  InterventionCode,
  MatchPartnersInput,
  MatchQuery,
  SchoolSector,
  SetOfferingCoverageInput,
} from '../generated/graphql.js';
import { suiteTestApp } from '../support/test-app.js';

const TOKEN = 'test-admin-token-0123456789abcdef';

const MATCH = graphql(`
  query Match($input: MatchPartnersInput!) {
    matchPartners(input: $input) {
      school { vestigingscode }
      totalMatches
      matches {
        offeringId score full distanceKm needsMet
        matchedArea { kind }
        reasons { code text params }
        offering { title }
        organisation { name }
      }
      bundle { offeringIds needsCovered offerings { title } }
      uncoveredNeeds uncoveredText
    }
  }`);

const PICK_SCHOOLS = graphql(`
  query PickSchools($m: String, $s: SchoolSector) {
    schools(municipalityCode: $m, sector: $s, first: 50) { nodes { vestigingscode schoolType } }
  }`);
const SET_COVERAGE = graphql(`
  mutation SetCoverage($input: SetOfferingCoverageInput!) {
    setOfferingCoverage(input: $input) { id }
  }`);
const PAUSE_OFFERING = graphql(
  `mutation PauseOffering($id: ID!) { setOfferingStatus(offeringId: $id, status: PAUSED) { status } }`,
);
const RENAME_OFFERING = graphql(`
  mutation RenameOffering($id: ID!, $input: OfferingFieldsInput!) {
    updateOffering(offeringId: $id, input: $input) { title }
  }`);
const LOCATE_SCHOOL = graphql(`
  query LocateSchool($c: String!) {
    matchPartners(input: { vestigingscode: $c, needs: [] }) { location { lat lng } }
  }`);

// matchPartners over HTTP on the demo data, plus edits that must show in the next match.
describe('matchPartners', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: TOKEN, MATCH_SYNC_INTERVAL_MS: '100' });
  let schiedamPo: string;
  let hilversumPo: string;
  let voSchool: string;

  beforeAll(async () => {
    const pick = async (municipalityCode: string, sector: SchoolSector) => {
      const res = await t.gql(PICK_SCHOOLS, { m: municipalityCode, s: sector });
      const found = res.data!.schools.nodes.find((n) => sector !== 'PO' || n.schoolType === 'BAO');
      if (!found) throw new Error(`demo data lacks a ${sector} school in ${municipalityCode}`);
      return found.vestigingscode;
    };
    schiedamPo = await pick('GM0606', 'PO');
    hilversumPo = await pick('GM0402', 'PO');
    voSchool = await pick('GM0606', 'VO').catch(() => pick('GM0363', 'VO'));
  }, 120_000);

  const match = (input: MatchPartnersInput) => t.gql(MATCH, { input });
  /** The first 100 matches for the Schiedam primary school's need for extra learning time. */
  const matchSchiedamExtraLeertijd = () =>
    match({ vestigingscode: schiedamPo, needs: [{ code: 'EXTRA_LEERTIJD' }], limit: 100 });
  const titles = (r: { data?: MatchQuery }) =>
    r.data!.matchPartners.matches.map((m) => m.offering.title);

  it('gives a Schiedam school needing extra learning time the national and the Schiedam offers, not the Hilversum one', async () => {
    const res = await matchSchiedamExtraLeertijd();
    expect(res.errors).toBeUndefined();
    const found = titles(res);
    expect(found).toContain('Opstap: bijles in kleine groepjes');
    expect(found).toContain('Verlengde schooldag: extra leertijd na school');
    expect(found).not.toContain('Huiswerk- en oefenmiddagen voor de bovenbouw');
    const result = res.data!.matchPartners;
    expect(result.school?.vestigingscode).toBe(schiedamPo);
    for (const m of result.matches) {
      expect(m.needsMet).toContain('EXTRA_LEERTIJD');
      expect(m.reasons.length).toBeGreaterThan(0);
    }
    const local = result.matches.find((m) => m.offering.title.startsWith('Verlengde schooldag'))!;
    expect(local.reasons.map((r) => r.text).join(' | ')).toMatch(/Schiedam/);
    // Sorted: non-full first, then by score.
    const scores = result.matches.filter((m) => !m.full).map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('never gives a VO school a groep 1–2 programme', async () => {
    const res = await match({ vestigingscode: voSchool, needs: [], limit: 100 });
    expect(res.errors).toBeUndefined();
    expect(titles(res)).not.toContain('Warme overdracht naar groep 1–2');
    expect(titles(res)).not.toContain('Opstap: bijles in kleine groepjes');
  });

  it('returns a bundle and names needs nobody covers', async () => {
    const res = await match({
      vestigingscode: hilversumPo,
      needs: [
        { code: 'EXTRA_LEERTIJD' },
        { code: 'ZORG_IN_SCHOOL' },
        { code: 'VVE_KANSRIJKE_START' },
      ],
    });
    const result = res.data!.matchPartners;
    expect(result.bundle.offeringIds.length).toBeGreaterThan(0);
    expect(result.bundle.offerings).toHaveLength(result.bundle.offeringIds.length);
    for (const need of result.bundle.needsCovered)
      expect(result.uncoveredNeeds).not.toContain(need);
    if (result.uncoveredNeeds.length > 0)
      expect(result.uncoveredText).toMatch(/^geen aanbod gevonden voor: /);
  });

  it('works from a point and municipality code instead of a school', async () => {
    const res = await match({
      location: { lat: 51.918, lng: 4.399, municipalityCode: 'GM0606', schoolType: 'BAO' },
      needs: [{ code: 'EXTRA_LEERTIJD' }],
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.matchPartners.school).toBeNull();
    expect(titles(res)).toContain('Verlengde schooldag: extra leertijd na school');
  });

  it('sees a coverage edit made over GraphQL in the very next match', async () => {
    const before = await matchSchiedamExtraLeertijd();
    expect(titles(before)).not.toContain('Huiswerk- en oefenmiddagen voor de bovenbouw');
    const offeringId = await offeringIdByTitle('Huiswerk- en oefenmiddagen voor de bovenbouw');

    const edit = await t.gql(
      SET_COVERAGE,
      { input: { offeringId, areas: [{ kind: 'MUNICIPALITY', municipalityCode: 'GM0606' }] } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(edit.errors).toBeUndefined();
    const after = await matchSchiedamExtraLeertijd();
    expect(titles(after)).toContain('Huiswerk- en oefenmiddagen voor de bovenbouw');

    const pause = await t.gql(
      PAUSE_OFFERING,
      { id: offeringId },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(pause.errors).toBeUndefined();
    const paused = await matchSchiedamExtraLeertijd();
    expect(titles(paused)).not.toContain('Huiswerk- en oefenmiddagen voor de bovenbouw');
  });

  /** What another API process does: change rows and record the change in the change feed, in
   * one transaction. */
  async function changeElsewhere(
    entity: 'OFFERING' | 'SCHOOL',
    id: string,
    change: (tx: EntityManager) => Promise<unknown>,
  ): Promise<void> {
    await t.db.transaction(async (tx) => {
      await change(tx);
      await tx.query(`INSERT INTO change_event (entity, entity_id, op) VALUES ($1, $2, 'UPSERT')`, [
        entity,
        id,
      ]);
    });
  }

  /**
   * Whether `title` shows among the matches for `input` within 30 s: the feed is polled every
   * 100 ms here, and the bound is wide so a busy machine does not fail what an idle one passes.
   */
  async function seenWithin30s(input: MatchPartnersInput, title: string): Promise<boolean> {
    const deadline = Date.now() + 30_000;
    let seen = false;
    while (!seen && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      seen = titles(await match(input)).includes(title);
    }
    return seen;
  }

  /** Sets an offering's areas over GraphQL (applied to the index right after the commit). */
  async function setAreas(offeringId: string, areas: Record<string, unknown>[]): Promise<void> {
    const res = await t.gql(
      `mutation ($input: SetOfferingCoverageInput!) { setOfferingCoverage(input: $input) { id } }`,
      { input: { offeringId, areas } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(res.errors).toBeUndefined();
  }

  it('picks up a change committed by another process through the change feed', async () => {
    const offeringId = await offeringIdByTitle('Consultatie en scholing voor leerkrachten');
    // Its own starting point: the offering works in Hilversum only.
    await setAreas(offeringId, [{ kind: 'MUNICIPALITY', municipalityCode: 'GM0402' }]);
    const before = await match({ vestigingscode: schiedamPo, needs: [], limit: 100 });
    expect(titles(before)).not.toContain('Consultatie en scholing voor leerkrachten');

    // What another API process would do: change rows and record the change, in one transaction.
    await changeElsewhere('OFFERING', offeringId, async (tx) => {
      await tx.query(`DELETE FROM coverage_area WHERE offering_id = $1`, [offeringId]);
      await tx.query(`INSERT INTO coverage_area (offering_id, kind) VALUES ($1, 'NATIONAL')`, [
        offeringId,
      ]);
    });
    expect(
      await seenWithin30s(
        { vestigingscode: schiedamPo, needs: [], limit: 100 },
        'Consultatie en scholing voor leerkrachten',
      ),
    ).toBe(true);
    expect(t.app.get(MatchingIndexService).status().lastSyncAt).not.toBeNull();
  }, 60_000);

  it('shows an edited title in the very next match, and one changed by another process soon after', async () => {
    const input = { vestigingscode: schiedamPo, needs: [], limit: 100 };
    const offeringId = await offeringIdByTitle('Consultatie en scholing voor leerkrachten');
    // Its own starting point (not the previous test's edit): the offering works nationally.
    await setAreas(offeringId, [{ kind: 'NATIONAL' }]);
    expect(titles(await match(input))).toContain('Consultatie en scholing voor leerkrachten');

    const edit = await t.gql(
      RENAME_OFFERING,
      { id: offeringId, input: { title: 'Consultatie voor leerkrachten (nieuw)' } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(edit.errors).toBeUndefined();
    const after = titles(await match(input));
    expect(after).toContain('Consultatie voor leerkrachten (nieuw)');
    expect(after).not.toContain('Consultatie en scholing voor leerkrachten');

    // Another API process renames it: this one learns it from the change feed.
    await changeElsewhere('OFFERING', offeringId, (tx) =>
      tx.query(
        `UPDATE offering SET title = 'Consultatie en scholing voor leerkrachten' WHERE id = $1`,
        [offeringId],
      ),
    );
    expect(await seenWithin30s(input, 'Consultatie en scholing voor leerkrachten')).toBe(true);
  }, 60_000);

  it('follows a school that moved, through the change feed', async () => {
    const locate = async () =>
      (await t.gql(LOCATE_SCHOOL, { c: hilversumPo })).data!.matchPartners.location;
    const before = await locate();
    await changeElsewhere('SCHOOL', hilversumPo, (tx) =>
      tx.query(`UPDATE school SET lat = lat + 0.01 WHERE vestigingscode = $1`, [hilversumPo]),
    );
    await t.app.get(MatchingIndexService).syncFromFeed();
    const after = await locate();
    expect(after.lat).toBeCloseTo(before.lat + 0.01, 6);
  }, 60_000);

  describe('bad input', () => {
    const expectBad = (
      res: { status: number; errors?: { message: string; extensions?: { code?: string } }[] },
      field: string,
    ) => {
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      expect(res.errors![0]!.message).toContain(field);
    };

    it('rejects an unknown school', async () => {
      expectBad(await match({ vestigingscode: '99ZZ99', needs: [] }), 'vestigingscode');
    });

    it('rejects an unknown need code', async () => {
      const unknown = 'TOVERKUNST' as InterventionCode; // not a code: the point of the test
      const res = await match({ vestigingscode: schiedamPo, needs: [{ code: unknown }] });
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('rejects coordinates outside the Netherlands', async () => {
      expectBad(
        await match({ location: { lat: 48.85, lng: 2.35, municipalityCode: 'GM0606' }, needs: [] }),
        'location',
      );
    });

    it('rejects an unknown municipality', async () => {
      expectBad(
        await match({ location: { lat: 51.9, lng: 4.4, municipalityCode: 'GM9999' }, needs: [] }),
        'municipalityCode',
      );
    });

    it('rejects a limit out of range', async () => {
      expectBad(await match({ vestigingscode: schiedamPo, needs: [], limit: 0 }), 'limit');
      expectBad(await match({ vestigingscode: schiedamPo, needs: [], limit: 1000 }), 'limit');
    });

    it('rejects both or neither of school and location', async () => {
      expectBad(await match({ needs: [] }), 'input');
      expectBad(
        await match({
          vestigingscode: schiedamPo,
          location: { lat: 51.9, lng: 4.4, municipalityCode: 'GM0606' },
          needs: [],
        }),
        'input',
      );
    });

    it('rejects duplicate needs and reversed groep ranges', async () => {
      expectBad(
        await match({
          vestigingscode: schiedamPo,
          needs: [{ code: 'MENTORING' }, { code: 'MENTORING' }],
        }),
        'needs',
      );
      expectBad(
        await match({ vestigingscode: schiedamPo, needs: [], groepMin: 7, groepMax: 3 }),
        'groepMin',
      );
    });
  });

  describe('coverage writes', () => {
    const mutate = (input: SetOfferingCoverageInput, token?: string) =>
      t.gql(SET_COVERAGE, { input }, token ? { authorization: `Bearer ${token}` } : {});

    it('refuses writes without or with a wrong token', async () => {
      const offeringId = await offeringIdByTitle('Bliksemstage');
      const input: SetOfferingCoverageInput = { offeringId, areas: [{ kind: 'NATIONAL' }] };
      expect((await mutate(input)).errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await mutate(input, 'x'.repeat(32))).errors![0]!.extensions?.code).toBe('FORBIDDEN');
    });

    it('rejects bad areas, names each field, and writes nothing', async () => {
      const offeringId = await offeringIdByTitle('Bliksemstage');
      const before = await coverageCount(offeringId);
      const selfIntersecting = {
        type: 'Polygon',
        coordinates: [
          [
            [4.3, 51.9],
            [4.5, 52.0],
            [4.5, 51.9],
            [4.3, 52.0],
            [4.3, 51.9],
          ],
        ],
      };
      const res = await mutate(
        {
          offeringId,
          areas: [
            { kind: 'NATIONAL' },
            { kind: 'MUNICIPALITY', municipalityCode: 'GM9999' },
            { kind: 'RADIUS', center: { lat: 48.8, lng: 2.3 }, radiusKm: 10 },
            { kind: 'RADIUS', center: { lat: 52, lng: 5 }, radiusKm: -3 },
            { kind: 'POLYGON', geometry: selfIntersecting },
            { kind: 'POLYGON', geometry: { type: 'Point', coordinates: [5, 52] } },
            { kind: 'PROVINCE' },
          ],
        },
        TOKEN,
      );
      expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      const fields = (res.errors![0]!.extensions as { fields: { field: string }[] }).fields.map(
        (f) => f.field,
      );
      expect(fields).toEqual(
        expect.arrayContaining([
          'areas[1].municipalityCode',
          'areas[2].center',
          'areas[3].radiusKm',
          'areas[6].provinceCode',
        ]),
      );
      expect(fields.some((f) => f.startsWith('areas[4].geometry'))).toBe(true);
      expect(fields.some((f) => f.startsWith('areas[5].geometry'))).toBe(true);
      expect(await coverageCount(offeringId)).toBe(before);
    });

    it('rejects an unknown offering', async () => {
      const res = await mutate(
        { offeringId: '00000000-0000-4000-8000-000000000000', areas: [{ kind: 'NATIONAL' }] },
        TOKEN,
      );
      expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toContain('offeringId');
    });
  });

  async function offeringIdByTitle(title: string): Promise<string> {
    const rows = (await t.db.query(`SELECT id FROM offering WHERE title = $1`, [title])) as {
      id: string;
    }[];
    if (!rows[0]) throw new Error(`demo offering not found: ${title}`);
    return rows[0].id;
  }

  async function coverageCount(offeringId: string): Promise<number> {
    const rows = (await t.db.query(
      `SELECT count(*)::int AS n FROM coverage_area WHERE offering_id = $1`,
      [offeringId],
    )) as { n: number }[];
    return rows[0]!.n;
  }
});
