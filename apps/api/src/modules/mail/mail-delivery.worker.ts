import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BackgroundWorker } from '../../common/lifecycle/background-worker.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { returnedRows } from '../../database/returned-rows.js';
import { givesUp, retryDelayMs } from './mail-retry.js';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport.js';

const BATCH = 20;
// While one process sends a claimed mail, others leave it alone for this long.
const LEASE_SECONDS = 120;
// Mail queued longer ago than this (e.g. while SMTP was not configured yet) is not sent any
// more: its links have expired. Invitations live longest (7 days).
const MAX_AGE_DAYS = 7;

export interface MailDeliveryStatus {
  transport: 'SMTP' | 'LOG';
  description: string;
  /** Waiting to be sent (or retried). */
  pending: number;
  /** Given up on after MAIL_MAX_ATTEMPTS attempts (or too old). */
  failed: number;
  lastError: string | null;
  consecutiveFailures: number;
  lastSentAt: string | null;
}

interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Sends the mail outbox over SMTP when SMTP_URL is set. Mail is queued in the transaction that
 * causes it (see accounts/mail-outbox.ts); this worker picks it up afterwards, so a slow or
 * broken mail server never blocks or fails the request. A failed mail is retried with
 * exponential backoff and given up on after MAIL_MAX_ATTEMPTS; each failure is logged and kept
 * in `last_error`, and /health and the admin page show the counts.
 */
@Injectable()
export class MailDeliveryWorker extends BackgroundWorker {
  private readonly logger = new Logger('Mail');
  private failures = 0;
  private lastError: string | null = null;
  private lastSentAt: Date | null = null;

  constructor(
    private readonly db: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    if (!this.transport) {
      this.logger.log('Geen SMTP_URL: mail blijft in de outbox (mail_outbox) en wordt gelogd');
      return;
    }
    this.logger.log(`Mail gaat via ${this.transport.description}`);
    void this.tick();
    this.every(this.config.MAIL_SEND_INTERVAL_MS, () => void this.tick());
  }

  override async beforeApplicationShutdown(): Promise<void> {
    await super.beforeApplicationShutdown();
    this.transport?.close();
  }

  /** Sends what is due now (tests; the timer does the same). Never throws. */
  drain(): Promise<void> {
    return this.tick();
  }

  async status(): Promise<MailDeliveryStatus> {
    const rows = (await this.db.query(
      `SELECT count(*) FILTER (WHERE sent_at IS NULL AND failed_at IS NULL)::int AS pending,
              count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed
         FROM mail_outbox`,
    )) as { pending: number; failed: number }[];
    return {
      transport: this.transport ? 'SMTP' : 'LOG',
      description: this.transport?.description ?? 'alleen loggen (geen SMTP_URL)',
      pending: Number(rows[0]?.pending ?? 0),
      failed: Number(rows[0]?.failed ?? 0),
      lastError: this.lastError,
      consecutiveFailures: this.failures,
      lastSentAt: this.lastSentAt?.toISOString() ?? null,
    };
  }

  private tick(): Promise<void> {
    if (this.stopped || !this.transport) return this.idle();
    return this.serially(() => this.drainOnce());
  }

  private async drainOnce(): Promise<void> {
    const transport = this.transport;
    if (this.stopped || !transport) return;
    try {
      await this.expireOld();
      for (;;) {
        const batch = await this.claim();
        if (batch.length === 0) return;
        for (const mail of batch) {
          if (this.stopped) return;
          await this.deliver(transport, mail);
        }
      }
    } catch (error) {
      // The database itself failed (not a mail): try again on the next tick.
      this.lastError = messageOf(error);
      this.logger.warn(`Mail-outbox lezen mislukt: ${this.lastError}`);
    }
  }

  private async deliver(transport: MailTransport, mail: ClaimedMail): Promise<void> {
    const attempts = mail.attempts + 1;
    try {
      await transport.send({ to: mail.recipient, subject: mail.subject, text: mail.body });
      await this.db.query(
        `UPDATE mail_outbox SET sent_at = now(), attempts = $2, last_error = NULL WHERE id = $1`,
        [mail.id, attempts],
      );
      this.failures = 0;
      this.lastError = null;
      this.lastSentAt = new Date();
      this.logger.log(`Mail ${mail.id} verstuurd naar ${mail.recipient}: ${mail.subject}`);
    } catch (error) {
      const message = messageOf(error).slice(0, 1000);
      const final = givesUp(attempts, this.config.MAIL_MAX_ATTEMPTS);
      const delayMs = retryDelayMs(attempts);
      await this.db.query(
        `UPDATE mail_outbox
            SET attempts = $2, last_error = $3,
                next_attempt_at = now() + make_interval(secs => $4),
                failed_at = CASE WHEN $5 THEN now() ELSE NULL END
          WHERE id = $1`,
        [mail.id, attempts, message, delayMs / 1000, final],
      );
      this.failures += 1;
      this.lastError = message;
      if (final) {
        this.logger.error(
          `Mail ${mail.id} aan ${mail.recipient} opgegeven na ${attempts} pogingen: ${message}`,
        );
      } else {
        this.logger.warn(
          `Mail ${mail.id} aan ${mail.recipient} niet verstuurd (poging ${attempts}), opnieuw over ${Math.round(delayMs / 1000)} s: ${message}`,
        );
      }
    }
  }

  // Takes due mail and leases it, so a second API process does not send it too.
  private async claim(): Promise<ClaimedMail[]> {
    const result = (await this.db.query(
      `UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => $2)
        WHERE id IN (
          SELECT id FROM mail_outbox
           WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
           ORDER BY next_attempt_at, id
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING id::text AS id, recipient, subject, body, attempts`,
      [BATCH, LEASE_SECONDS],
    )) as unknown;
    return returnedRows<ClaimedMail>(result).sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async expireOld(): Promise<void> {
    await this.db.query(
      `UPDATE mail_outbox
          SET failed_at = now(), last_error = 'te oud om nog te versturen (older than ${MAX_AGE_DAYS} days)'
        WHERE sent_at IS NULL AND failed_at IS NULL
          AND created_at < now() - make_interval(days => $1)`,
      [MAX_AGE_DAYS],
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
