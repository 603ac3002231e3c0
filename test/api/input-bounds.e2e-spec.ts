import { suiteTestApp, type GqlResponse } from '../support/test-app.js';

const TOKEN = 'bounds-admin-token-0123456789abcdef';

// Numbers at and past their bounds in matching and coverage input: each is refused with
// BAD_USER_INPUT naming the field, in Dutch with English in brackets, and nothing is written.
// (NaN cannot be sent: JSON has no NaN and GraphQL no NaN literal. Infinity can, as a
// literal such as 1e999, which graphql-js reads as Infinity.)
describe('input bounds', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: TOKEN });
  let offeringId: string;

  beforeAll(async () => {
    const [row] = (await t.db.query(`SELECT id FROM offering ORDER BY title, id LIMIT 1`)) as {
      id: string;
    }[];
    if (!row) throw new Error('the demo data has no offering');
    offeringId = row.id;
  }, 180_000);

  /** The answer refuses the input, names `field`, and says why in Dutch and English. */
  function expectRefused(res: GqlResponse<unknown>, field: string): void {
    expect(res.status).toBeLessThan(500);
    expect(res.data ?? null).toBeNull();
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    const problem = error?.extensions?.fields?.find((f) => f.field.endsWith(field));
    expect({ field, problem }).toEqual({
      field,
      // Dutch first, English in brackets (plus, from class-validator, a code and its params).
      problem: expect.objectContaining({
        field: expect.stringMatching(field),
        message: expect.stringMatching(/\S.*\(.+\)/),
      }),
    });
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/);
  }

  const SCHIEDAM = { lat: 51.918, lng: 4.399, municipalityCode: 'GM0606' };
  const match = (input: Record<string, unknown>) =>
    t.gql(`query ($input: MatchPartnersInput!) { matchPartners(input: $input) { totalMatches } }`, {
      input: { location: SCHIEDAM, ...input },
    });
  /** The same query with the input written inline, so a literal like 1e999 reaches the server. */
  const matchLiteral = (inputLiteral: string) =>
    t.gql(`{ matchPartners(input: ${inputLiteral}) { totalMatches } }`);

  it('accepts need weights 0.1 and 10, and refuses 0, negative, above 10 and infinite', async () => {
    for (const weight of [0.1, 10]) {
      const ok = await match({ needs: [{ code: 'MENTORING', weight }] });
      expect(ok.errors).toBeUndefined();
    }
    for (const weight of [0, -1, 0.09, 10.01, 1e308]) {
      expectRefused(await match({ needs: [{ code: 'MENTORING', weight }] }), 'weight');
    }
    expectRefused(
      await matchLiteral(
        `{ location: { lat: 51.918, lng: 4.399, municipalityCode: "GM0606" }, needs: [{ code: MENTORING, weight: 1e999 }] }`,
      ),
      'weight',
    );
  }, 60_000);

  /** The filter given as the literal 1e999 (infinite once parsed) is refused, by its name. */
  const infiniteFilterRefused = async (filter: 'maxDistanceKm' | 'maxCostEur') =>
    expectRefused(
      await matchLiteral(
        `{ location: { lat: 51.918, lng: 4.399, municipalityCode: "GM0606" }, needs: [], filters: { ${filter}: 1e999 } }`,
      ),
      filter,
    );

  it('refuses a distance filter of 0, negative, above 400 km or infinite', async () => {
    expect((await match({ needs: [], filters: { maxDistanceKm: 400 } })).errors).toBeUndefined();
    for (const maxDistanceKm of [0, -5, 400.1, 1e9]) {
      expectRefused(await match({ needs: [], filters: { maxDistanceKm } }), 'maxDistanceKm');
    }
    await infiniteFilterRefused('maxDistanceKm');
  }, 60_000);

  it('refuses a negative or infinite price limit', async () => {
    expect((await match({ needs: [], filters: { maxCostEur: 0 } })).errors).toBeUndefined();
    expectRefused(await match({ needs: [], filters: { maxCostEur: -0.01 } }), 'maxCostEur');
    await infiniteFilterRefused('maxCostEur');
  }, 60_000);

  it('refuses more than 20 codes in a filter list of the matcher (a list of repeats)', async () => {
    const codes = (code: string, n: number) => Array.from({ length: n }, () => code);
    expect(
      (
        await match({
          needs: [],
          targetGroups: codes('PUPILS', 20),
          filters: { deliveryModes: codes('DURING_SCHOOL', 20), costTypes: codes('FREE', 20) },
        })
      ).errors,
    ).toBeUndefined();
    expectRefused(await match({ needs: [], targetGroups: codes('PUPILS', 21) }), 'targetGroups');
    expectRefused(
      await match({ needs: [], filters: { deliveryModes: codes('DURING_SCHOOL', 21) } }),
      'deliveryModes',
    );
    expectRefused(
      await match({ needs: [], filters: { costTypes: codes('FREE', 21) } }),
      'costTypes',
    );
  }, 60_000);

  it('refuses an infinite or far-off location, groepen outside 1–8 and limits outside 1–100', async () => {
    expectRefused(
      await matchLiteral(
        `{ location: { lat: 1e999, lng: 4.399, municipalityCode: "GM0606" }, needs: [] }`,
      ),
      'lat',
    );
    expectRefused(await match({ location: { ...SCHIEDAM, lat: 91 }, needs: [] }), 'location');
    expectRefused(await match({ needs: [], groepMin: 0 }), 'groepMin');
    expectRefused(await match({ needs: [], groepMax: 9 }), 'groepMax');
    expectRefused(await match({ needs: [], limit: 101 }), 'limit');
  }, 60_000);

  describe('coverage areas', () => {
    const setCoverage = (areas: unknown[]) =>
      t.gql(
        `mutation ($input: SetOfferingCoverageInput!) { setOfferingCoverage(input: $input) { id } }`,
        { input: { offeringId, areas } },
        { authorization: `Bearer ${TOKEN}` },
      );
    const areaCount = async () =>
      (
        (await t.db.query(`SELECT count(*)::int AS n FROM coverage_area WHERE offering_id = $1`, [
          offeringId,
        ])) as { n: number }[]
      )[0]!.n;
    const center = { lat: 52, lng: 5 };

    it('refuses a radius of 0, negative, above 400 km or infinite, and writes nothing', async () => {
      const before = await areaCount();
      for (const radiusKm of [0, -3, 0.09, 400.01, 1e9]) {
        expectRefused(await setCoverage([{ kind: 'RADIUS', center, radiusKm }]), 'radiusKm');
      }
      const literal = await t.gql(
        `mutation { setOfferingCoverage(input: { offeringId: "${offeringId}", areas: [{ kind: RADIUS, center: { lat: 52, lng: 5 }, radiusKm: 1e999 }] }) { id } }`,
        {},
        { authorization: `Bearer ${TOKEN}` },
      );
      expectRefused(literal, 'radiusKm');
      expect(await areaCount()).toBe(before);
    }, 60_000);

    it('refuses a centre with an impossible latitude or longitude', async () => {
      expectRefused(
        await setCoverage([{ kind: 'RADIUS', center: { lat: 95, lng: 5 }, radiusKm: 5 }]),
        'lat',
      );
      expectRefused(
        await setCoverage([{ kind: 'RADIUS', center: { lat: 52, lng: -181 }, radiusKm: 5 }]),
        'lng',
      );
    }, 60_000);
  });

  it('refuses a local-offerings limit outside 1–500', async () => {
    for (const limit of [0, 501]) {
      const res = await t.gql(
        `query ($limit: Int) { municipalityOfferingAreas(code: "GM0606", limit: $limit) { offerings { offeringId } } }`,
        { limit },
      );
      expectRefused(res, 'limit');
    }
  }, 60_000);
});
