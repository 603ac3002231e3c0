import {
  explainNeed,
  haversineKm,
  INTERVENTION_CODES,
  metStatus,
  unmetNeed,
  type InterventionCode,
  type ProfileNeed,
  type SchoolType,
} from '@partnerwijzer/domain';
import { suiteTestApp, type GqlResponse } from '../support/test-app.js';
import { OPERATOR_TOKEN, post, signInHeaders } from '../accounts/accounts-support.js';
import type { DemandCounts, DemandSchool } from './offering-demand-answer.js';
import { PAUSE_OFFERING } from '../support/demo-offerings.js';
import { COVERAGE } from '../municipality/coverage-support.js';

// "Waar is uw aanbod het meest nodig" (issue 14, part 6) over real GraphQL and a real database:
// who may ask, which schools count (in the area, just outside, fitting, applicable), that only
// opted-in profiles count as the school's own need and never show a note, and the ranking,
// cross-checked against an independent computation from the public coverage matrix.

const CENTRE = { lat: 51.925, lng: 4.388 }; // ZZ0100, Schiedam
const RADIUS_KM = 2;
const NOTE = 'GEHEIM-notitie-over-groep-5';

const DEMAND = `query ($id: ID!, $first: Int) {
  offeringDemand(offeringId: $id, first: $first) {
    offeringId schoolYear nearKm schoolsInArea schoolsNearby
    schools {
      vestigingscode name city municipalityCode inArea distanceKm unmetNeed
      needs { interventionCode need unmet met source priority }
    }
  }
}`;
const SET = `mutation ($i: SetSchoolNeedsProfileInput!) { setSchoolNeedsProfile(input: $i) { schoolYear } }`;

interface Demand extends DemandCounts {
  offeringId: string;
  nearKm: number;
  schools: (DemandSchool & {
    needs: {
      interventionCode: string;
      need: number;
      unmet: number;
      met: string;
      source: string;
      priority: string | null;
    }[];
  })[];
}

interface SchoolRow {
  vestigingscode: string;
  school_type: string;
  pupils: number | null;
  lat: number;
  lng: number;
  municipality_code: string;
}

describe('offering demand (GraphQL)', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
  /** The public coverage matrix's rows (schools and their cells) for municipality `code`. */
  const coverageRows = async (code: string) =>
    (await t.gql(COVERAGE, { code })).data!.municipalityCoverage.schools;
  let offeringId: string;
  // A type no local offering gives at the Schiedam and Vlaardingen demo schools yet (chosen from
  // the public coverage matrix, so the demo data may change without emptying this test).
  let CODE: InterventionCode;
  let orgId: string;
  const as: Record<string, Record<string, string>> = {};

  /** A primary-school offering of type CODE by the organisation, created as `headers`; its id. */
  async function newPrimaryOffering(title: string, headers: Record<string, string>) {
    const created = await post<{ createOffering: { id: string } }>(
      t,
      `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`,
      { i: { organisationId: orgId, title, interventionCodes: [CODE], sectors: ['PO'] } },
      headers,
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    return created.data.createOffering.id;
  }

  beforeAll(async () => {
    const orgs = (await t.db.query(
      `SELECT id FROM organisation WHERE status = 'VERIFIED' ORDER BY name LIMIT 2`,
    )) as { id: string }[];
    orgId = orgs[0]!.id;
    Object.assign(
      as,
      await signInHeaders(t, {
        editor: { email: 'editor@demand.nl', role: 'PARTNER_EDITOR', organisationId: orgId },
        other: { email: 'other@demand.nl', role: 'PARTNER_EDITOR', organisationId: orgs[1]!.id },
        staff: {
          email: 'staff@demand.nl',
          role: 'SCHOOL_STAFF',
          schoolCodes: ['ZZ0100', 'ZZ0101', 'ZZ0300'],
        },
        officer: {
          email: 'officer@demand.nl',
          role: 'MUNICIPALITY_OFFICER',
          municipalityCodes: ['GM0606'],
        },
        admin: { email: 'admin@demand.nl', role: 'ADMIN' },
      }),
    );
    as.anonymous = {};
    const localAt = new Map<string, Set<string>>();
    for (const m of ['GM0606', 'GM0622']) {
      for (const s of await coverageRows(m)) {
        localAt.set(
          s.vestigingscode,
          new Set(
            s.cells
              .filter((c) => c.local > 0 || c.status === 'NOT_APPLICABLE')
              .map((c) => c.interventionType),
          ),
        );
      }
    }
    const free = INTERVENTION_CODES.filter(
      (c) =>
        c !== 'TAAL_LEZEN' &&
        ['ZZ0100', 'ZZ0101', 'ZZ0300', 'ZZ0301'].every((v) => !localAt.get(v)!.has(c)),
    );
    if (free.length === 0) throw new Error('every type is met locally at the demo schools');
    CODE = free[0]!;
    // A primary-school offering of that type within 2 km of ZZ0100.
    offeringId = await newPrimaryOffering('Mentoren in Schiedam', as.editor);
    const cov = await post(
      t,
      `mutation ($id: ID!, $c: GeoPointInput!) { setOfferingCoverage(input: { offeringId: $id, areas: [{ kind: RADIUS, center: $c, radiusKm: ${RADIUS_KM} }] }) { id } }`,
      { id: offeringId, c: CENTRE },
      as.editor,
    );
    if (cov.errors) throw new Error(JSON.stringify(cov.errors));
    // ZZ0101 shows its profile (mentoring: high); ZZ0100 keeps its own private (low, with a
    // note); ZZ0300 shows a profile that does not ask for mentoring.
    const year = undefined;
    for (const [v, visible, items] of [
      ['ZZ0101', true, [{ interventionCode: CODE, priority: 'HIGH', groups: [7, 8] }]],
      ['ZZ0100', false, [{ interventionCode: CODE, priority: 'LOW', note: NOTE }]],
      ['ZZ0300', true, [{ interventionCode: 'TAAL_LEZEN', priority: 'HIGH' }]],
    ] as const) {
      const res = await post(
        t,
        SET,
        { i: { vestigingscode: v, schoolYear: year, visibleToPartners: visible, items } },
        as.staff,
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  }, 180_000);

  function codeOf(res: GqlResponse<unknown>): string | undefined {
    return res.errors?.[0]?.extensions?.code;
  }

  it('lets the offering’s own editor and admins ask, and refuses everyone else alike', async () => {
    const outcomes: Record<string, string | undefined> = {};
    for (const who of ['editor', 'admin', 'other', 'staff', 'officer', 'anonymous']) {
      const res = await post(t, DEMAND, { id: offeringId }, as[who]);
      outcomes[who] = codeOf(res) ?? 'OK';
    }
    expect(outcomes).toEqual({
      editor: 'OK',
      admin: 'OK',
      other: 'FORBIDDEN',
      staff: 'FORBIDDEN',
      officer: 'FORBIDDEN',
      anonymous: 'UNAUTHENTICATED',
    });
    // Another organisation's offering and one that does not exist: the same refusal.
    const unknown = '00000000-0000-4000-8000-000000000000';
    const a = await post(t, DEMAND, { id: offeringId }, as.other);
    const b = await post(t, DEMAND, { id: unknown }, as.other);
    expect(b.errors).toEqual(a.errors);
    expect((await post(t, DEMAND, { id: unknown }, as.admin)).errors![0]!.extensions).toMatchObject(
      {
        code: 'BAD_USER_INPUT',
        reason: 'NOT_FOUND',
      },
    );
    const bad = await post(t, DEMAND, { id: 'niet-een-id' }, as.editor);
    expect(bad.errors![0]!.message).toBe('offeringId: is geen geldig id (not a valid id)');
    const tooMany = await post(t, DEMAND, { id: offeringId, first: 0 }, as.editor);
    expect(tooMany.errors![0]!.message).toMatch(/^first: moet tussen 1 en 200 liggen/);
  }, 60_000);

  it('lists schools in and just outside the area with an unmet need, ranked as the formula says', async () => {
    const res = await post<{ offeringDemand: Demand }>(
      t,
      DEMAND,
      { id: offeringId, first: 200 },
      as.editor,
    );
    expect(res.errors).toBeUndefined();
    const demand = res.data!.offeringDemand;
    expect(demand.nearKm).toBe(5);

    // Independent computation: every active school, its distance to the circle, its fit
    // (PO offering: BAO and SBO), the public coverage matrix minus this offering.
    const schools = (await t.db.query(
      `SELECT vestigingscode, school_type, pupils, lat, lng, municipality_code FROM school WHERE active ORDER BY vestigingscode`,
    )) as SchoolRow[];
    const fits = (s: SchoolRow) => s.school_type === 'BAO' || s.school_type === 'SBO';
    const inside = schools.filter((s) => fits(s) && haversineKm(CENTRE, s) <= RADIUS_KM);
    const near = schools.filter(
      (s) =>
        fits(s) && !inside.includes(s) && Math.min(...inside.map((i) => haversineKm(i, s))) <= 5,
    );
    expect(inside.map((s) => s.vestigingscode)).toEqual(['ZZ0100', 'ZZ0101']);
    expect(near.map((s) => s.vestigingscode)).toEqual(['ZZ0300', 'ZZ0301']);

    const cells = new Map<string, { offerings: number; local: number }>();
    for (const m of new Set([...inside, ...near].map((s) => s.municipality_code))) {
      for (const s of await coverageRows(m)) {
        const cell = s.cells.find((c) => c.interventionType === CODE)!;
        cells.set(s.vestigingscode, { offerings: cell.offerings, local: cell.local });
      }
    }
    // Only the opted-in ones: ZZ0100's private profile must not count.
    const profiles: Record<string, ProfileNeed[]> = {
      ZZ0101: [{ code: CODE, priority: 'HIGH', groepMin: 7, groepMax: 8 }],
      ZZ0300: [{ code: 'TAAL_LEZEN', priority: 'HIGH', groepMin: null, groepMax: null }],
    };
    const expected = [...inside, ...near]
      .map((s) => {
        const isIn = inside.includes(s);
        const c = cells.get(s.vestigingscode)!;
        // This offering is active and local for the schools in its area: not "other" help.
        const others = { offerings: c.offerings - (isIn ? 1 : 0), local: c.local - (isIn ? 1 : 0) };
        const need = explainNeed(
          {
            schoolType: s.school_type as SchoolType,
            pupils: s.pupils,
            profile: profiles[s.vestigingscode] ?? null,
          },
          CODE,
        );
        const met = metStatus(need.applies, others.offerings, others.local);
        return {
          code: s.vestigingscode,
          isIn,
          unmet: Math.round(unmetNeed(need.weight, met) * 10) / 10,
          met,
          source: need.source,
        };
      })
      .filter((e) => e.unmet > 0)
      .sort((a, b) => b.unmet - a.unmet || Number(b.isIn) - Number(a.isIn));

    expect(
      demand.schools.map((s) => ({
        code: s.vestigingscode,
        isIn: s.inArea,
        unmet: s.unmetNeed,
        met: s.needs[0]!.met,
        source: s.needs[0]!.source,
      })),
    ).toEqual(expected);
    expect(demand.schoolsInArea).toBe(expected.filter((e) => e.isIn).length);
    expect(demand.schoolsNearby).toBe(expected.filter((e) => !e.isIn).length);
    // ZZ0300 asked for other help only: its profile says this type is not needed.
    expect(demand.schools.map((s) => s.vestigingscode)).not.toContain('ZZ0300');
    // The opted-in profile shows its priority; the private one counts as an estimate only.
    const zz0101 = demand.schools.find((s) => s.vestigingscode === 'ZZ0101');
    expect(zz0101!.needs[0]).toMatchObject({ source: 'PROFILE', priority: 'HIGH' });
    const zz0100 = demand.schools.find((s) => s.vestigingscode === 'ZZ0100');
    expect(zz0100!.needs[0]).toMatchObject({ source: 'DEFAULT', priority: null });
    expect(demand.schools.map((s) => s.vestigingscode)).toContain('ZZ0301');
    for (const s of demand.schools.filter((x) => !x.inArea)) {
      expect(s.distanceKm).not.toBeNull();
      expect(s.distanceKm!).toBeLessThanOrEqual(5);
    }
    // Never a note, nor the groups of a profile.
    expect(JSON.stringify(res.data)).not.toContain('GEHEIM');
    const noteField = await post(
      t,
      `query ($id: ID!) { offeringDemand(offeringId: $id) { schools { needs { note } } } }`,
      { id: offeringId },
      as.editor,
    );
    expect(codeOf(noteField)).toBe('GRAPHQL_VALIDATION_FAILED');
  }, 90_000);

  it('leaves out schools whose need other local help already meets, and counts a paused offering too', async () => {
    // Pausing the offering changes nothing about where it would be needed.
    const before = (
      await post<{ offeringDemand: Demand }>(t, DEMAND, { id: offeringId }, as.editor)
    ).data!.offeringDemand;
    expect(before.schools.length).toBeGreaterThan(0);
    const paused = await post(t, PAUSE_OFFERING, { id: offeringId }, as.editor);
    expect(paused.errors).toBeUndefined();
    const after = (await post<{ offeringDemand: Demand }>(t, DEMAND, { id: offeringId }, as.editor))
      .data!.offeringDemand;
    expect(after.schools).toEqual(before.schools);
    await post(
      t,
      `mutation ($id: ID!) { setOfferingStatus(offeringId: $id, status: ACTIVE) { id } }`,
      { id: offeringId },
      as.editor,
    );

    // A second offering of the type, covering all of Schiedam:
    // the Schiedam schools' need is then met locally and they leave the list.
    const otherId = await newPrimaryOffering('Ander aanbod', as.admin);
    await post(
      t,
      `mutation ($id: ID!) { setOfferingCoverage(input: { offeringId: $id, areas: [{ kind: MUNICIPALITY, municipalityCode: "GM0606" }] }) { id } }`,
      { id: otherId },
      as.admin,
    );
    const res = await post<{ offeringDemand: Demand }>(t, DEMAND, { id: offeringId }, as.editor);
    const codes = res.data!.offeringDemand.schools.map((s) => s.vestigingscode);
    expect(codes).not.toContain('ZZ0100');
    expect(codes).not.toContain('ZZ0101');
  }, 90_000);
});
