import { OPERATOR_TOKEN } from '../accounts/accounts-support.js';
import { graphql } from '../generated/gql.js';
import type { SetOfferingCoverageInput } from '../generated/graphql.js';
import { BOW_TIE_POLYGON } from '../support/bow-tie.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// previewOfferingCoverage: what a draft would reach, counted with the matching code's coverage
// rule, checked like setOfferingCoverage, and never written.
const PREVIEW = graphql(`
  query PreviewReach($i: SetOfferingCoverageInput!) {
    previewOfferingCoverage(input: $i) {
      schools municipalities municipalityCodes provinces schoolsInOverlap
      drawnAreaKm2 shareOfSchools warnings
    }
  }`);
const RAW = `query Raw($i: SetOfferingCoverageInput!) { previewOfferingCoverage(input: $i) { schools } }`;
const AS_OPERATOR = { authorization: `Bearer ${OPERATOR_TOKEN}` };

describe('coverage reach preview', () => {
  let t: TestApp;
  let offeringId: string;
  let coverageBefore: unknown;

  beforeAll(async () => {
    t = await startTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
    const [row] = (await t.db.query(
      `SELECT o.id FROM offering o JOIN organisation g ON g.id = o.organisation_id
        WHERE g.name = 'JINC' AND o.title = 'Bliksemstage'`,
    )) as { id: string }[];
    offeringId = row!.id;
    coverageBefore = await t.db.query(
      `SELECT * FROM coverage_area WHERE offering_id = $1 ORDER BY id`,
      [offeringId],
    );
  }, 120_000);

  afterAll(async () => {
    // Nothing any preview asked for was written.
    expect(
      await t.db.query(`SELECT * FROM coverage_area WHERE offering_id = $1 ORDER BY id`, [
        offeringId,
      ]),
    ).toEqual(coverageBefore);
    await t?.close();
  }, 60_000);

  /** The preview, as the operator, of drawing `areas` for the offering (nothing is saved). */
  const preview = (areas: SetOfferingCoverageInput['areas']) =>
    t.gql(PREVIEW, { i: { offeringId, areas } }, AS_OPERATOR);

  it('counts the schools and municipalities a circle reaches, with its surface', async () => {
    const res = await preview([
      { kind: 'RADIUS', center: { lat: 51.918, lng: 4.399 }, radiusKm: 5 },
    ]);
    expect(res.errors).toBeUndefined();
    const reach = res.data!.previewOfferingCoverage;
    expect(reach.schools).toBeGreaterThan(0);
    expect(reach.municipalityCodes).toContain('GM0606');
    expect(reach.municipalities).toBe(reach.municipalityCodes.length);
    expect(reach.drawnAreaKm2).toBeCloseTo(78.5, 0);
    expect(reach.warnings).toEqual([]);
  }, 30_000);

  it('warns about very large, overlapping and empty drafts', async () => {
    const big = await preview([
      { kind: 'NATIONAL' },
      { kind: 'MUNICIPALITY', municipalityCode: 'GM0606' },
    ]);
    expect(big.data!.previewOfferingCoverage).toMatchObject({
      shareOfSchools: 1,
      warnings: ['VERY_LARGE', 'OVERLAPPING'],
    });
    // A small square in the North Sea off Scheveningen reaches nobody.
    const sea = await preview([
      {
        kind: 'POLYGON',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [4.0, 52.2],
              [4.05, 52.2],
              [4.05, 52.25],
              [4.0, 52.25],
              [4.0, 52.2],
            ],
          ],
        },
      },
    ]);
    expect(sea.data!.previewOfferingCoverage).toMatchObject({
      schools: 0,
      warnings: ['REACHES_NOTHING'],
    });
  }, 30_000);

  it('refuses a self-crossing drawing, absurd coordinates and huge input, naming the area', async () => {
    const bowTie = { kind: 'POLYGON', geometry: BOW_TIE_POLYGON };
    const cases: [unknown, RegExp][] = [
      [bowTie, /^areas(\[0\]|\.0)/],
      [{ kind: 'RADIUS', center: { lat: 1e308, lng: 4.4 }, radiusKm: 5 }, /^areas(\[0\]|\.0)/],
      [{ kind: 'RADIUS', center: { lat: 51.9, lng: 4.4 }, radiusKm: 1e9 }, /^areas(\[0\]|\.0)/],
      [{ kind: 'MUNICIPALITY', municipalityCode: 'GM0606\u0000' }, /areas/],
      [{ kind: 'MUNICIPALITY', municipalityCode: 'x'.repeat(100_000) }, /areas/],
    ];
    for (const [area, field] of cases) {
      const res = await t.gql(RAW, { i: { offeringId, areas: [area] } }, AS_OPERATOR);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.fields?.[0]?.field).toMatch(field);
    }
    const anonymous = await t.gql(RAW, { i: { offeringId, areas: [{ kind: 'NATIONAL' }] } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }, 60_000);
});
