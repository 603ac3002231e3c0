import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, parse } from 'graphql';
import { jitExecutionStats } from '../../apps/api/src/graphql/jit-execution.plugin.js';
import { LoadersFactory } from '../../apps/api/src/graphql/loaders.factory.js';
import { suiteTestApp } from '../support/test-app.js';

// matchPartners and searchOfferings run on graphql-jit (compiled per document). The answer
// over HTTP must equal what graphql-js gives for the same document, schema and data —
// whatever the document does with fragments, aliases, directives and defaults.
describe('compiled execution (graphql-jit) gives graphql-js answers', () => {
  const t = suiteTestApp();

  async function withGraphqlJs(query: string, variables?: Record<string, unknown>) {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const req = { ip: '10.9.9.9', headers: {}, socket: { remoteAddress: '10.9.9.9' } };
    const result = await execute({
      schema,
      document: parse(query),
      variableValues: variables,
      contextValue: { req, loaders: t.app.get(LoadersFactory).create() },
    });
    expect(result.errors).toBeUndefined();
    return JSON.parse(JSON.stringify(result.data)) as unknown;
  }

  const MATCH = `
    query Match($input: MatchPartnersInput!, $withBundle: Boolean = true) {
      __typename
      matchPartners(input: $input) {
        totalMatches uncoveredNeeds uncoveredText
        matches {
          ...MatchCard
          reasons { code text params }
          isStale
          organisation { id name type }
        }
        bundle @include(if: $withBundle) { offeringIds needsCovered offerings { id title } }
      }
      second: matchPartners(input: { vestigingscode: "ZZ0101", limit: 3 }) {
        matches { offeringId score }
      }
    }
    fragment MatchCard on PartnerMatch {
      offeringId score distanceKm needsMet full
      matchedArea { kind label }
      offering { id title ... on Offering { cost { type amountEur } deliveryModes } }
    }`;

  const SEARCH = `
    query Search($input: SearchOfferingsInput!) {
      searchOfferings(input: $input) {
        total engine
        hits {
          offeringId distanceKm isStale
          highlights { field segments { text match } }
          reasons { code text }
          offering { id title }
          organisation { id name }
        }
        facets { field values { value count } }
      }
    }`;

  it.each([
    [
      'a school, weighted and unweighted needs, groep',
      MATCH,
      {
        input: {
          vestigingscode: 'ZZ0100',
          needs: [{ code: 'EXTRA_LEERTIJD' }, { code: 'OUDERBETROKKENHEID', weight: 2 }],
          groepMin: 6,
          groepMax: 8,
          limit: 10,
        },
        withBundle: false,
      },
    ],
    [
      'a point with its municipality, no needs',
      MATCH,
      {
        input: { location: { lat: 51.9192, lng: 4.3997, municipalityCode: 'GM0606' } },
      },
    ],
    [
      'sorted by distance on the server, a language filter, the second page',
      `query SortedPage($input: MatchPartnersInput!) {
        matchPartners(input: $input) {
          totalMatches languages municipalityCode
          matches { offeringId distanceKm offering { id languages lastConfirmedAt } }
        }
      }`,
      {
        input: {
          location: { lat: 51.9192, lng: 4.3997 },
          sort: 'DISTANCE',
          filters: { languages: ['nl'] },
          offset: 2,
          limit: 3,
        },
      },
    ],
    [
      'by last confirmation',
      MATCH,
      { input: { vestigingscode: 'ZZ0100', sort: 'RECENTLY_CONFIRMED', limit: 5 } },
    ],
    [
      'a text search scoped to a school, sorted by distance',
      SEARCH,
      {
        input: { text: 'lezen', vestigingscode: 'ZZ0100', sort: 'DISTANCE' },
      },
    ],
    [
      'a filtered browse',
      SEARCH,
      {
        input: { text: '', filters: { costTypes: ['FREE'] }, limit: 5, offset: 1 },
      },
    ],
    [
      'a funding-route filter',
      SEARCH,
      {
        input: { text: 'school', filters: { fundingRoutes: ['NPO', 'OAB_GEMEENTE'] }, limit: 5 },
      },
    ],
    [
      'a language filter in a search',
      SEARCH,
      {
        input: { text: '', filters: { languages: ['NL', 'tr'] }, sort: 'UPDATED', limit: 5 },
      },
    ],
  ])('%s', async (_name, query, variables) => {
    const before = jitExecutionStats();
    const http = await t.gql(query, variables);
    expect(http.errors).toBeUndefined();
    expect(jitExecutionStats().compiledAnswers).toBe(before.compiledAnswers + 1);
    expect(http.data).toEqual(await withGraphqlJs(query, variables));
  });

  it('leaves errors to Apollo: same codes, messages and status as without compilation', async () => {
    const before = jitExecutionStats();
    const res = await t.gql(MATCH, { input: { vestigingscode: 'QQ9999' } });
    // A refusal of the input answers 400 on both paths (bad-input-status.plugin.ts).
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/vestigingscode/);
    const coercion = await t.gql(MATCH, { input: { vestigingscode: 'ZZ0100', limit: 'veel' } });
    expect(coercion.status).toBe(400);
    expect(coercion.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(jitExecutionStats().handedToApollo).toBe(before.handedToApollo + 2);
  });
});
