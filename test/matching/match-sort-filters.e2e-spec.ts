import { graphql } from '../generated/gql.js';
import type { MatchPartnersInput, SortedMatchQuery } from '../generated/graphql.js';
import { suiteTestApp } from '../support/test-app.js';

const TOKEN = 'test-admin-token-0123456789abcdef';

const SORTED_MATCH = graphql(`
  query SortedMatch($input: MatchPartnersInput!) {
    matchPartners(input: $input) {
      municipalityCode
      totalMatches
      languages
      matches {
        offeringId full distanceKm
        offering { lastConfirmedAt languages }
      }
    }
  }`);
const PICK_SCHOOL = graphql(`
  query PickSortSchool {
    schools(municipalityCode: "GM0606", sector: PO, first: 1) { nodes { vestigingscode } }
  }`);
const SET_LANGUAGES = graphql(`
  mutation SetLanguages($id: ID!, $input: OfferingFieldsInput!) {
    updateOffering(offeringId: $id, input: $input) { languages }
  }`);

type Match = SortedMatchQuery['matchPartners']['matches'][number];

// The order of a list sorted in the browser from the relevance list: key first, then the
// relevance rank; offerings without a place this year stay last. The server must give this.
function reordered(all: readonly Match[], key: (m: Match) => number): string[] {
  return all
    .map((m, rank) => ({ m, rank }))
    .sort((a, b) => Number(a.m.full) - Number(b.m.full) || key(a.m) - key(b.m) || a.rank - b.rank)
    .map(({ m }) => m.offeringId);
}

// Sorting and the language filter run in matchPartners (decision 0023), so a page and the
// total are those of all matches, not of the loaded ones.
describe('matchPartners: order, language filter and pages on the server', () => {
  const t = suiteTestApp({ ADMIN_API_TOKEN: TOKEN });
  let school: string;

  beforeAll(async () => {
    const res = await t.gql(PICK_SCHOOL, {});
    school = res.data!.schools.nodes[0]!.vestigingscode;
  }, 120_000);

  const match = async (input: Omit<MatchPartnersInput, 'vestigingscode'>) => {
    const res = await t.gql(SORTED_MATCH, { input: { vestigingscode: school, ...input } });
    expect(res.errors).toBeUndefined();
    return res.data!.matchPartners;
  };
  const ids = (r: { matches: Match[] }) => r.matches.map((m) => m.offeringId);
  const setLanguages = async (id: string, languages: string[]) => {
    const res = await t.gql(
      SET_LANGUAGES,
      { id, input: { languages } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(res.errors).toBeUndefined();
  };

  it('sorts by distance over all matches, before the limit', async () => {
    const all = await match({ needs: [], limit: 100 });
    expect(all.totalMatches).toBeGreaterThan(5);
    const nearest = reordered(all.matches, (m) => m.distanceKm ?? Infinity);
    // The demo data has partners near and far: the order really differs from relevance.
    expect(nearest).not.toEqual(ids(all));
    const top3 = await match({ needs: [], sort: 'DISTANCE', limit: 3 });
    expect(ids(top3)).toEqual(nearest.slice(0, 3));
    expect(top3.totalMatches).toBe(all.totalMatches);
  });

  it('sorts by the last confirmation, newest first, never confirmed last', async () => {
    const all = await match({ needs: [], limit: 100 });
    const time = (m: Match) =>
      m.offering.lastConfirmedAt ? -new Date(m.offering.lastConfirmedAt as string).getTime() : 0;
    const sorted = await match({ needs: [], sort: 'RECENTLY_CONFIRMED', limit: 100 });
    expect(ids(sorted)).toEqual(reordered(all.matches, time));
  });

  it('pages: offset and limit cut the same sorted list, the total stays', async () => {
    const ten = await match({ needs: [], sort: 'DISTANCE', limit: 10 });
    const first = await match({ needs: [], sort: 'DISTANCE', limit: 5 });
    const second = await match({ needs: [], sort: 'DISTANCE', limit: 5, offset: 5 });
    expect([...ids(first), ...ids(second)]).toEqual(ids(ten).slice(0, 10));
    expect(second.totalMatches).toBe(ten.totalMatches);
    const past = await match({ needs: [], limit: 5, offset: ten.totalMatches });
    expect(past.matches).toEqual([]);
  });

  it('filters by language over all matches and offers every language to choose from', async () => {
    const all = await match({ needs: [], limit: 100 });
    const [a, b] = ids(all);
    await setLanguages(a!, ['nl', 'tr']);
    await setLanguages(b!, ['ar']);
    const turkish = await match({ needs: [], filters: { languages: ['tr'] } });
    expect(ids(turkish)).toEqual([a]);
    expect(turkish.totalMatches).toBe(1);
    // The choices are those of all matches, not only of the filtered ones.
    expect(turkish.languages).toEqual(expect.arrayContaining(['ar', 'nl', 'tr']));
    const either = await match({ needs: [], filters: { languages: ['AR', 'tr'] }, limit: 100 });
    expect(new Set(ids(either))).toEqual(new Set([a, b]));
    const nobody = await match({ needs: [], filters: { languages: ['pl'] } });
    expect(nobody.totalMatches).toBe(0);
  }, 30_000);

  it('reads a language tag in the filter as an offering write reads it (nl-NL, tr_TR, " TR ")', async () => {
    const all = await match({ needs: [], limit: 100 });
    const [a] = ids(all);
    await setLanguages(a!, ['nl-NL', 'tr']);
    const tagged = await match({ needs: [], filters: { languages: [' TR ', 'tr_TR'] } });
    expect(ids(tagged)).toEqual([a]);
    // A blank entry names no language: dropped, as an offering's write drops it.
    expect(ids(await match({ needs: [], filters: { languages: ['', ' TR ', '  '] } }))).toEqual([
      a,
    ]);
    const dutch = await match({ needs: [], filters: { languages: ['nl-NL'] }, limit: 100 });
    expect(ids(dutch)).toContain(a);
    expect(dutch.totalMatches).toBe(
      (await match({ needs: [], filters: { languages: ['nl'] }, limit: 100 })).totalMatches,
    );
  }, 30_000);

  it('takes a point without a municipality: the nearest school decides it', async () => {
    const res = await t.gql(SORTED_MATCH, {
      input: { location: { lat: 51.9175, lng: 4.3989 }, needs: [], sort: 'DISTANCE' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.matchPartners.municipalityCode).toBe('GM0606');
    expect(res.data!.matchPartners.totalMatches).toBeGreaterThan(0);
  });

  describe('bad input names the field', () => {
    const bad = async (input: Record<string, unknown>, field: string) => {
      const res = await t.gql(SORTED_MATCH, { input: { vestigingscode: school, ...input } });
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT/);
      expect(res.errors![0]!.message).toContain(field);
      return res;
    };

    it('a language that is no code', async () => {
      const res = await bad({ filters: { languages: ['Nederlands'] } }, 'languages');
      expect(res.errors![0]!.message).toMatch(/taalcode/);
    });

    it('a language tag that is no tag, next to one that is', async () => {
      const res = await bad({ filters: { languages: ['nl-NL', 'nl NL'] } }, 'languages');
      expect(res.errors![0]!.message).toMatch(/taalcode/);
      await bad({ filters: { languages: ['n'] } }, 'languages');
      await bad({ filters: { languages: ['nl-'] } }, 'languages');
    });

    it('too many languages', async () => {
      const many = ['aa', 'ab', 'ae', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay'];
      await bad({ filters: { languages: many } }, 'languages');
    });

    it('an offset out of range', async () => {
      await bad({ offset: -1 }, 'offset');
      await bad({ offset: 100_000 }, 'offset');
    });

    it('an unknown sort', async () => {
      await bad({ sort: 'NEAREST' }, 'sort');
    });

    it('a malformed municipality next to a point', async () => {
      const res = await t.gql(SORTED_MATCH, {
        input: { location: { lat: 51.9, lng: 4.4, municipalityCode: 'Schiedam' }, needs: [] },
      });
      expect(res.errors?.[0]?.message).toContain('municipalityCode');
    });
  });
});
