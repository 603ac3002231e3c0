import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// An SMTP server in the test process that keeps every message it receives, decoded: the mail
// outbox's delivery worker sends to it over real SMTP (no AUTH, no STARTTLS).

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface SmtpCapture {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/** A message's body, quoted-printable decoded when its headers say so (nodemailer wraps long
 * lines that way). */
export function decodedBody(headers: string, body: string): string {
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return body;
  const bytes = body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** Subject and text of a raw message (headers unfolded, quoted-printable decoded). */
export function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = decodedBody(headers, raw.slice(split + 4));
  const subjectLine = /^Subject: (.*)$/im.exec(headers)?.[1] ?? '';
  // Non-ASCII subjects arrive as =?UTF-8?Q?…?= words.
  const subject = subjectLine.replace(
    /=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi,
    (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (__, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
  );
  return { subject, text: body };
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          ...parseMail(Buffer.concat(chunks).toString('latin1')),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The first received mail to `to` whose subject matches; `drain` makes the app send its
 * outbox now (the mail-delivery worker), so tests need not wait for its interval.
 */
export async function waitForMail(
  received: readonly ReceivedMail[],
  to: string,
  subject: RegExp,
  drain: () => Promise<unknown>,
  timeoutMs = 20_000,
): Promise<ReceivedMail> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    await drain();
    const mail = received.find((m) => m.to.includes(to.toLowerCase()) && subject.test(m.subject));
    if (mail) return mail;
    if (Date.now() > end) {
      throw new Error(
        `no mail to ${to} matching ${subject} within ${timeoutMs} ms; got ${JSON.stringify(received.map((m) => [m.to, m.subject]))}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
