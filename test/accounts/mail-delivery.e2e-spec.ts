import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import request from 'supertest';
import { MailDeliveryWorker } from '../../apps/api/src/modules/mail/mail-delivery.worker.js';
import { decodedBody } from '../support/smtp-capture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createAccount, OPERATOR_TOKEN, PASSWORD, post } from './accounts-support.js';

interface ReceivedMail {
  from: string;
  to: string[];
  headers: string;
  text: string;
}

const SMTP_USER = 'mailer';
const SMTP_PASS = 'geheim-smtp-wachtwoord';
const PUBLIC_URL = 'https://partnerwijzer.example.nl';
const RESET = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
const MAIL_STATUS = `{ mailStatus { transport description pending failed lastError
  recentProblems { recipient subject attempts lastError givenUp } } }`;

/** The text part of a raw message, quoted-printable decoded (nodemailer wraps long lines). */
function parse(raw: string): { headers: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split);
  return { headers, text: decodedBody(headers, raw.slice(split + 4)) };
}

// The mail outbox delivered over real SMTP, to an SMTP server running in this process:
// a password-reset mail arrives with a working link; a refused mail is retried with backoff
// and given up on after MAIL_MAX_ATTEMPTS, visibly, while the request that queued it never
// waits for the mail server.
describe('mail delivery over SMTP', () => {
  let t: TestApp;
  let server: SMTPServer;
  const received: ReceivedMail[] = [];
  // Recipients the server refuses: 451 (try later) or 550 (no such mailbox).
  const refuse = new Map<string, 451 | 550>();
  let slowMs = 0;

  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authOptional: false,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === SMTP_USER && auth.password === SMTP_PASS) {
          callback(null, { user: SMTP_USER });
        } else {
          callback(new Error('Invalid username or password'));
        }
      },
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        const code = refuse.get(address.address);
        setTimeout(() => {
          if (!code) return callback();
          const error = new Error(
            code === 451 ? 'Mailbox tijdelijk niet beschikbaar' : 'Mailbox bestaat niet',
          ) as Error & { responseCode: number };
          error.responseCode = code;
          callback(error);
        }, slowMs);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const envelope = session.envelope;
          received.push({
            from: envelope.mailFrom ? envelope.mailFrom.address : '',
            to: envelope.rcptTo.map((r) => r.address),
            ...parse(Buffer.concat(chunks).toString('latin1')),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    t = await startTestApp({
      ADMIN_API_TOKEN: OPERATOR_TOKEN,
      SMTP_URL: `smtp://${SMTP_USER}:${SMTP_PASS}@127.0.0.1:${port}`,
      MAIL_FROM: 'Partnerwijzer <noreply@partnerwijzer.example.nl>',
      MAIL_SEND_INTERVAL_MS: '100',
      MAIL_MAX_ATTEMPTS: '3',
      PUBLIC_URL,
    });
    for (const email of ['leerkracht@school.nl', 'tijdelijk@school.nl', 'kapot@school.nl']) {
      await createAccount(t, {
        email,
        role: 'SCHOOL_STAFF',
        schoolCodes: ['ZZ0100'],
        password: PASSWORD,
      });
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  // Each test starts with an empty outbox: mailStatus counts every mail, so a mail another test
  // left pending or given up on must not show up in this test's pending, failed or problems.
  beforeEach(async () => {
    await t.db.query(`DELETE FROM mail_outbox`);
  });

  async function waitForMail(to: string, timeoutMs = 15_000): Promise<ReceivedMail> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const mail = received.find((m) => m.to.includes(to));
      if (mail) return mail;
      if (Date.now() > end) throw new Error(`no mail for ${to} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async function outboxRow(recipient: string) {
    const rows = (await t.db.query(
      `SELECT attempts, last_error, sent_at, failed_at,
              extract(epoch FROM next_attempt_at - now())::float AS due_in_seconds
         FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1`,
      [recipient],
    )) as {
      attempts: number;
      last_error: string | null;
      sent_at: Date | null;
      failed_at: Date | null;
      due_in_seconds: number;
    }[];
    return rows[0]!;
  }

  /** Makes a waiting mail due now and runs the worker once, as the timer would later. */
  async function retryNow(recipient: string): Promise<void> {
    await t.db.query(
      `UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = $1 AND sent_at IS NULL`,
      [recipient],
    );
    await t.app.get(MailDeliveryWorker).drain();
  }

  it('delivers a password-reset mail whose link sets a new password', async () => {
    const res = await post<{ requestPasswordReset: boolean }>(t, RESET, {
      e: 'leerkracht@school.nl',
    });
    expect(res.data).toEqual({ requestPasswordReset: true });

    const mail = await waitForMail('leerkracht@school.nl');
    expect(mail.from).toBe('noreply@partnerwijzer.example.nl');
    expect(mail.headers).toMatch(/^Subject: Wachtwoord opnieuw instellen$/m);
    expect(mail.headers).toMatch(/^From: Partnerwijzer <noreply@partnerwijzer\.example\.nl>$/m);
    expect(mail.headers).toMatch(/^To: leerkracht@school\.nl$/m);
    // Plain text only: no HTML part in which text from the data could become markup.
    expect(mail.headers).toMatch(/^Content-Type: text\/plain; charset=utf-8$/im);
    expect(`${mail.headers}\n${mail.text}`).not.toMatch(/text\/html|multipart\/alternative/i);
    const link =
      /https:\/\/partnerwijzer\.example\.nl\/wachtwoord-herstellen\?token=([A-Za-z0-9_-]+)/.exec(
        mail.text,
      );
    expect(link).not.toBeNull();
    expect(mail.text).toContain('1 uur geldig');

    const reset = await post(
      t,
      `mutation ($t: String!) { resetPassword(token: $t, password: "een nieuw wachtwoord 2026") }`,
      { t: link![1] },
    );
    expect(reset.errors).toBeUndefined();
    const login = await post<{ login: { email: string } }>(
      t,
      `mutation { login(email: "leerkracht@school.nl", password: "een nieuw wachtwoord 2026") { email } }`,
    );
    expect(login.data?.login.email).toBe('leerkracht@school.nl');

    const row = await outboxRow('leerkracht@school.nl');
    expect(row).toMatchObject({ attempts: 1, last_error: null, failed_at: null });
    expect(row.sent_at).toBeInstanceOf(Date);

    // /health says where mail goes, without the SMTP password.
    const health = await request(t.app.getHttpServer()).get('/health');
    expect(health.body.mail).toMatchObject({ transport: 'SMTP', consecutiveFailures: 0 });
    expect(JSON.stringify(health.body)).not.toContain(SMTP_PASS);
  }, 30_000);

  it('answers at once while the mail server is slow, and retries a refused mail with backoff', async () => {
    refuse.set('tijdelijk@school.nl', 451);
    slowMs = 3000;
    try {
      const started = Date.now();
      const res = await post(t, RESET, { e: 'tijdelijk@school.nl' });
      expect(res.errors).toBeUndefined();
      // The request only queued the mail; the server's 3 s answer came later.
      expect(Date.now() - started).toBeLessThan(2500);

      await t.app.get(MailDeliveryWorker).drain();
      const failed = await outboxRow('tijdelijk@school.nl');
      expect(failed.attempts).toBe(1);
      expect(failed.sent_at).toBeNull();
      expect(failed.failed_at).toBeNull();
      expect(failed.last_error).toMatch(/451|tijdelijk niet beschikbaar/);
      expect(failed.due_in_seconds).toBeGreaterThan(20); // 30 s after the first failure
      expect(received.some((m) => m.to.includes('tijdelijk@school.nl'))).toBe(false);

      const status = await post<{ mailStatus: Record<string, unknown> }>(
        t,
        MAIL_STATUS,
        {},
        { authorization: `Bearer ${OPERATOR_TOKEN}` },
      );
      expect(status.data!.mailStatus).toMatchObject({
        transport: 'SMTP',
        pending: 1,
        failed: 0,
        recentProblems: [
          {
            recipient: 'tijdelijk@school.nl',
            subject: 'Wachtwoord opnieuw instellen',
            attempts: 1,
            givenUp: false,
          },
        ],
      });
      expect(String(status.data!.mailStatus.description)).not.toContain(SMTP_PASS);
      expect(status.data!.mailStatus.lastError).toMatch(/451|tijdelijk niet beschikbaar/);
      // The public /health says mail fails, without the server's reply, host or user name:
      // those are for the admin (above) and the log.
      const health = await request(t.app.getHttpServer()).get('/health');
      expect(health.body.mail).toMatchObject({ transport: 'SMTP', description: 'SMTP' });
      expect(health.body.mail.lastError).toMatch(/^laatste poging mislukt/);
      // Only its texts are read: numbers and timestamps carry no reply, and a time whose
      // milliseconds read 451 (…T15:26:29.451Z) is no leak.
      const texts = JSON.stringify(health.body, (_key, value: unknown) =>
        typeof value === 'number' ||
        (typeof value === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value))
          ? null
          : value,
      );
      expect(texts).toContain('laatste poging mislukt');
      expect(texts).not.toMatch(/451|tijdelijk niet|tijdelijk@|mailer|127\.0\.0\.1/);
    } finally {
      slowMs = 0;
    }

    // The mailbox is back: the next attempt delivers it.
    refuse.delete('tijdelijk@school.nl');
    await retryNow('tijdelijk@school.nl');
    const mail = await waitForMail('tijdelijk@school.nl');
    expect(mail.text).toMatch(/wachtwoord-herstellen\?token=/);
    const sent = await outboxRow('tijdelijk@school.nl');
    expect(sent.attempts).toBe(2);
    expect(sent.last_error).toBeNull();
    expect(sent.sent_at).toBeInstanceOf(Date);
  }, 30_000);

  it('gives up after MAIL_MAX_ATTEMPTS and shows it to the admin', async () => {
    refuse.set('kapot@school.nl', 550);
    await post(t, RESET, { e: 'kapot@school.nl' });
    await t.app.get(MailDeliveryWorker).drain();
    await retryNow('kapot@school.nl');
    await retryNow('kapot@school.nl');
    const row = await outboxRow('kapot@school.nl');
    expect(row.attempts).toBe(3);
    expect(row.sent_at).toBeNull();
    expect(row.failed_at).toBeInstanceOf(Date);
    expect(row.last_error).toMatch(/550|bestaat niet/);

    // Given up: no fourth attempt.
    await retryNow('kapot@school.nl');
    expect((await outboxRow('kapot@school.nl')).attempts).toBe(3);

    const status = await post<{
      mailStatus: { failed: number; recentProblems: { recipient: string; givenUp: boolean }[] };
    }>(t, MAIL_STATUS, {}, { authorization: `Bearer ${OPERATOR_TOKEN}` });
    expect(status.data!.mailStatus.failed).toBe(1);
    expect(status.data!.mailStatus.recentProblems).toContainEqual(
      expect.objectContaining({ recipient: 'kapot@school.nl', givenUp: true }),
    );
    const anonymous = await post(t, MAIL_STATUS);
    expect(anonymous.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
  }, 30_000);
});
