import { MailDeliveryWorker } from '../../apps/api/src/modules/mail/mail-delivery.worker.js';
import {
  startSmtpCapture,
  waitForMail as waitFor,
  type ReceivedMail,
  type SmtpCapture,
} from '../support/smtp-capture.js';
import { startTestApp, type GqlResponse, type TestApp } from '../support/test-app.js';
import {
  createAccount,
  headersOf,
  login,
  PASSWORD,
  post,
  signInHeaders,
} from '../accounts/accounts-support.js';
import { newOffering, newOrganisation } from '../support/factories.js';

const PUBLIC_URL = 'https://partnerwijzer.example.nl';
const SCHOOL = 'ZZ0100';
// A word only the school's message holds: no mail may carry it (the message could name pupils).
const MESSAGE_MARKER = 'Groep-7-leerling-Jansen';
const SENDER_NAME = 'Fatima de Vries';

const REQUEST = `mutation ($input: RequestContactInput!) {
  requestContact(input: $input) { id reference status partnerMailed mailEnabled } }`;
const BY_ANSWER_LINK = `query ($t: String!) {
  contactRequestByAnswerLink(token: $t) { id reference status message senderName readAt schoolName offeringTitle } }`;
const ANSWER = `mutation ($t: String!, $s: ContactRequestStatus!, $r: String) {
  answerContactRequestByLink(token: $t, status: $s, reason: $r) { id reference status statusReason } }`;
const STATUS_BY_LINK = `query ($t: String!) {
  contactRequestStatusByLink(token: $t) { reference status statusReason schoolName offeringTitle organisationName linkExpiresAt } }`;
const INBOX = `query ($o: ID, $s: [ContactRequestStatus!]) {
  contactRequestInbox(organisationId: $o, statuses: $s) { id reference status readAt } }`;
const UNREAD = `query ($o: ID) { contactRequestUnreadCount(organisationId: $o) }`;
const MARK_READ = `mutation ($id: ID!) { markContactRequestRead(contactRequestId: $id) { id readAt } }`;
const SET_STATUS = `mutation ($id: ID!, $s: ContactRequestStatus!) {
  setContactRequestStatus(contactRequestId: $id, status: $s) { id status } }`;

function tokenIn(mail: ReceivedMail, path: 'beantwoorden' | 'status'): string {
  const found = new RegExp(
    `${PUBLIC_URL.replace(/\./g, '\\.')}/verzoek/${path}\\?token=([A-Za-z0-9_-]+)`,
  ).exec(mail.text);
  if (!found) throw new Error(`no ${path} link in: ${mail.text}`);
  return found[1]!;
}

function reasonOf(res: GqlResponse<unknown>): string | undefined {
  return res.errors?.[0]?.extensions?.reason ?? res.errors?.[0]?.extensions?.code;
}

// Issue 15, "requests that arrive": over real SMTP to a server in this process. A request to a
// partner without an account is mailed with a link to read and answer it; the sender gets a
// confirmation with a status link, and a mail at every status change. Links are bound to one
// request and one purpose, expire, and a changed character is refused; refused calls write
// nothing; a partner of another organisation cannot read the request; no mail carries the
// school's message. The tests share one app, so each waits for its own request's mails and none
// gives A an account (the one test about a partner with an account has an organisation of its own).
describe('contact requests by mail', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let received: ReceivedMail[] = [];
  let offeringA: string; // reaches SCHOOL; its organisation has an address and (at first) no account
  let orgA: string;
  let orgAEmail: string;
  let orgB: string;
  let emailSeq = 0;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    received = smtp.received;
    const port = smtp.port;
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'Partnerwijzer <noreply@partnerwijzer.example.nl>',
      MAIL_SEND_INTERVAL_MS: '100',
      PUBLIC_URL,
      RATE_LIMIT_CONTACT_PER_IP: '0',
      RATE_LIMIT_CONTACT_PER_EMAIL: '0',
    });
    const rows = (await t.db.query(
      `SELECT f.id, f.organisation_id, o.email FROM offering f JOIN organisation o ON o.id = f.organisation_id
        WHERE f.title LIKE 'Verlengde schooldag: extra leertijd%'`,
    )) as { id: string; organisation_id: string; email: string | null }[];
    offeringA = rows[0]!.id;
    orgA = rows[0]!.organisation_id;
    orgAEmail = rows[0]!.email!.toLowerCase();
    expect(orgAEmail).toContain('@');
    orgB = (
      (await t.db.query(`SELECT id FROM organisation WHERE id <> $1 ORDER BY name LIMIT 1`, [
        orgA,
      ])) as { id: string }[]
    )[0]!.id;
    await createAccount(t, {
      email: 'b@partner-b.nl',
      role: 'PARTNER_EDITOR',
      organisationId: orgB,
      password: PASSWORD,
    });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const waitForMail = (to: string, subject: RegExp, timeoutMs = 20_000) =>
    waitFor(received, to, subject, () => t.app.get(MailDeliveryWorker).drain(), timeoutMs);

  async function ask(senderEmail: string, offeringId = offeringA) {
    const res = await post<{
      requestContact: {
        id: string;
        reference: string;
        status: string;
        partnerMailed: boolean;
        mailEnabled: boolean;
      };
    }>(t, REQUEST, {
      input: {
        vestigingscode: SCHOOL,
        offeringId,
        senderName: SENDER_NAME,
        senderEmail,
        message: `Wij zoeken extra leertijd voor groep 7 (${MESSAGE_MARKER}).`,
      },
    });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.requestContact;
  }

  /** A request from a new sender, and the token of the answer link mailed to the partner. */
  async function askForAnswerLink() {
    const sender = `sender${++emailSeq}@voorbeeldschool.nl`;
    const created = await ask(sender);
    const answerToken = tokenIn(
      await waitForMail(orgAEmail, new RegExp(created.reference)),
      'beantwoorden',
    );
    return { sender, created, answerToken };
  }

  // Everything a refused link call could have touched.
  async function snapshot(): Promise<string> {
    const rows = (await t.db.query(`
      SELECT (SELECT count(*) FROM audit_log) AS audit,
             (SELECT count(*) FROM mail_outbox) AS mails,
             (SELECT count(*) FROM contact_request_link) AS links,
             (SELECT string_agg(id || status || coalesce(status_reason, '') || coalesce(read_at::text, '-') || updated_at, ',' ORDER BY id)
                FROM contact_request) AS requests`)) as unknown[];
    return JSON.stringify(rows[0]);
  }

  /**
   * Answering and reading the request with `asAnswer`, and reading its status with `asStatus`,
   * are each refused for `reason`; the refused answer's message says every one of `says`.
   */
  async function linksRefused(asAnswer: string, asStatus: string, reason: string, says: string[]) {
    const answered = await post(t, ANSWER, { t: asAnswer, s: 'ACCEPTED' });
    expect(reasonOf(answered)).toBe(reason);
    for (const text of says) expect(answered.errors![0]!.message).toContain(text);
    expect(reasonOf(await post(t, BY_ANSWER_LINK, { t: asAnswer }))).toBe(reason);
    expect(reasonOf(await post(t, STATUS_BY_LINK, { t: asStatus }))).toBe(reason);
  }

  it('mails a partner without an account a link to answer, and the sender every change', async () => {
    const sender = `sender${++emailSeq}@voorbeeldschool.nl`;
    const created = await ask(sender);
    expect(created).toMatchObject({ status: 'REQUESTED', partnerMailed: true, mailEnabled: true });
    expect(created.reference).toMatch(/^PW-20\d\d-\d{5}$/);

    // The partner's mail: kenmerk, school, offering and a link that works without an account.
    // (Other tests mail A too: this request's mail is the one with its reference.)
    const toPartner = await waitForMail(orgAEmail, new RegExp(created.reference));
    expect(toPartner.subject).toMatch(/Nieuw contactverzoek/);
    expect(toPartner.subject).toContain(created.reference);
    expect(toPartner.text).toContain('geen account nodig');
    const answerToken = tokenIn(toPartner, 'beantwoorden');
    expect(toPartner.text).not.toMatch(/\/verzoek\/status/);

    // The sender's confirmation: what happened, and a status link.
    const confirmation = await waitForMail(sender, /is verstuurd/);
    expect(confirmation.subject).toContain(created.reference);
    expect(confirmation.text).toContain('We hebben');
    const statusToken = tokenIn(confirmation, 'status');
    expect(confirmation.text).not.toMatch(/\/verzoek\/beantwoorden/);

    // Reading through the link shows the whole request and counts as read.
    const read = await post<{
      contactRequestByAnswerLink: { id: string; message: string; readAt: string | null };
    }>(t, BY_ANSWER_LINK, { t: answerToken });
    expect(read.errors).toBeUndefined();
    expect(read.data!.contactRequestByAnswerLink).toMatchObject({
      id: created.id,
      reference: created.reference,
      status: 'REQUESTED',
      senderName: SENDER_NAME,
    });
    expect(read.data!.contactRequestByAnswerLink.message).toContain(MESSAGE_MARKER);
    expect(read.data!.contactRequestByAnswerLink.readAt).not.toBeNull();

    const status = await post<{ contactRequestStatusByLink: Record<string, unknown> }>(
      t,
      STATUS_BY_LINK,
      { t: statusToken },
    );
    expect(status.data!.contactRequestStatusByLink).toMatchObject({
      reference: created.reference,
      status: 'REQUESTED',
    });

    // Answering through the link moves it on and mails the sender.
    const answered = await post<{ answerContactRequestByLink: { status: string } }>(t, ANSWER, {
      t: answerToken,
      s: 'ACCEPTED',
    });
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerContactRequestByLink.status).toBe('ACCEPTED');
    const changed = await waitForMail(sender, /geaccepteerd/);
    expect(changed.subject).toBe(`Contactverzoek ${created.reference}: geaccepteerd`);
    const newStatusToken = tokenIn(changed, 'status');
    for (const token of [statusToken, newStatusToken]) {
      const after = await post<{ contactRequestStatusByLink: { status: string } }>(
        t,
        STATUS_BY_LINK,
        { t: token },
      );
      expect(after.data!.contactRequestStatusByLink.status).toBe('ACCEPTED');
    }

    // A decline carries its reason to the status page, not into the mail.
    const reason = 'Ons aanbod is vol tot de zomer';
    const declined = await post(t, ANSWER, { t: answerToken, s: 'DECLINED', r: reason });
    expect(declined.errors).toBeUndefined();
    const declineMail = await waitForMail(sender, /afgewezen/);
    expect(declineMail.text).not.toContain(reason);
    const seen = await post<{ contactRequestStatusByLink: { statusReason: string } }>(
      t,
      STATUS_BY_LINK,
      { t: statusToken },
    );
    expect(seen.data!.contactRequestStatusByLink.statusReason).toBe(reason);

    const audit = (await t.db.query(
      `SELECT actor_label, changes FROM audit_log WHERE entity = 'CONTACT_REQUEST' AND entity_id = $1 ORDER BY id`,
      [created.id],
    )) as { actor_label: string; changes: { via?: string } }[];
    expect(audit.map((a) => a.changes.via)).toEqual(['ANSWER_LINK', 'ANSWER_LINK']);

    // No mail carries the school's message or the sender's name.
    for (const mail of received) {
      expect(mail.text).not.toContain(MESSAGE_MARKER);
      expect(mail.text).not.toContain(SENDER_NAME);
      expect(mail.subject).not.toContain(MESSAGE_MARKER);
    }
  }, 90_000);

  it('mails the school once when one answer is sent twice at once (a double click, two tabs)', async () => {
    const { sender, created, answerToken } = await askForAnswerLink();

    const answers = await Promise.all(
      [1, 2, 3].map(() => post(t, ANSWER, { t: answerToken, s: 'ACCEPTED' })),
    );
    for (const answered of answers) expect(answered.errors).toBeUndefined();

    const mails = (await t.db.query(
      `SELECT subject FROM mail_outbox WHERE recipient = $1 AND subject LIKE '%geaccepteerd' ORDER BY id`,
      [sender],
    )) as { subject: string }[];
    expect(mails.map((m) => m.subject)).toEqual([
      `Contactverzoek ${created.reference}: geaccepteerd`,
    ]);
    // One change from REQUESTED; the others found it accepted already and wrote no audit line
    // from ACCEPTED to ACCEPTED (a status that already holds changes nothing).
    const audit = (await t.db.query(
      `SELECT changes FROM audit_log WHERE entity = 'CONTACT_REQUEST' AND entity_id = $1 ORDER BY id`,
      [created.id],
    )) as { changes: { status: { from: string; to: string } } }[];
    expect(audit.map((a) => a.changes.status)).toEqual([{ from: 'REQUESTED', to: 'ACCEPTED' }]);
  }, 60_000);

  it('binds each link to its purpose, refuses changed and expired links, and writes nothing then', async () => {
    const { sender, created, answerToken } = await askForAnswerLink();
    const statusToken = tokenIn(await waitForMail(sender, /is verstuurd/), 'status');
    const before = await snapshot();

    // A status link cannot answer nor read the partner's view; an answer link is not a status page.
    await linksRefused(statusToken, answerToken, 'LINK_WRONG_PURPOSE', [
      'kan niet antwoorden',
      'cannot answer',
    ]);

    // One character changed, cut short, or made up: refused with one clear message.
    const flip = (token: string) =>
      `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    for (const bad of [flip(answerToken), answerToken.slice(0, 30), 'x'.repeat(43), '']) {
      const res = await post(t, ANSWER, { t: bad, s: 'ACCEPTED' });
      expect(reasonOf(res)).toBe('LINK_INVALID');
      expect(res.errors![0]!.message).toContain('ongeldig');
      expect(res.errors![0]!.message).toContain('invalid');
      expect(res.errors![0]!.extensions?.fields?.[0]?.field).toBe('token');
      expect(reasonOf(await post(t, STATUS_BY_LINK, { t: flip(statusToken) }))).toBe(
        'LINK_INVALID',
      );
    }
    // A declined answer without a reason is refused before anything is written.
    expect(reasonOf(await post(t, ANSWER, { t: answerToken, s: 'DECLINED' }))).toBe('INVALID');
    // REQUESTED is not the partner's to set.
    expect(reasonOf(await post(t, ANSWER, { t: answerToken, s: 'REQUESTED' }))).toBe('INVALID');
    expect(await snapshot()).toBe(before);

    // Expired links are refused, for both purposes.
    await t.db.query(
      `UPDATE contact_request_link SET expires_at = now() - interval '1 second' WHERE contact_request_id = $1`,
      [created.id],
    );
    const expiredBefore = await snapshot();
    await linksRefused(answerToken, statusToken, 'LINK_EXPIRED', ['verlopen', 'expired']);
    expect(await snapshot()).toBe(expiredBefore);
    // The sender's expired status link points the sender onwards, not to "ask the school".
    const expiredStatus = await post(t, STATUS_BY_LINK, { t: statusToken });
    expect(expiredStatus.errors![0]!.message).toContain('nieuwe link');
    expect(expiredStatus.errors![0]!.message).not.toContain('vraag de school');

    // Links are stored only as hashes.
    const stored = (await t.db.query(
      `SELECT token_hash FROM contact_request_link WHERE contact_request_id = $1`,
      [created.id],
    )) as { token_hash: string }[];
    expect(stored.map((s) => s.token_hash)).not.toContain(answerToken);
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
  }, 90_000);

  it('keeps the request from a partner of another organisation', async () => {
    const sender = `sender${++emailSeq}@voorbeeldschool.nl`;
    const created = await ask(sender);
    const b = headersOf(await login(t, 'b@partner-b.nl'));
    const before = await snapshot();
    for (const [query, vars] of [
      [INBOX, { o: orgA }],
      [UNREAD, { o: orgA }],
      [MARK_READ, { id: created.id }],
      [SET_STATUS, { id: created.id, s: 'ACCEPTED' }],
    ] as const) {
      const res = await post(t, query, vars, b);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.data ?? null)).not.toContain(created.reference);
    }
    const own = await post<{ contactRequestInbox: { id: string }[] }>(t, INBOX, {}, b);
    expect(own.data!.contactRequestInbox.map((r) => r.id)).not.toContain(created.id);
    expect(await snapshot()).toBe(before);
  }, 60_000);

  it('says so truthfully when the partner has no address and no account', async () => {
    await t.db.query(`UPDATE organisation SET email = NULL WHERE id = $1`, [orgA]);
    try {
      const sender = `sender${++emailSeq}@voorbeeldschool.nl`;
      const created = await ask(sender);
      expect(created.partnerMailed).toBe(false);
      const confirmation = await waitForMail(sender, new RegExp(created.reference));
      expect(confirmation.text).toContain('geen e-mailadres bij ons');
      const links = (await t.db.query(
        `SELECT purpose FROM contact_request_link WHERE contact_request_id = $1`,
        [created.id],
      )) as { purpose: string }[];
      expect(links.map((l) => l.purpose)).toEqual(['STATUS']);
    } finally {
      await t.db.query(`UPDATE organisation SET email = $2 WHERE id = $1`, [orgA, orgAEmail]);
    }
  }, 60_000);

  it('mails a partner with an account a pointer to the inbox, counts unread and filters by status', async () => {
    // A partner of its own with an offering that reaches SCHOOL: an account for A would take
    // the answer links out of A's mails, which the other tests use.
    const orgCEmail = 'inbox@partner-c.nl';
    const orgC = await newOrganisation(t.db, { email: orgCEmail });
    const offeringC = await newOffering(t.db, { organisationId: orgC });
    const { a } = await signInHeaders(t, {
      a: { email: 'a@partner-c.nl', role: 'PARTNER_EDITOR', organisationId: orgC },
    });
    await t.db.query(`UPDATE contact_request SET read_at = now() WHERE read_at IS NULL`);
    const first = await ask(`sender${++emailSeq}@voorbeeldschool.nl`, offeringC);
    const second = await ask(`sender${++emailSeq}@voorbeeldschool.nl`, offeringC);
    // One number after the other within the year.
    const n = (ref: string) => Number(ref.split('-')[2]);
    expect(n(second.reference)).toBe(n(first.reference) + 1);
    expect(second.reference.slice(0, 8)).toBe(first.reference.slice(0, 8));

    for (const to of ['a@partner-c.nl', orgCEmail]) {
      const mail = await waitForMail(to, new RegExp(second.reference));
      expect(mail.text).toContain(`${PUBLIC_URL}/portaal/inbox`);
      expect(mail.text).not.toMatch(/token=/);
    }

    const unread = async () =>
      (await post<{ contactRequestUnreadCount: number }>(t, UNREAD, {}, a)).data!
        .contactRequestUnreadCount;
    expect(await unread()).toBe(2);
    const marked = await post<{ markContactRequestRead: { readAt: string | null } }>(
      t,
      MARK_READ,
      { id: first.id },
      a,
    );
    expect(marked.data!.markContactRequestRead.readAt).not.toBeNull();
    expect(await unread()).toBe(1);
    const set = await post(t, SET_STATUS, { id: second.id, s: 'IN_CONVERSATION' }, a);
    expect(set.errors).toBeUndefined();
    expect(await unread()).toBe(0);

    const filtered = await post<{ contactRequestInbox: { id: string; status: string }[] }>(
      t,
      INBOX,
      { s: ['IN_CONVERSATION'] },
      a,
    );
    expect(filtered.data!.contactRequestInbox.map((r) => r.id)).toEqual([second.id]);
    const all = await post<{ contactRequestInbox: { id: string }[] }>(t, INBOX, {}, a);
    expect(all.data!.contactRequestInbox.map((r) => r.id)).toEqual(
      expect.arrayContaining([first.id, second.id]),
    );
  }, 90_000);
});
