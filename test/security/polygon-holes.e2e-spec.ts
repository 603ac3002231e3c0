import { jest } from '@jest/globals';
import { OPERATOR_TOKEN } from '../accounts/accounts-support.js';
import type { TestApp } from '../support/test-app.js';
import { countRows, healthyAppPerSuite, MODES, writableCounts } from './security-support.js';

jest.setTimeout(180_000);

// Coverage polygons whose holes contradict the shell are refused per area, naming the hole,
// and nothing is stored: the offering keeps its previous coverage.

const ADMIN = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const SET = 'mutation ($i: SetOfferingCoverageInput!) { setOfferingCoverage(input: $i) { id } }';

const box = (w: number, s: number, e: number, n: number): number[][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const SHELL = box(4.4, 51.9, 4.5, 52.0);

const BAD_HOLES: [name: string, hole: number[][]][] = [
  ['outside the shell', box(4.6, 51.9, 4.7, 52.0)],
  ['crossing the shell', box(4.45, 51.95, 4.55, 51.97)],
  ['equal to the shell', SHELL],
];

describe.each(MODES)('polygon holes (NODE_ENV=%s)', (mode) => {
  let t: TestApp;
  let offeringId: string;

  healthyAppPerSuite({ NODE_ENV: mode, ADMIN_API_TOKEN: OPERATOR_TOKEN }, (app) => (t = app));

  beforeEach(async () => {
    // Any offering of the demo data will do; each test reads it afresh.
    const rows = (await t.db.query(
      `SELECT id FROM offering WHERE status = 'ACTIVE' ORDER BY title, id LIMIT 1`,
    )) as {
      id: string;
    }[];
    offeringId = rows[0]!.id;
  }, 60_000);

  it.each(BAD_HOLES)('refuses a hole %s and writes nothing', async (_name, hole) => {
    const before = await writableCounts(t);
    const areasBefore = await countRows(t, 'coverage_area', `offering_id = '${offeringId}'`);
    const res = await t.gql(
      SET,
      {
        i: {
          offeringId,
          areas: [{ kind: 'POLYGON', geometry: { type: 'Polygon', coordinates: [SHELL, hole] } }],
        },
      },
      ADMIN,
    );
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).toMatch(/coordinates\[1\]/);
    expect(JSON.stringify(res.errors)).toMatch(/[Gg]at 1/);
    expect(JSON.stringify(res.errors)).not.toMatch(/INTERNAL_SERVER_ERROR|stacktrace/);
    expect(await writableCounts(t)).toEqual(before);
    expect(await countRows(t, 'coverage_area', `offering_id = '${offeringId}'`)).toBe(areasBefore);
  });

  it('accepts a hole inside the shell (the check is not a blanket refusal)', async () => {
    const res = await t.gql(
      SET,
      {
        i: {
          offeringId,
          areas: [
            {
              kind: 'POLYGON',
              geometry: { type: 'Polygon', coordinates: [SHELL, box(4.42, 51.92, 4.44, 51.94)] },
            },
          ],
        },
      },
      ADMIN,
    );
    expect(res.errors).toBeUndefined();
    expect(await countRows(t, 'coverage_area', `offering_id = '${offeringId}'`)).toBe(1);
  });
});
