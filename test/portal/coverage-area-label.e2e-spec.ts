import request from 'supertest';
import { OPERATOR_TOKEN } from '../accounts/accounts-support.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

// A drawn or uploaded area keeps its name (the file's) through a save: the portal's list read
// "Getekend gebied (N hoekpunten)" for every saved one, HSDS's service_area "Eigen gebied"
// (now: no name).
// And the preview's km² counts two overlapping circles once.

const AS_OPERATOR = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const SET = `mutation ($i: SetOfferingCoverageInput!) {
  setOfferingCoverage(input: $i) { coverage { kind areaLabel } } }`;
const PREVIEW = `query ($i: SetOfferingCoverageInput!) {
  previewOfferingCoverage(input: $i) { drawnAreaKm2 } }`;
const SQUARE = {
  type: 'Polygon',
  coordinates: [
    [
      [4.4, 51.9],
      [4.5, 51.9],
      [4.5, 52],
      [4.4, 52],
      [4.4, 51.9],
    ],
  ],
};

describe('a coverage area’s label', () => {
  let t: TestApp;
  let offeringId: string;

  beforeAll(async () => {
    t = await startTestApp({ ADMIN_API_TOKEN: OPERATOR_TOKEN });
    // One the HSDS feed publishes: an active offering of a verified partner. Ids are random, so
    // "the first active one" was now and then a pending partner's, which HSDS answers with 404;
    // ordered by title, the same one each run (apps/api/src/database/demo-picks.spec.ts).
    const [row] = (await t.db.query(
      `SELECT f.id FROM offering f JOIN organisation o ON o.id = f.organisation_id
        WHERE f.status = 'ACTIVE' AND o.status = 'VERIFIED' ORDER BY f.title, f.id LIMIT 1`,
    )) as { id: string }[];
    offeringId = row!.id;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  }, 60_000);

  it('keeps an uploaded area’s file name, trimmed, and names the HSDS service_area by it', async () => {
    const res = await t.gql(
      SET,
      {
        i: {
          offeringId,
          areas: [
            { kind: 'POLYGON', geometry: SQUARE, areaLabel: '  wijken-oost.geojson ' },
            { kind: 'POLYGON', geometry: SQUARE },
            // Only a drawn area has one: a label on another kind is not kept.
            { kind: 'MUNICIPALITY', municipalityCode: 'GM0606', areaLabel: 'genegeerd' },
          ],
        },
      },
      AS_OPERATOR,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      setOfferingCoverage: {
        coverage: [
          { kind: 'POLYGON', areaLabel: 'wijken-oost.geojson' },
          { kind: 'POLYGON', areaLabel: null },
          { kind: 'MUNICIPALITY', areaLabel: null },
        ],
      },
    });
    const hsds = await request(t.app.getHttpServer())
      .get(`/hsds/services/${offeringId}`)
      .set('accept', 'application/json');
    expect(hsds.status).toBe(200);
    const names = (hsds.body.service_areas as { name?: string }[]).map((a) => a.name);
    // The unnamed one has no name (HSDS's is optional): a placeholder would read back as a label.
    expect(names.slice(0, 2)).toEqual(['wijken-oost.geojson', undefined]);
  }, 60_000);

  it('refuses a label over 120 characters, naming the field', async () => {
    const res = await t.gql(
      SET,
      {
        i: {
          offeringId,
          areas: [{ kind: 'POLYGON', geometry: SQUARE, areaLabel: 'x'.repeat(121) }],
        },
      },
      AS_OPERATOR,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toMatch(/areaLabel/);
  }, 60_000);

  it('previews two overlapping circles’ km² as the surface they cover together', async () => {
    const circle = (lng: number) => ({
      kind: 'RADIUS',
      center: { lat: 51.92, lng },
      radiusKm: 3.29,
    });
    const res = await t.gql(
      PREVIEW,
      { i: { offeringId, areas: [circle(4.4), circle(4.44)] } },
      AS_OPERATOR,
    );
    expect(res.errors).toBeUndefined();
    // 68.0 km² as the sum of both; 51.5 km² covered.
    expect(
      (res.data as { previewOfferingCoverage: { drawnAreaKm2: number } }).previewOfferingCoverage
        .drawnAreaKm2,
    ).toBeCloseTo(51.5, 0);
  }, 60_000);
});
