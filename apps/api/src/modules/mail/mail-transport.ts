import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config/config.schema.js';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Where queued mail goes. Null (no SMTP_URL) means: mail stays in the outbox and is logged. */
export interface MailTransport {
  /** For /health and the admin page, without credentials. */
  readonly description: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

const TIMEOUT_MS = 20_000;

/** `smtp://user:secret@host:587` → `smtp://user:***@host:587`, for logs and status pages. */
export function redactSmtpUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    return url.toString().replace(/\/$/, '');
  } catch {
    return 'smtp://(ongeldig)';
  }
}

export function createSmtpTransport(config: AppConfig): MailTransport | null {
  if (!config.SMTP_URL) return null;
  const secret = config.SMTP_URL;
  const password = decodeURIComponent(new URL(secret).password);
  const transporter = nodemailer.createTransport(
    {
      url: secret,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    },
    { from: config.MAIL_FROM },
  );
  return {
    description: `SMTP ${redactSmtpUrl(secret)}`,
    async send(mail) {
      try {
        await transporter.sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
      } catch (error) {
        // Errors end up in logs and the outbox table: never with the SMTP password in them.
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(password ? message.split(password).join('***') : message, { cause: error });
      }
    },
    close() {
      transporter.close();
    },
  };
}
