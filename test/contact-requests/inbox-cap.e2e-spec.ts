import { startTestApp, type TestApp } from '../support/test-app.js';
import { post, signInHeaders } from '../accounts/accounts-support.js';

// The inbox lists the newest 500 requests; contactRequestInboxTotal says how many there are in
// all (per chosen statuses), so the page can tell a partner with more that the list is cut.
const INBOX = `query ($o: ID, $s: [ContactRequestStatus!]) {
  contactRequestInbox(organisationId: $o, statuses: $s) { id }
  contactRequestInboxTotal(organisationId: $o, statuses: $s) }`;

const SCHOOL_REQUESTS = `query ($c: String!, $s: [ContactRequestStatus!]) {
  schoolContactRequests(vestigingscode: $c, statuses: $s) { id status }
  schoolContactRequestsTotal(vestigingscode: $c, statuses: $s) }`;

describe('an inbox with more than 500 contact requests', () => {
  let t: TestApp;
  let orgId: string;
  let headers: Record<string, string>;
  let schoolCode: string;
  let staffHeaders: Record<string, string>;
  let oldestAccepted: string;

  beforeAll(async () => {
    t = await startTestApp();
    const [offering] = (await t.db.query(
      `SELECT f.id, f.organisation_id FROM offering f ORDER BY f.title, f.id LIMIT 1`,
    )) as { id: string; organisation_id: string }[];
    const [school] = (await t.db.query(
      `SELECT vestigingscode FROM school ORDER BY vestigingscode LIMIT 1`,
    )) as {
      vestigingscode: string;
    }[];
    orgId = offering!.organisation_id;
    // 501 requests in one statement (each with its own kenmerk from the column default), a
    // minute apart: the newest (n = 1) and the oldest (n = 501, past the newest 500) accepted.
    const rows = (await t.db.query(
      `INSERT INTO contact_request (vestigingscode, offering_id, sender_name, sender_email, message, status, created_at)
       SELECT $1, $2, 'Juf Anna', 'anna' || n || '@voorbeeldschool.nl', 'Graag contact',
              CASE WHEN n IN (1, 501) THEN 'ACCEPTED' ELSE 'REQUESTED' END,
              now() - n * interval '1 minute'
         FROM generate_series(1, 501) AS n
       RETURNING id, sender_email`,
      [school!.vestigingscode, offering!.id],
    )) as { id: string; sender_email: string }[];
    oldestAccepted = rows.find((r) => r.sender_email === 'anna501@voorbeeldschool.nl')!.id;
    schoolCode = school!.vestigingscode;
    ({ editor: headers, staff: staffHeaders } = await signInHeaders(t, {
      editor: { email: 'editor@partner.example.nl', role: 'PARTNER_EDITOR', organisationId: orgId },
      staff: { email: 'ib@cap-school.example.nl', role: 'SCHOOL_STAFF', schoolCodes: [schoolCode] },
    }));
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('lists the newest 500 and says there are 501 in all', async () => {
    const res = await post<{ contactRequestInbox: unknown[]; contactRequestInboxTotal: number }>(
      t,
      INBOX,
      { o: orgId },
      headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.contactRequestInbox).toHaveLength(500);
    expect(res.data!.contactRequestInboxTotal).toBe(501);
  });

  it('counts only the chosen statuses', async () => {
    const res = await post<{ contactRequestInbox: unknown[]; contactRequestInboxTotal: number }>(
      t,
      INBOX,
      { o: orgId, s: ['ACCEPTED'] },
      headers,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.contactRequestInbox).toHaveLength(2);
    expect(res.data!.contactRequestInboxTotal).toBe(2);
  });

  it('lists a school’s newest 500 and says there are 501 in all, to its staff only', async () => {
    const res = await post<{
      schoolContactRequests: unknown[];
      schoolContactRequestsTotal: number;
    }>(t, SCHOOL_REQUESTS, { c: schoolCode }, staffHeaders);
    expect(res.errors).toBeUndefined();
    expect(res.data!.schoolContactRequests).toHaveLength(500);
    expect(res.data!.schoolContactRequestsTotal).toBe(501);
    // The partner's editor is not the school's staff: refused, no count leaks.
    const other = await post(t, SCHOOL_REQUESTS, { c: schoolCode }, headers);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data ?? null).toBeNull();
  });

  it('lists a school’s accepted requests when asked, the one older than the newest 500 too', async () => {
    type Listed = { schoolContactRequests: { id: string }[]; schoolContactRequestsTotal: number };
    // Unfiltered, the accepted request of a minute before the newest 500 is not in the list.
    const all = await post<Listed>(t, SCHOOL_REQUESTS, { c: schoolCode }, staffHeaders);
    expect(all.data!.schoolContactRequests.map((r) => r.id)).not.toContain(oldestAccepted);
    // Asked for the statuses a collaboration starts from, as /samenwerkingen does: it is.
    const s = ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'];
    const res = await post<Listed>(t, SCHOOL_REQUESTS, { c: schoolCode, s }, staffHeaders);
    expect(res.errors).toBeUndefined();
    expect(res.data!.schoolContactRequests).toHaveLength(2);
    expect(res.data!.schoolContactRequests.map((r) => r.id)).toContain(oldestAccepted);
    expect(res.data!.schoolContactRequestsTotal).toBe(2);
    // The same rules as without statuses: the partner's editor is not the school's staff.
    const other = await post(t, SCHOOL_REQUESTS, { c: schoolCode, s }, headers);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data ?? null).toBeNull();
  }, 60_000);

  it('pages on past the newest 500 from the last request loaded, the inbox and a school’s list alike', async () => {
    const PAGE = `query ($o: ID, $c: String!, $s: [ContactRequestStatus!], $b: ID) {
      contactRequestInbox(organisationId: $o, statuses: $s, before: $b) { id }
      schoolContactRequests(vestigingscode: $c, statuses: $s, before: $b) { id } }`;
    type Paged = { contactRequestInbox: { id: string }[]; schoolContactRequests: { id: string }[] };
    const admin = (
      await signInHeaders(t, {
        admin: { email: 'admin@cap-paging.example.nl', role: 'ADMIN' },
      })
    ).admin;
    const page = async (b: string | null, s?: string[]) => {
      const res = await post<Paged>(t, PAGE, { o: orgId, c: schoolCode, s: s ?? null, b }, admin);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const first = await page(null);
    const last = first.contactRequestInbox.at(-1)!.id;
    expect(first.schoolContactRequests.at(-1)!.id).toBe(last);
    const second = await page(last);
    // The second page holds the one request past the newest 500: the oldest, accepted.
    expect(second.contactRequestInbox.map((r) => r.id)).toEqual([oldestAccepted]);
    expect(second.schoolContactRequests.map((r) => r.id)).toEqual([oldestAccepted]);
    // Together the pages hold all 501, each once.
    const ids = new Set(
      [...first.contactRequestInbox, ...second.contactRequestInbox].map((r) => r.id),
    );
    expect(ids.size).toBe(501);
    // Within the accepted ones: after the newest, the older one.
    const accepted = ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'];
    const newest = (await page(null, accepted)).schoolContactRequests[0]!.id;
    expect((await page(newest, accepted)).schoolContactRequests.map((r) => r.id)).toEqual([
      oldestAccepted,
    ]);
    // Past the end: an empty page, not an error.
    expect((await page(oldestAccepted)).contactRequestInbox).toEqual([]);
  }, 60_000);

  it('skips nothing when a request of the first page leaves the list before the next page', async () => {
    // Its own school and partner (not the ones above): 503 accepted requests, three at a time
    // made in the same instant, so the order within a tie must hold between pages too.
    const [offering] = (await t.db.query(
      `SELECT id, organisation_id FROM offering WHERE organisation_id <> $1 ORDER BY title, id LIMIT 1`,
      [orgId],
    )) as { id: string; organisation_id: string }[];
    const [school] = (await t.db.query(
      `SELECT vestigingscode FROM school WHERE vestigingscode <> $1 ORDER BY vestigingscode LIMIT 1`,
      [schoolCode],
    )) as { vestigingscode: string }[];
    const rows = (await t.db.query(
      `INSERT INTO contact_request (vestigingscode, offering_id, sender_name, sender_email, message, status, created_at)
       SELECT $1, $2, 'Meester Bas', 'bas' || n || '@voorbeeldschool.nl', 'Graag contact', 'ACCEPTED',
              date_trunc('minute', now()) - (n / 3) * interval '1 minute'
         FROM generate_series(1, 503) AS n
       RETURNING id`,
      [school!.vestigingscode, offering!.id],
    )) as { id: string }[];
    const made = new Set(rows.map((r) => r.id));
    const { staff, editor } = await signInHeaders(t, {
      staff: {
        email: 'ib@keyset-school.example.nl',
        role: 'SCHOOL_STAFF',
        schoolCodes: [school!.vestigingscode],
      },
      editor: {
        email: 'editor@keyset-partner.example.nl',
        role: 'PARTNER_EDITOR',
        organisationId: offering!.organisation_id,
      },
    });
    const accepted = ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'];
    const lists = [
      {
        query: `query ($c: String!, $s: [ContactRequestStatus!], $b: ID) {
          list: schoolContactRequests(vestigingscode: $c, statuses: $s, before: $b) { id } }`,
        vars: { c: school!.vestigingscode, s: accepted },
        who: staff,
      },
      {
        query: `query ($s: [ContactRequestStatus!], $b: ID) {
          list: contactRequestInbox(statuses: $s, before: $b) { id } }`,
        vars: { s: accepted },
        who: editor,
      },
    ];
    const declined = new Set<string>();
    for (const [i, list] of lists.entries()) {
      const page = async (b: string | null) => {
        const res = await post<{ list: { id: string }[] }>(
          t,
          list.query,
          { ...list.vars, b },
          list.who,
        );
        expect(res.errors).toBeUndefined();
        return res.data!.list.map((r) => r.id);
      };
      const first = await page(null);
      expect(first).toHaveLength(500);
      // A request the page already has is declined meanwhile (by the partner, another tab):
      // it leaves the accepted list, the newest for the school's list, the last for the inbox.
      const gone = i === 0 ? first[0]! : first.at(-1)!;
      await t.db.query(
        `UPDATE contact_request SET status = 'DECLINED', status_reason = 'Geen plek meer' WHERE id = $1`,
        [gone],
      );
      // The next page starts right after the last request loaded: nothing is skipped or repeated.
      const second = await page(first.at(-1)!);
      declined.add(gone);
      const seen = new Set([...first, ...second]);
      expect(seen.size).toBe(first.length + second.length);
      expect([...made].filter((id) => !seen.has(id) && !declined.has(id))).toEqual([]);
    }
  }, 120_000);

  it('refuses a malformed, unknown or another list’s request as before, revealing nothing, and checks sign-in first', async () => {
    const PAGE = `query ($o: ID, $b: ID) { contactRequestInbox(organisationId: $o, before: $b) { id } }`;
    const SCHOOL_PAGE = `query ($c: String!, $b: ID) { schoolContactRequests(vestigingscode: $c, before: $b) { id } }`;
    // A request of another partner and another school, which these accounts may not see.
    const [offering] = (await t.db.query(
      `SELECT id FROM offering WHERE organisation_id <> $1 ORDER BY title, id LIMIT 1`,
      [orgId],
    )) as { id: string }[];
    const [school] = (await t.db.query(
      `SELECT vestigingscode FROM school WHERE vestigingscode <> $1 ORDER BY vestigingscode LIMIT 1`,
      [schoolCode],
    )) as { vestigingscode: string }[];
    const [foreign] = (await t.db.query(
      `INSERT INTO contact_request (vestigingscode, offering_id, sender_name, sender_email, message, status)
       VALUES ($1, $2, 'Juf Carla', 'carla@anderschool.nl', 'Graag contact', 'ACCEPTED')
       RETURNING id`,
      [school!.vestigingscode, offering!.id],
    )) as { id: string }[];
    const unknown = '00000000-0000-4000-8000-000000000000';
    const refusals = [];
    for (const b of [unknown, foreign!.id]) {
      refusals.push(await post(t, PAGE, { o: orgId, b }, headers));
      refusals.push(await post(t, SCHOOL_PAGE, { c: schoolCode, b }, staffHeaders));
    }
    for (const res of refusals) {
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // Unknown and another list's request read alike: nothing is told about the other one.
      expect(res.errors?.[0]?.message).toBe(
        'before: geen verzoek uit deze lijst; geef het id van het laatste verzoek dat de pagina al heeft (not a request of this list; give the id of the last request the page already has)',
      );
    }
    const malformed = await post(t, PAGE, { o: orgId, b: 'laatste' }, headers);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0]?.message).toMatch(/^before: is geen geldig id/);
    // Who asks is checked before the cursor: anonymous is told to sign in, another school's
    // reader is refused, neither hears about `before`.
    for (const res of [
      await post(t, PAGE, { o: orgId, b: 'laatste' }),
      await post(t, SCHOOL_PAGE, { c: schoolCode, b: unknown }),
    ]) {
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
    const other = await post(t, SCHOOL_PAGE, { c: schoolCode, b: 'laatste' }, headers);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data ?? null).toBeNull();
  }, 60_000);
});
