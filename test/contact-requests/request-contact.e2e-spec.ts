import { startTestApp, type GqlResponse, type TestApp } from '../support/test-app.js';

const REQUEST = `
  mutation Request($input: RequestContactInput!) {
    requestContact(input: $input) { id status createdAt }
  }`;

const MATCH = `
  query ($input: MatchPartnersInput!) {
    matchPartners(input: $input) { matches { offeringId offering { title } } }
  }`;

interface RequestResult {
  requestContact: { id: string; status: string; createdAt: string };
}

interface Row {
  vestigingscode: string;
  offering_id: string;
  sender_name: string;
  sender_email: string;
  message: string;
  status: string;
}

// requestContact over HTTP on the demo data: stored once, validated per field, never twice
// within a day, only for offerings that reach the school, and nothing written on a refusal.
describe('requestContact', () => {
  let t: TestApp;
  const SCHIEDAM = 'ZZ0100';
  let covering: string; // reaches the Schiedam school
  let notCovering: string; // works in Hilversum only

  beforeAll(async () => {
    // Many requests from one address and sender here; the limits have their own suite.
    t = await startTestApp({ RATE_LIMIT_CONTACT_PER_IP: '0', RATE_LIMIT_CONTACT_PER_EMAIL: '0' });
    const res = await t.gql<{ matchPartners: { matches: { offeringId: string }[] } }>(MATCH, {
      input: { vestigingscode: SCHIEDAM, limit: 100 },
    });
    const reaching = new Set(res.data!.matchPartners.matches.map((m) => m.offeringId));
    const rows = (await t.db.query(
      `SELECT f.id, f.title FROM offering f WHERE f.status = 'ACTIVE' ORDER BY f.title`,
    )) as { id: string; title: string }[];
    covering = rows.find((r) => r.title.startsWith('Verlengde schooldag: extra leertijd'))!.id;
    notCovering = rows.find((r) => r.title.startsWith('Huiswerk- en oefenmiddagen'))!.id;
    expect(reaching.has(covering)).toBe(true);
    expect(reaching.has(notCovering)).toBe(false);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  beforeEach(async () => {
    await t.db.query(`DELETE FROM contact_request`);
  });

  const count = async () =>
    Number(
      ((await t.db.query(`SELECT count(*)::int AS n FROM contact_request`)) as { n: number }[])[0]!
        .n,
    );

  const valid = (overrides: Record<string, unknown> = {}) => ({
    vestigingscode: SCHIEDAM,
    offeringId: covering,
    senderName: '  Fatima de Vries  ',
    senderEmail: 'f.devries@voorbeeldschool.nl',
    message: 'Wij willen graag meer weten over de verlengde schooldag voor groep 6 tot en met 8.',
    ...overrides,
  });

  function fieldsOf(res: GqlResponse<unknown>): string[] {
    expect(res.status).toBeLessThan(500);
    expect(res.data?.['requestContact' as never]).toBeFalsy();
    const error = res.errors![0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|at .*\.(js|ts):\d+/);
    return (error.extensions?.fields ?? []).map((f) => f.field);
  }

  it('stores a request with status REQUESTED and returns it', async () => {
    const res = await t.gql<RequestResult>(REQUEST, { input: valid() });
    expect(res.errors).toBeUndefined();
    const created = res.data!.requestContact;
    expect(created.status).toBe('REQUESTED');
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Math.abs(Date.parse(created.createdAt) - Date.now())).toBeLessThan(60_000);

    const rows = (await t.db.query(`SELECT * FROM contact_request WHERE id = $1`, [
      created.id,
    ])) as Row[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      vestigingscode: SCHIEDAM,
      offering_id: covering,
      sender_name: 'Fatima de Vries',
      sender_email: 'f.devries@voorbeeldschool.nl',
      status: 'REQUESTED',
    });
  });

  it('accepts a lower-case vestigingscode', async () => {
    const res = await t.gql<RequestResult>(REQUEST, { input: valid({ vestigingscode: 'zz0100' }) });
    expect(res.errors).toBeUndefined();
    expect(await count()).toBe(1);
  });

  it('refuses the same school, offering and email again within 24 hours', async () => {
    expect((await t.gql(REQUEST, { input: valid() })).errors).toBeUndefined();
    const again = await t.gql(REQUEST, {
      input: valid({ senderEmail: 'F.DeVries@Voorbeeldschool.nl', message: 'Nog een keer' }),
    });
    expect(fieldsOf(again)).toEqual(['offeringId']);
    expect(again.errors![0]!.extensions?.reason).toBe('DUPLICATE');
    expect(again.errors![0]!.message).toContain('u heeft dit al aangevraagd');
    expect(await count()).toBe(1);

    // A colleague with another address may ask; and after a day the same sender may too.
    expect(
      (await t.gql(REQUEST, { input: valid({ senderEmail: 'ib@voorbeeldschool.nl' }) })).errors,
    ).toBeUndefined();
    await t.db.query(`UPDATE contact_request SET created_at = now() - interval '25 hours'`);
    expect((await t.gql(REQUEST, { input: valid() })).errors).toBeUndefined();
    expect(await count()).toBe(3);
  });

  it('lets only one of two simultaneous identical requests through', async () => {
    const [a, b] = await Promise.all([
      t.gql(REQUEST, { input: valid() }),
      t.gql(REQUEST, { input: valid() }),
    ]);
    expect([a.errors, b.errors].filter((e) => e === undefined)).toHaveLength(1);
    expect(await count()).toBe(1);
  });

  it('refuses an offering that does not reach the school', async () => {
    const res = await t.gql(REQUEST, { input: valid({ offeringId: notCovering }) });
    expect(fieldsOf(res)).toEqual(['offeringId']);
    expect(res.errors![0]!.message).toContain('bereikt deze school niet');
    expect(await count()).toBe(0);
  });

  it('refuses an offering that is not active', async () => {
    await t.db.query(`UPDATE offering SET status = 'PAUSED' WHERE id = $1`, [covering]);
    try {
      const res = await t.gql(REQUEST, { input: valid() });
      expect(fieldsOf(res)).toEqual(['offeringId']);
      expect(res.errors![0]!.message).toContain('niet aangeboden');
    } finally {
      await t.db.query(`UPDATE offering SET status = 'ACTIVE' WHERE id = $1`, [covering]);
    }
    expect(await count()).toBe(0);
  });

  it('names unknown schools and offerings', async () => {
    const school = await t.gql(REQUEST, { input: valid({ vestigingscode: '99ZZ99' }) });
    expect(fieldsOf(school)).toEqual(['vestigingscode']);
    expect(school.errors![0]!.extensions?.reason).toBe('NOT_FOUND');

    const offering = await t.gql(REQUEST, {
      input: valid({ offeringId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(fieldsOf(offering)).toEqual(['offeringId']);
    expect(offering.errors![0]!.extensions?.reason).toBe('NOT_FOUND');

    expect(
      fieldsOf(
        await t.gql(REQUEST, { input: valid({ offeringId: "x'; DROP TABLE offering; --" }) }),
      ),
    ).toEqual(['offeringId']);
    expect(await count()).toBe(0);
  });

  it('names every bad field at once and writes nothing', async () => {
    const res = await t.gql(REQUEST, {
      input: valid({
        senderName: '   ',
        senderEmail: 'niet-een-adres',
        message: 'x'.repeat(2001),
      }),
    });
    expect(fieldsOf(res).sort()).toEqual(['message', 'senderEmail', 'senderName']);
    expect(await count()).toBe(0);

    const long = await t.gql(REQUEST, {
      input: valid({ senderName: 'n'.repeat(121), senderEmail: `${'a'.repeat(250)}@x.nl` }),
    });
    expect([...new Set(fieldsOf(long))].sort()).toEqual(['senderEmail', 'senderName']);
    expect(long.errors![0]!.message).toMatch(/120/);

    const missing = await t.gql(REQUEST, {
      input: { vestigingscode: SCHIEDAM, offeringId: covering },
    });
    expect(missing.status).toBeLessThan(500);
    expect(missing.errors![0]!.extensions?.code).toMatch(
      /BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/,
    );
    expect(await count()).toBe(0);
  });

  it('keeps the data sound at the database level too', async () => {
    await expect(
      t.db.query(
        `INSERT INTO contact_request (vestigingscode, offering_id, sender_name, sender_email, message, status)
         VALUES ($1, $2, 'A', 'a@b.nl', 'm', 'LOST')`,
        [SCHIEDAM, covering],
      ),
    ).rejects.toThrow(/check/i);
    for (const status of ['REQUESTED', 'ACCEPTED', 'DECLINED', 'IN_CONVERSATION', 'STARTED']) {
      await t.db.query(
        `INSERT INTO contact_request (vestigingscode, offering_id, sender_name, sender_email, message, status)
         VALUES ($1, $2, 'A', 'a@b.nl', 'm', $3)`,
        [SCHIEDAM, covering, status],
      );
    }
    expect(await count()).toBe(5);
  });
});
