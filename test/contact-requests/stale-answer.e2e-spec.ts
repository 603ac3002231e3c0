import { contactRequestLinkToken } from '../support/contact-requests.js';
import { suiteTestApp, type GqlResponse } from '../support/test-app.js';
import { post, signInHeaders } from '../accounts/accounts-support.js';

// A partner answers with the status the page saw (expectedStatus). A tab opened before another
// answer (a second tab, the mailed link, a colleague) is refused under the row lock: the first
// answer stays, the school gets one mail, one audit line is written. The same answer again (both
// tabs accept) is not stale: it holds already, and nothing is written again, with or without
// expectedStatus (an older client's other answers are written as before, unchecked).
const SET_STATUS = `mutation ($id: ID!, $s: ContactRequestStatus!, $r: String, $e: ContactRequestStatus) {
  setContactRequestStatus(contactRequestId: $id, status: $s, reason: $r, expectedStatus: $e) { id status statusReason } }`;
const ANSWER = `mutation ($t: String!, $s: ContactRequestStatus!, $r: String, $e: ContactRequestStatus) {
  answerContactRequestByLink(token: $t, status: $s, reason: $r, expectedStatus: $e) { id status statusReason } }`;

const EDITOR = 'editor@stale-tab.example.nl';
const REASON = 'Wij hebben dit schooljaar geen plek meer.';

describe('an answer from a page that saw an older status', () => {
  const t = suiteTestApp();
  let headers: Record<string, string>;
  let offeringId: string;
  let vestigingscode: string;
  let seq = 0;

  beforeAll(async () => {
    const [offering] = (await t.db.query(
      `SELECT id, organisation_id FROM offering ORDER BY title, id LIMIT 1`,
    )) as { id: string; organisation_id: string }[];
    const [school] = (await t.db.query(
      `SELECT vestigingscode FROM school ORDER BY vestigingscode LIMIT 1`,
    )) as { vestigingscode: string }[];
    offeringId = offering!.id;
    vestigingscode = school!.vestigingscode;
    ({ editor: headers } = await signInHeaders(t, {
      editor: { email: EDITOR, role: 'PARTNER_EDITOR', organisationId: offering!.organisation_id },
    }));
  }, 120_000);

  /** A new request (REQUESTED) from its own sender, and an answer link for it. */
  async function newRequest(): Promise<{ id: string; sender: string; token: string }> {
    const sender = `juf${++seq}@stale-tab-school.nl`;
    const [row] = (await t.db.query(
      `INSERT INTO contact_request (vestigingscode, offering_id, sender_name, sender_email, message)
       VALUES ($1, $2, 'Juf Anna', $3, 'Graag contact over groep 7') RETURNING id`,
      [vestigingscode, offeringId, sender],
    )) as { id: string }[];
    return { id: row!.id, sender, token: await contactRequestLinkToken(t.db, row!.id, 'ANSWER') };
  }

  const inbox = (id: string, s: string, e?: string, r?: string) =>
    post<{ setContactRequestStatus: { status: string; statusReason: string | null } }>(
      t,
      SET_STATUS,
      { id, s, r: r ?? null, e: e ?? null },
      headers,
    );
  const byLink = (token: string, s: string, e?: string, r?: string) =>
    post<{ answerContactRequestByLink: { status: string } }>(t, ANSWER, {
      t: token,
      s,
      r: r ?? null,
      e: e ?? null,
    });

  async function stored(id: string, sender: string) {
    const [row] = (await t.db.query(
      `SELECT status, status_reason FROM contact_request WHERE id = $1`,
      [id],
    )) as { status: string; status_reason: string | null }[];
    const mails = (await t.db.query(
      `SELECT subject FROM mail_outbox WHERE recipient = $1 ORDER BY id`,
      [sender],
    )) as { subject: string }[];
    const audit = (await t.db.query(
      `SELECT changes FROM audit_log WHERE entity = 'CONTACT_REQUEST' AND entity_id = $1 ORDER BY id`,
      [id],
    )) as { changes: { status: { from: string; to: string } } }[];
    return {
      status: row!.status,
      reason: row!.status_reason,
      mails: mails.map((m) => m.subject.replace(/^Contactverzoek \S+: /, '')),
      audit: audit.map((a) => `${a.changes.status.from}→${a.changes.status.to}`),
    };
  }

  function expectStale(res: GqlResponse<unknown>, current: string, nl: string, en: string) {
    expect(res.data ?? null).toBeNull();
    const error = res.errors![0]!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.reason).toBe('CONFLICT');
    expect(error.extensions?.fields).toEqual([
      expect.objectContaining({
        field: 'expectedStatus',
        code: 'STATUS_CHANGED',
        params: { current },
      }),
    ]);
    // Dutch first, English in brackets, both naming the status it has now.
    expect(error.message).toMatch(new RegExp(`^expectedStatus: het verzoek is intussen ${nl} `));
    expect(error.message).toContain(`(${current})`);
    expect(error.message).toContain(`meanwhile been ${en}`);
  }

  it('keeps a decline in the inbox when a stale tab accepts (one mail, one audit line)', async () => {
    const r = await newRequest();
    const declined = await inbox(r.id, 'DECLINED', 'REQUESTED', REASON);
    expect(declined.errors).toBeUndefined();
    expect(declined.data!.setContactRequestStatus.status).toBe('DECLINED');

    expectStale(await inbox(r.id, 'ACCEPTED', 'REQUESTED'), 'DECLINED', 'afgewezen', 'declined');

    expect(await stored(r.id, r.sender)).toEqual({
      status: 'DECLINED',
      reason: REASON,
      mails: ['afgewezen'],
      audit: ['REQUESTED→DECLINED'],
    });
  }, 60_000);

  it('refuses the mailed link after the inbox answered, and the inbox after the link', async () => {
    const first = await newRequest();
    expect((await inbox(first.id, 'DECLINED', 'REQUESTED', REASON)).errors).toBeUndefined();
    expectStale(
      await byLink(first.token, 'ACCEPTED', 'REQUESTED'),
      'DECLINED',
      'afgewezen',
      'declined',
    );
    expect(await stored(first.id, first.sender)).toMatchObject({
      status: 'DECLINED',
      mails: ['afgewezen'],
      audit: ['REQUESTED→DECLINED'],
    });

    const second = await newRequest();
    expect((await byLink(second.token, 'ACCEPTED', 'REQUESTED')).errors).toBeUndefined();
    expectStale(
      await inbox(second.id, 'DECLINED', 'REQUESTED', REASON),
      'ACCEPTED',
      'geaccepteerd',
      'accepted',
    );
    expect(await stored(second.id, second.sender)).toEqual({
      status: 'ACCEPTED',
      reason: null,
      mails: ['geaccepteerd'],
      audit: ['REQUESTED→ACCEPTED'],
    });
  }, 60_000);

  it('lets exactly one of two answers sent at once from the same page state through', async () => {
    const r = await newRequest();
    const [a, b] = await Promise.all([
      inbox(r.id, 'DECLINED', 'REQUESTED', REASON),
      byLink(r.token, 'ACCEPTED', 'REQUESTED'),
    ]);
    const passed = [a, b].filter((res) => res.errors === undefined);
    const refused = [a, b].filter((res) => res.errors !== undefined);
    expect(passed).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.errors![0]!.extensions?.reason).toBe('CONFLICT');
    const after = await stored(r.id, r.sender);
    expect(after.mails).toHaveLength(1);
    expect(after.audit).toEqual([`REQUESTED→${after.status}`]);
  }, 60_000);

  it('writes an answer whose expected status is current, and one from an older client without it', async () => {
    const r = await newRequest();
    expect((await inbox(r.id, 'IN_CONVERSATION', 'REQUESTED')).errors).toBeUndefined();
    expect((await byLink(r.token, 'ACCEPTED', 'IN_CONVERSATION')).errors).toBeUndefined();
    // An older client sends no expectedStatus: written as before, over whatever is current.
    const old = await inbox(r.id, 'STARTED');
    expect(old.errors).toBeUndefined();
    expect(old.data!.setContactRequestStatus.status).toBe('STARTED');
    expect(await stored(r.id, r.sender)).toMatchObject({
      status: 'STARTED',
      mails: ['in gesprek', 'geaccepteerd', 'samenwerking gestart'],
      audit: ['REQUESTED→IN_CONVERSATION', 'IN_CONVERSATION→ACCEPTED', 'ACCEPTED→STARTED'],
    });
  }, 60_000);

  it('answers a repeat of the answer that already holds with the request as it is, writing nothing again', async () => {
    // Both tabs saw REQUESTED and both accept: the second finds its answer already given.
    const r = await newRequest();
    expect((await inbox(r.id, 'ACCEPTED', 'REQUESTED')).errors).toBeUndefined();
    const again = await inbox(r.id, 'ACCEPTED', 'REQUESTED');
    expect(again.errors).toBeUndefined();
    expect(again.data!.setContactRequestStatus).toMatchObject({ status: 'ACCEPTED' });
    // The mailed link repeats it too, from the same old page state and from the current one.
    const viaLink = await byLink(r.token, 'ACCEPTED', 'REQUESTED');
    expect(viaLink.errors).toBeUndefined();
    expect(viaLink.data!.answerContactRequestByLink.status).toBe('ACCEPTED');
    expect((await byLink(r.token, 'ACCEPTED', 'ACCEPTED')).errors).toBeUndefined();
    expect(await stored(r.id, r.sender)).toEqual({
      status: 'ACCEPTED',
      reason: null,
      mails: ['geaccepteerd'],
      audit: ['REQUESTED→ACCEPTED'],
    });
  }, 60_000);

  it('takes a repeated decline with the same reason, and refuses one with another reason as stale', async () => {
    const r = await newRequest();
    expect((await byLink(r.token, 'DECLINED', 'REQUESTED', REASON)).errors).toBeUndefined();
    // The same reason (spaces around it do not count): the answer holds.
    const same = await inbox(r.id, 'DECLINED', 'REQUESTED', `  ${REASON} `);
    expect(same.errors).toBeUndefined();
    expect(same.data!.setContactRequestStatus).toMatchObject({
      status: 'DECLINED',
      statusReason: REASON,
    });
    // Another reason from a page that never saw the decline: not the same answer.
    const other = await inbox(r.id, 'DECLINED', 'REQUESTED', 'Wij doen dit niet meer.');
    expectStale(other, 'DECLINED', 'afgewezen', 'declined');
    expect(other.errors![0]!.message).toContain('afgewezen (DECLINED) met een andere reden;');
    expect(other.errors![0]!.message).toContain('declined (DECLINED) with another reason;');
    expect(await stored(r.id, r.sender)).toEqual({
      status: 'DECLINED',
      reason: REASON,
      mails: ['afgewezen'],
      audit: ['REQUESTED→DECLINED'],
    });
    // A page that saw the decline may still change its reason: that is written.
    const changed = await inbox(r.id, 'DECLINED', 'DECLINED', 'Wij doen dit niet meer.');
    expect(changed.errors).toBeUndefined();
    expect(await stored(r.id, r.sender)).toMatchObject({
      reason: 'Wij doen dit niet meer.',
      mails: ['afgewezen'],
      audit: ['REQUESTED→DECLINED', 'DECLINED→DECLINED'],
    });
  }, 60_000);

  it('says a repeated answer was already given (alreadyAnswered), and a first answer was not', async () => {
    const FLAGGED_INBOX = `mutation ($id: ID!, $s: ContactRequestStatus!, $r: String, $e: ContactRequestStatus) {
      setContactRequestStatus(contactRequestId: $id, status: $s, reason: $r, expectedStatus: $e) { status alreadyAnswered } }`;
    const FLAGGED_LINK = `mutation ($t: String!, $s: ContactRequestStatus!, $r: String, $e: ContactRequestStatus) {
      answerContactRequestByLink(token: $t, status: $s, reason: $r, expectedStatus: $e) { status alreadyAnswered } }`;
    type Flag = { status: string; alreadyAnswered: boolean };
    const viaInbox = async (id: string, s: string, e: string | null, r?: string) => {
      const res = await post<{ setContactRequestStatus: Flag }>(
        t,
        FLAGGED_INBOX,
        { id, s, r: r ?? null, e },
        headers,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.setContactRequestStatus;
    };
    const viaLink = async (token: string, s: string, e: string | null, r?: string) => {
      const res = await post<{ answerContactRequestByLink: Flag }>(t, FLAGGED_LINK, {
        t: token,
        s,
        r: r ?? null,
        e,
      });
      expect(res.errors).toBeUndefined();
      return res.data!.answerContactRequestByLink;
    };

    // Accepted in the inbox (a first answer), then again from a second tab and from the link.
    const a = await newRequest();
    expect(await viaInbox(a.id, 'ACCEPTED', 'REQUESTED')).toEqual({
      status: 'ACCEPTED',
      alreadyAnswered: false,
    });
    expect(await viaInbox(a.id, 'ACCEPTED', 'REQUESTED')).toEqual({
      status: 'ACCEPTED',
      alreadyAnswered: true,
    });
    expect(await viaLink(a.token, 'ACCEPTED', 'REQUESTED')).toEqual({
      status: 'ACCEPTED',
      alreadyAnswered: true,
    });
    expect(await stored(a.id, a.sender)).toEqual({
      status: 'ACCEPTED',
      reason: null,
      mails: ['geaccepteerd'],
      audit: ['REQUESTED→ACCEPTED'],
    });

    // Declined through the link (first), the same decline from the inbox: a repeat.
    const d = await newRequest();
    expect(await viaLink(d.token, 'DECLINED', 'REQUESTED', REASON)).toEqual({
      status: 'DECLINED',
      alreadyAnswered: false,
    });
    expect(await viaInbox(d.id, 'DECLINED', 'REQUESTED', REASON)).toEqual({
      status: 'DECLINED',
      alreadyAnswered: true,
    });
    // A page that saw the decline and changes its reason: written, so no repeat.
    expect(await viaInbox(d.id, 'DECLINED', 'DECLINED', 'Wij doen dit niet meer.')).toEqual({
      status: 'DECLINED',
      alreadyAnswered: false,
    });
    expect(await stored(d.id, d.sender)).toEqual({
      status: 'DECLINED',
      reason: 'Wij doen dit niet meer.',
      mails: ['afgewezen'],
      audit: ['REQUESTED→DECLINED', 'DECLINED→DECLINED'],
    });

    // An older client without expectedStatus: a first answer is written; the same answer again
    // is a repeat too, and writes no audit line from a status to itself.
    const o = await newRequest();
    expect(await viaInbox(o.id, 'IN_CONVERSATION', null)).toEqual({
      status: 'IN_CONVERSATION',
      alreadyAnswered: false,
    });
    expect(await viaInbox(o.id, 'IN_CONVERSATION', null)).toEqual({
      status: 'IN_CONVERSATION',
      alreadyAnswered: true,
    });
    expect(await viaLink(o.token, 'IN_CONVERSATION', null)).toEqual({
      status: 'IN_CONVERSATION',
      alreadyAnswered: true,
    });
    expect((await stored(o.id, o.sender)).audit).toEqual(['REQUESTED→IN_CONVERSATION']);

    // Reading the request is no answer: false.
    const read = await post<{ contactRequestByAnswerLink: { alreadyAnswered: boolean } }>(
      t,
      `query ($t: String!) { contactRequestByAnswerLink(token: $t) { alreadyAnswered } }`,
      { t: a.token },
    );
    expect(read.data!.contactRequestByAnswerLink.alreadyAnswered).toBe(false);
  }, 60_000);

  it('checks the status and permissions before it compares the expected status', async () => {
    const r = await newRequest();
    // A status that does not exist is refused by the schema before anything is read.
    const bad = await inbox(r.id, 'ACCEPTED', 'NONSENSE');
    expect(bad.errors?.[0]?.message).toContain('"NONSENSE" does not exist');
    // Another organisation's editor learns nothing about the current status.
    const [other] = (await t.db.query(
      `SELECT o.id FROM organisation o WHERE o.id <> (SELECT organisation_id FROM offering WHERE id = $1) ORDER BY o.name, o.id LIMIT 1`,
      [offeringId],
    )) as { id: string }[];
    const { stranger } = await signInHeaders(t, {
      stranger: {
        email: 'other@stale-tab.example.nl',
        role: 'PARTNER_EDITOR',
        organisationId: other!.id,
      },
    });
    const res = await post(t, SET_STATUS, { id: r.id, s: 'ACCEPTED', e: 'DECLINED' }, stranger);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored(r.id, r.sender)).toMatchObject({ status: 'REQUESTED', mails: [] });
  }, 60_000);
});
