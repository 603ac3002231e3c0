import { describeWithRealData } from '../imports/import-test-support.js';
import { withRealPlaces } from '../municipality/coverage-support.js';
import { OPERATOR_TOKEN } from '../accounts/accounts-support.js';
import { suiteTestApp } from '../support/test-app.js';
import type { DemandCounts, DemandSchool } from './offering-demand-answer.js';

// Demand for an offering on the real DUO schools (../shared/data): a national offering (every
// fitting school in the area, none outside) and a 3 km circle in Schiedam (schools just outside
// within 5 km). Times are printed for information on a shared machine, never asserted.

const describeReal = describeWithRealData();
const AS_OPERATOR = { authorization: `Bearer ${OPERATOR_TOKEN}` };

interface Demand extends DemandCounts {
  schools: DemandSchool[];
}

describeReal('offering demand on the real open data', () => {
  const t = suiteTestApp({ MATCH_SYNC_INTERVAL_MS: '60000', ADMIN_API_TOKEN: OPERATOR_TOKEN });
  let orgId: string;
  const real = withRealPlaces(
    t,
    async (db) => {
      orgId = (
        (await db.query(
          `SELECT id FROM organisation WHERE status = 'VERIFIED' ORDER BY name, id LIMIT 1`,
        )) as {
          id: string;
        }[]
      )[0]!.id;
    },
    300_000,
  );

  async function offering(areas: string): Promise<string> {
    const created = await t.gql<{ createOffering: { id: string } }>(
      `mutation ($i: CreateOfferingInput!) { createOffering(input: $i) { id } }`,
      {
        i: {
          organisationId: orgId,
          title: 'Weerbaarheid',
          interventionCodes: ['SOCIAAL_EMOTIONEEL'],
          sectors: ['PO'],
        },
      },
      AS_OPERATOR,
    );
    const id = created.data!.createOffering.id;
    const cov = await t.gql(
      `mutation ($id: ID!) { setOfferingCoverage(input: { offeringId: $id, areas: ${areas} }) { id } }`,
      { id },
      AS_OPERATOR,
    );
    if (cov.errors) throw new Error(JSON.stringify(cov.errors));
    return id;
  }

  async function demand(id: string): Promise<{ demand: Demand; ms: number }> {
    const started = performance.now();
    const res = await t.gql<{ offeringDemand: Demand }>(
      `query ($id: ID!) { offeringDemand(offeringId: $id, first: 200) { schoolsInArea schoolsNearby schools { vestigingscode inArea distanceKm unmetNeed } } }`,
      { id },
      AS_OPERATOR,
    );
    const ms = Math.round(performance.now() - started);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return { demand: res.data!.offeringDemand, ms };
  }

  it('finds demand for a national and a local offering among all schools', async () => {
    const [{ n }] = (await real.db.query(
      `SELECT count(*)::int AS n FROM school WHERE active AND school_type IN ('BAO', 'SBO')`,
    )) as { n: number }[];
    const national = await demand(await offering('[{ kind: NATIONAL }]'));
    const local = await demand(
      await offering('[{ kind: RADIUS, center: { lat: 51.92, lng: 4.4 }, radiusKm: 3 }]'),
    );
    console.log(
      `offeringDemand on ${n} BAO/SBO schools: national ${national.ms} ms (${national.demand.schoolsInArea} in area), ` +
        `3 km circle ${local.ms} ms (${local.demand.schoolsInArea} in area, ${local.demand.schoolsNearby} just outside)`,
    );
    // National: every primary school it fits is in the area; nothing is outside.
    expect(national.demand.schoolsNearby).toBe(0);
    expect(national.demand.schoolsInArea).toBeGreaterThan(n * 0.5);
    expect(national.demand.schools).toHaveLength(200);
    const unmet = national.demand.schools.map((s) => s.unmetNeed);
    expect(unmet).toEqual([...unmet].sort((a, b) => b - a));
    // The circle: schools inside and just outside, the latter within 5 km.
    expect(local.demand.schoolsInArea).toBeGreaterThan(5);
    expect(local.demand.schoolsNearby).toBeGreaterThan(5);
    for (const s of local.demand.schools.filter((x) => !x.inArea)) {
      expect(s.distanceKm!).toBeGreaterThan(0);
      expect(s.distanceKm!).toBeLessThanOrEqual(5);
    }
  }, 300_000);
});
