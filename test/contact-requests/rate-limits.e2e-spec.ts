import { suiteTestApp, type GqlResponse } from '../support/test-app.js';

const REQUEST = `
  mutation Request($input: RequestContactInput!) {
    requestContact(input: $input) { id }
  }`;

const MATCH = `
  query ($input: MatchPartnersInput!) {
    matchPartners(input: $input) { matches { offeringId } }
  }`;

const SEARCH = `
  query ($input: SearchOfferingsInput!) {
    searchOfferings(input: $input) { total }
  }`;

interface RateLimitedExtensions {
  code: string;
  scope: string;
  retryAfterSeconds: number;
}

// The anonymous contact form and the expensive public queries are limited per client IP (and
// per sender email): the request over the limit is refused with RATE_LIMITED and the seconds
// to wait, and nothing is written. Clients are told apart by X-Forwarded-For (one trusted
// proxy hop), as behind a reverse proxy in production.
describe('rate limits', () => {
  const t = suiteTestApp({
    TRUST_PROXY_HOPS: '1',
    RATE_LIMIT_CONTACT_PER_IP: '3',
    RATE_LIMIT_CONTACT_PER_EMAIL: '2',
    RATE_LIMIT_QUERIES_PER_IP: '6',
  });
  const SCHIEDAM = 'ZZ0100';
  let offerings: string[]; // reach the Schiedam school

  beforeAll(async () => {
    const res = await t.gql<{ matchPartners: { matches: { offeringId: string }[] } }>(
      MATCH,
      { input: { vestigingscode: SCHIEDAM, limit: 100 } },
      from('192.0.2.250'),
    );
    offerings = res.data!.matchPartners.matches.map((m) => m.offeringId);
    expect(offerings.length).toBeGreaterThanOrEqual(4);
  }, 120_000);

  function from(ip: string): Record<string, string> {
    return { 'x-forwarded-for': ip };
  }

  const stored = async () =>
    Number(
      ((await t.db.query(`SELECT count(*)::int AS n FROM contact_request`)) as { n: number }[])[0]!
        .n,
    );

  const ask = (ip: string, email: string, offeringId: string) =>
    t.gql<{ requestContact: { id: string } }>(
      REQUEST,
      {
        input: {
          vestigingscode: SCHIEDAM,
          offeringId,
          senderName: 'Intern begeleider',
          senderEmail: email,
          message: 'Wij willen graag kennismaken.',
        },
      },
      from(ip),
    );

  function refusal(res: GqlResponse<unknown>): RateLimitedExtensions & { message: string } {
    expect(res.status).toBe(200);
    expect(res.data ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    const error = res.errors![0]!;
    return { message: error.message, ...(error.extensions as unknown as RateLimitedExtensions) };
  }

  // The wait counts down in real time: on a busy machine a second or more can pass between the
  // charges and the refusal, so the full interval, or up to a few seconds less.
  function expectWait(seconds: number, interval: number): void {
    expect(seconds).toBeLessThanOrEqual(interval);
    expect(seconds).toBeGreaterThan(interval - 5);
  }

  it('refuses the fourth contact request from one address and writes nothing', async () => {
    const before = await stored();
    for (const [i, offeringId] of offerings.slice(0, 3).entries()) {
      const ok = await ask('198.51.100.7', `ib${i}@school-a.nl`, offeringId);
      expect(ok.errors).toBeUndefined();
    }
    expect(await stored()).toBe(before + 3);

    const refused = refusal(await ask('198.51.100.7', 'ib9@school-a.nl', offerings[3]!));
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', scope: 'IP' });
    expectWait(refused.retryAfterSeconds, 1200);
    expect(refused.message).toMatch(/Te veel contactverzoeken.*over 20 minuten opnieuw/);
    expect(refused.message).toMatch(/try again in 20 minutes/);
    expect(await stored()).toBe(before + 3);

    // Another address is not affected.
    expect((await ask('198.51.100.8', 'ib9@school-a.nl', offerings[3]!)).errors).toBeUndefined();
    expect(await stored()).toBe(before + 4);
  });

  it('refuses the third request from one sender email, whatever the address', async () => {
    const before = await stored();
    expect((await ask('203.0.113.1', 'Leider@School-B.nl', offerings[0]!)).errors).toBeUndefined();
    expect((await ask('203.0.113.2', 'leider@school-b.nl', offerings[1]!)).errors).toBeUndefined();
    const refused = refusal(await ask('203.0.113.3', 'leider@school-b.nl', offerings[2]!));
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', scope: 'EMAIL' });
    expectWait(refused.retryAfterSeconds, 1800);
    expect(await stored()).toBe(before + 2);
    // The refused request did not use up the third address's budget.
    expect((await ask('203.0.113.3', 'andere@school-b.nl', offerings[2]!)).errors).toBeUndefined();
  });

  it('limits matchPartners and searchOfferings together per address, aliases included', async () => {
    const ip = from('198.51.100.60');
    const match = () => t.gql(MATCH, { input: { vestigingscode: SCHIEDAM } }, ip);
    for (let i = 0; i < 3; i++) expect((await match()).errors).toBeUndefined();
    const search = await t.gql(SEARCH, { input: { text: 'lezen' } }, ip);
    expect(search.errors).toBeUndefined();
    // Three aliases in one document are three searches: the fifth, sixth and seventh.
    const aliases = await t.gql(
      `{ a: searchOfferings(input: { text: "lezen" }) { total }
         b: searchOfferings(input: { text: "rekenen" }) { total }
         c: searchOfferings(input: { text: "ouders" }) { total } }`,
      undefined,
      ip,
    );
    expect(aliases.errors).toHaveLength(1);
    expect(aliases.errors![0]!.extensions?.code).toBe('RATE_LIMITED');
    expect((aliases.errors![0] as { path?: string[] }).path).toEqual(['c']);
    const refused = refusal(await match());
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', scope: 'IP' });
    expectWait(refused.retryAfterSeconds, 10);
    expect(refused.message).toMatch(
      new RegExp(`Te veel zoekopdrachten.*${refused.retryAfterSeconds} seconden`),
    );
    // Others still get answers.
    expect(
      (await t.gql(MATCH, { input: { vestigingscode: SCHIEDAM } }, from('198.51.100.61'))).errors,
    ).toBeUndefined();
  });

  it('counts a query answered with an error once (the compiled executor hands errors to Apollo)', async () => {
    const ip = from('198.51.100.70');
    // Valid documents whose resolver refuses the input: executed twice inside the server.
    for (let i = 0; i < 5; i++) {
      const bad = await t.gql(MATCH, { input: { vestigingscode: 'QQ9999' } }, ip);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(
      (await t.gql(MATCH, { input: { vestigingscode: SCHIEDAM } }, ip)).errors,
    ).toBeUndefined();
    expect(refusal(await t.gql(MATCH, { input: { vestigingscode: SCHIEDAM } }, ip)).code).toBe(
      'RATE_LIMITED',
    );
  });
});
