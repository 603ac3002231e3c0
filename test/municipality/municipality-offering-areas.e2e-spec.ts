import {
  areaContains,
  INTERVENTION_CODES,
  type CoverageAreaSpec,
  type InterventionCode,
} from '@partnerwijzer/domain';
import { suiteTestApp } from '../support/test-app.js';
import { PAUSE_OFFERING } from '../support/demo-offerings.js';

const TOKEN = 'test-admin-token-0123456789abcdef';
const AUTH = { authorization: `Bearer ${TOKEN}` };

const AREAS = `
  query Areas($code: String!, $sector: SchoolSector, $type: InterventionCode, $limit: Int = 40) {
    municipalityOfferingAreas(code: $code, sector: $sector, interventionType: $type, limit: $limit) {
      municipalityCode sector interventionType totalCount nationalOnlyCount
      offerings {
        offeringId title organisationId organisationName verified interventionTypes
        schoolsReached alsoNational
        areas { id offeringId kind municipalityCode provinceCode center { lat lng } radiusKm regionName }
      }
    }
  }`;

const AREAS_COUNT = `
  query ($code: String!, $limit: Int) {
    municipalityOfferingAreas(code: $code, limit: $limit) { totalCount offerings { offeringId } }
  }`;

const MATCH = `
  query Match($input: MatchPartnersInput!) {
    matchPartners(input: $input) {
      totalMatches
      matches { offeringId matchedArea { kind } organisation { name } offering { title interventionCodes } }
    }
  }`;

const OFFERING_COVERAGE = `
  query ($id: ID!) { offering(id: $id) { coverage { id kind municipalityCode provinceCode center { lat lng } radiusKm geometry } } }`;

interface Area {
  id: string;
  offeringId: string;
  kind: CoverageAreaSpec['kind'];
  municipalityCode: string | null;
  provinceCode: string | null;
  center: { lat: number; lng: number } | null;
  radiusKm: number | null;
  geometry: unknown;
  regionName?: string | null;
}

interface LocalOffering {
  offeringId: string;
  title: string;
  organisationId: string;
  organisationName: string;
  verified: boolean;
  interventionTypes: string[];
  schoolsReached: number;
  alsoNational: boolean;
  areas: Area[];
}

interface Answer {
  municipalityCode: string;
  sector: string | null;
  interventionType: string | null;
  totalCount: number;
  nationalOnlyCount: number;
  offerings: LocalOffering[];
}

interface School {
  vestigingscode: string;
  sector: string;
  lat: number;
  lng: number;
  municipalityCode: string;
  provinceCode: string;
}

interface Match {
  offeringId: string;
  matchedArea: { kind: string };
  organisation: { name: string };
  offering: { title: string; interventionCodes: string[] };
}

function specOf(a: Area): CoverageAreaSpec {
  switch (a.kind) {
    case 'NATIONAL':
      return { kind: 'NATIONAL' };
    case 'PROVINCE':
      return { kind: 'PROVINCE', provinceCode: a.provinceCode! };
    case 'MUNICIPALITY':
      return { kind: 'MUNICIPALITY', municipalityCode: a.municipalityCode! };
    case 'RADIUS':
      return { kind: 'RADIUS', center: a.center!, radiusKm: a.radiusKm! };
    case 'POLYGON':
      return { kind: 'POLYGON', geometry: a.geometry as never };
  }
}

// The coverage layer of the municipality map: the offerings present through their own areas,
// cross-checked school by school against matchPartners and against the offerings' own areas.
describe('municipalityOfferingAreas (demo data)', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: TOKEN, MATCH_SYNC_INTERVAL_MS: '100' });
  const areas = async (vars: Record<string, unknown>): Promise<Answer> => {
    const res = await t.gql<{ municipalityOfferingAreas: Answer }>(AREAS, vars);
    expect(res.errors).toBeUndefined();
    return res.data!.municipalityOfferingAreas;
  };

  const schoolsOf = async (code: string, sector?: string): Promise<School[]> =>
    (await t.db.query(
      `SELECT vestigingscode, sector, lat, lng, municipality_code AS "municipalityCode",
              province_code AS "provinceCode"
         FROM school WHERE active AND municipality_code = $1 ${sector ? 'AND sector = $2' : ''}
        ORDER BY vestigingscode`,
      sector ? [code, sector] : [code],
    )) as School[];

  const coverageCache = new Map<string, Area[]>();
  const coverageOf = async (offeringId: string): Promise<Area[]> => {
    const known = coverageCache.get(offeringId);
    if (known) return known;
    const res = await t.gql<{ offering: { coverage: Area[] } }>(OFFERING_COVERAGE, {
      id: offeringId,
    });
    expect(res.errors).toBeUndefined();
    coverageCache.set(offeringId, res.data!.offering.coverage);
    return res.data!.offering.coverage;
  };

  /** What matchPartners says, school by school: every fitting offering and its most local area. */
  const matchesAt = async (
    school: School,
    types: readonly InterventionCode[],
  ): Promise<Match[]> => {
    const res = await t.gql<{ matchPartners: { totalMatches: number; matches: Match[] } }>(MATCH, {
      input: {
        vestigingscode: school.vestigingscode,
        needs: types.map((code) => ({ code })),
        limit: 100,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.matchPartners.totalMatches).toBeLessThanOrEqual(100); // all are listed
    return res.data!.matchPartners.matches;
  };

  /** The expected answer, built from matchPartners and each offering's own areas. */
  const expected = async (
    code: string,
    sector: string | undefined,
    types: readonly InterventionCode[],
  ) => {
    const schools = await schoolsOf(code, sector);
    const local = new Map<string, { match: Match; schools: number; areaIds: Set<string> }>();
    const nationalSomewhere = new Set<string>();
    for (const school of schools) {
      for (const m of await matchesAt(school, types)) {
        if (m.matchedArea.kind === 'NATIONAL') {
          nationalSomewhere.add(m.offeringId);
          continue;
        }
        let entry = local.get(m.offeringId);
        if (!entry) local.set(m.offeringId, (entry = { match: m, schools: 0, areaIds: new Set() }));
        entry.schools++;
        // Every own area of the offering that contains this school counts.
        for (const area of await coverageOf(m.offeringId)) {
          const place = {
            point: { lat: Number(school.lat), lng: Number(school.lng) },
            municipalityCode: school.municipalityCode,
            provinceCode: school.provinceCode,
          };
          if (area.kind !== 'NATIONAL' && areaContains(specOf(area), place)) {
            entry.areaIds.add(area.id);
          }
        }
      }
    }
    return {
      local,
      nationalOnly: [...nationalSomewhere].filter((id) => !local.has(id)).length,
    };
  };

  const check = async (
    code: string,
    sector: string | undefined,
    type: InterventionCode | undefined,
  ): Promise<Answer> => {
    const got = await areas({ code, sector, type, limit: 40 });
    const want = await expected(code, sector, type ? [type] : INTERVENTION_CODES);
    const where = `${code}/${sector ?? '-'}/${type ?? 'all'}`;
    expect({ where, municipalityCode: got.municipalityCode }).toEqual({
      where,
      municipalityCode: code,
    });
    expect(got.totalCount).toBe(got.offerings.length); // 40 (the web client's page) is more than the demo holds
    expect({ where, ids: got.offerings.map((o) => o.offeringId).sort() }).toEqual({
      where,
      ids: [...want.local.keys()].sort(),
    });
    expect({ where, nationalOnly: got.nationalOnlyCount }).toEqual({
      where,
      nationalOnly: want.nationalOnly,
    });
    for (const o of got.offerings) {
      const w = want.local.get(o.offeringId)!;
      const at = `${where}/${o.offeringId}`;
      expect({ at, schools: o.schoolsReached }).toEqual({ at, schools: w.schools });
      expect({ at, areas: o.areas.map((a) => a.id).sort() }).toEqual({
        at,
        areas: [...w.areaIds].sort(),
      });
      expect(o.title).toBe(w.match.offering.title);
      expect(o.organisationName).toBe(w.match.organisation.name);
      expect(o.interventionTypes).toEqual(w.match.offering.interventionCodes);
      if (type) expect(o.interventionTypes).toContain(type);
      const own = await coverageOf(o.offeringId);
      expect(o.alsoNational).toBe(own.some((a) => a.kind === 'NATIONAL'));
      for (const a of o.areas) {
        expect(a.offeringId).toBe(o.offeringId);
        expect(a.kind).not.toBe('NATIONAL');
        if (a.kind === 'MUNICIPALITY') expect(a.municipalityCode).toBe(code);
        if (a.kind === 'MUNICIPALITY' || a.kind === 'PROVINCE') expect(a.regionName).toBeTruthy();
      }
    }
    // Most schools reached first.
    const reached = got.offerings.map((o) => o.schoolsReached);
    expect(reached).toEqual([...reached].sort((a, b) => b - a));
    return got;
  };

  it.each(['GM0606', 'GM0402'])(
    'lists in %s exactly the offerings matchPartners finds through an own area, with those areas',
    async (code) => {
      const got = await check(code, undefined, undefined);
      expect(got.offerings.length).toBeGreaterThan(0);
      expect(got.interventionType).toBeNull();
      expect(got.sector).toBeNull();
    },
    120_000,
  );

  it('draws several kinds of area in Schiedam (so the checks above mean something)', async () => {
    const got = await areas({ code: 'GM0606' });
    const kinds = new Set(got.offerings.flatMap((o) => o.areas.map((a) => a.kind)));
    expect(kinds.has('MUNICIPALITY')).toBe(true);
    expect(kinds.has('POLYGON')).toBe(true);
    expect(got.nationalOnlyCount).toBeGreaterThan(0);
  });

  it('filters by intervention type and by sector, still equal to matchPartners', async () => {
    const all = await areas({ code: 'GM0606', limit: 40 });
    const types = [...new Set(all.offerings.flatMap((o) => o.interventionTypes))].slice(0, 2);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types as InterventionCode[]) {
      const got = await check('GM0606', undefined, type);
      expect(got.interventionType).toBe(type);
      expect(got.offerings.length).toBeGreaterThan(0);
      expect(got.offerings.length).toBeLessThanOrEqual(all.offerings.length);
    }
    const po = await check('GM0606', 'PO', undefined);
    expect(po.sector).toBe('PO');
  }, 120_000);

  it('keeps the list bounded: limit cuts it, totalCount still counts all', async () => {
    const all = await areas({ code: 'GM0606', limit: 40 });
    const one = await areas({ code: 'gm0606 ', limit: 1 });
    expect(one.municipalityCode).toBe('GM0606');
    expect(one.totalCount).toBe(all.totalCount);
    expect(one.offerings).toEqual(all.offerings.slice(0, 1));
    const byDefault = await areas({ code: 'GM0606' });
    expect(byDefault.offerings).toEqual(all.offerings.slice(0, 200));
  });

  it('follows an offering being paused: it leaves the list', async () => {
    const before = await areas({ code: 'GM0606' });
    const gone = before.offerings[0]!.offeringId;
    const pause = await t.gql(PAUSE_OFFERING, { id: gone }, AUTH);
    try {
      expect(pause.errors).toBeUndefined();
      const after = await areas({ code: 'GM0606' });
      expect(after.totalCount).toBe(before.totalCount - 1);
      expect(after.offerings.map((o) => o.offeringId)).not.toContain(gone);
    } finally {
      await t.gql(
        `mutation ($id: ID!) { setOfferingStatus(offeringId: $id, status: ACTIVE) { id } }`,
        { id: gone },
        AUTH,
      );
    }
  });

  it('gives BAD_USER_INPUT naming the field for a bad code or limit', async () => {
    const bad = async (vars: Record<string, unknown>, field: string, reason: string) => {
      // Without the areas: 501 offerings with up to 200 areas each is refused on its cost
      // (QUERY_TOO_COMPLEX) before the resolver could name `limit`.
      const res = await t.gql(AREAS_COUNT, vars);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions?.fields?.map((f) => f.field)).toEqual([field]);
      expect(res.errors![0]!.extensions?.reason).toBe(reason);
    };
    await bad({ code: 'GM9999' }, 'code', 'NOT_FOUND');
    await bad({ code: 'Schiedam' }, 'code', 'INVALID');
    await bad({ code: 'GM0606', limit: 0 }, 'limit', 'INVALID');
    await bad({ code: 'GM0606', limit: 501 }, 'limit', 'INVALID');
  });
});
