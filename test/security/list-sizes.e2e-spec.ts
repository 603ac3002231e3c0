import { suiteTestApp } from '../support/test-app.js';
import { expectHealthy, expectRefused, writableCounts } from './security-support.js';

// A typed list in the variables is refused by its length before graphql-js coerces its items
// and class-validator walks them (common/input-hygiene: MAX_LIST_ITEMS). Before, an anonymous
// matchPartners with 50,000 needs (1 MB) held the event loop for about 7 s and was only then
// refused with "at most 11 needs".
describe('typed lists in the variables are capped before their items are handled', () => {
  const t = suiteTestApp();

  it('refuses 5,000 needs for matchPartners by the list length, naming the list', async () => {
    const res = await t.gql(
      'query ($i: MatchPartnersInput!) { matchPartners(input: $i) { matches { score } } }',
      {
        i: {
          vestigingscode: 'ZZ0100',
          needs: Array.from({ length: 5_000 }, () => ({ code: 'TAAL_LEZEN' })),
        },
      },
    );
    expectRefused(res, 'BAD_USER_INPUT', { reason: 'TOO_MANY' });
    expect(res.status).toBe(400);
    expect(res.errors![0]!.message).toBe(
      '$i.needs: te veel items: hoogstens 1000 (too many items: at most 1000)',
    );
    expect(res.errors![0]!.extensions!.fields).toEqual([
      {
        field: '$i.needs',
        message: 'te veel items: hoogstens 1000 (too many items: at most 1000)',
        code: 'TOO_MANY',
        // The catalogue's TOO_MANY sentence names the limit.
        params: { max: 1000 },
      },
    ]);
    await expectHealthy(t);
  }, 60_000);

  it('refuses a long list of ids in an inline argument’s variable the same way', async () => {
    const before = await writableCounts(t);
    const res = await t.gql('query ($ids: [ID!]!) { scenariosXlsx(ids: $ids) }', {
      ids: Array.from(
        { length: 1_001 },
        (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      ),
    });
    expectRefused(res, 'BAD_USER_INPUT', { reason: 'TOO_MANY' });
    expect(res.errors![0]!.message).toMatch(/^\$ids: te veel items: hoogstens 1000/);
    expect(await writableCounts(t)).toEqual(before);
  }, 60_000);

  it('still answers a list within its own cap, and refuses one just over it as before', async () => {
    const types = await t.gql<{ interventionTypes: { code: string }[] }>(
      '{ interventionTypes { code } }',
    );
    const codes = types.data!.interventionTypes.map((x) => x.code);
    const match = (needs: unknown[]) =>
      t.gql('query ($i: MatchPartnersInput!) { matchPartners(input: $i) { matches { score } } }', {
        i: { vestigingscode: 'ZZ0100', needs },
      });
    const ok = await match(codes.map((code) => ({ code })));
    expect(ok.errors).toBeUndefined();
    const over = await match([...codes, codes[0]].map((code) => ({ code })));
    expect(over.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(over.errors![0]!.message).toMatch(/hoogstens 11 behoeften/);
  }, 60_000);
});
