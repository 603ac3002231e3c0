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
      `SELECT f.id, f.organisation_id FROM offering f ORDER BY f.id LIMIT 1`,
    )) as { id: string; organisation_id: string }[];
    const [school] = (await t.db.query(`SELECT vestigingscode FROM school LIMIT 1`)) as {
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

  it('pages on past the newest 500 with offset, the inbox and a school’s list alike', async () => {
    const PAGE = `query ($o: ID, $c: String!, $s: [ContactRequestStatus!], $n: Int!) {
      contactRequestInbox(organisationId: $o, statuses: $s, offset: $n) { id }
      schoolContactRequests(vestigingscode: $c, statuses: $s, offset: $n) { id } }`;
    type Paged = { contactRequestInbox: { id: string }[]; schoolContactRequests: { id: string }[] };
    const admin = (
      await signInHeaders(t, {
        admin: { email: 'admin@cap-paging.example.nl', role: 'ADMIN' },
      })
    ).admin;
    const page = async (n: number, s?: string[]) => {
      const res = await post<Paged>(t, PAGE, { o: orgId, c: schoolCode, s: s ?? null, n }, admin);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const first = await page(0);
    const second = await page(500);
    // The second page holds the one request past the newest 500: the oldest, accepted.
    expect(second.contactRequestInbox.map((r) => r.id)).toEqual([oldestAccepted]);
    expect(second.schoolContactRequests.map((r) => r.id)).toEqual([oldestAccepted]);
    // Together the pages hold all 501, each once.
    const ids = new Set(
      [...first.contactRequestInbox, ...second.contactRequestInbox].map((r) => r.id),
    );
    expect(ids.size).toBe(501);
    // Within the accepted ones: the newest first, the older one after skipping one.
    const accepted = ['ACCEPTED', 'IN_CONVERSATION', 'STARTED'];
    expect((await page(1, accepted)).schoolContactRequests.map((r) => r.id)).toEqual([
      oldestAccepted,
    ]);
    // Past the end: an empty page, not an error.
    expect((await page(501)).contactRequestInbox).toEqual([]);
  }, 60_000);

  it('refuses a negative or too large offset, naming it, and keeps the rules for who may page', async () => {
    const PAGE = `query ($o: ID, $n: Int!) { contactRequestInbox(organisationId: $o, offset: $n) { id } }`;
    for (const n of [-1, 1_000_001]) {
      const res = await post(t, PAGE, { o: orgId, n }, headers);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/^offset: kies een geheel getal van 0 tot en met/);
    }
    const SCHOOL_PAGE = `query ($c: String!) { schoolContactRequests(vestigingscode: $c, offset: 500) { id } }`;
    const other = await post(t, SCHOOL_PAGE, { c: schoolCode }, headers);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data ?? null).toBeNull();
  }, 60_000);
});
