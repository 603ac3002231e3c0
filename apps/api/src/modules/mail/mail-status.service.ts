import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, requireRole } from '../../common/auth/roles.js';
import { MailDeliveryWorker } from './mail-delivery.worker.js';
import type { MailStatusModel } from './models/mail-status.model.js';

interface ProblemRow {
  id: string;
  recipient: string;
  subject: string;
  attempts: number;
  last_error: string | null;
  failed_at: Date | null;
  created_at: Date;
}

// What an admin sees of the mail outbox: counts, the last error, the recent problem mails.
@Injectable()
export class MailStatusService {
  constructor(
    private readonly db: DataSource,
    private readonly worker: MailDeliveryWorker,
  ) {}

  async forAdmin(actor: Actor | null): Promise<MailStatusModel> {
    requireRole(actor, 'ADMIN');
    const status = await this.worker.status();
    const problems = (await this.db.query(
      `SELECT id::text AS id, recipient, subject, attempts, last_error, failed_at, created_at
         FROM mail_outbox
        WHERE sent_at IS NULL AND last_error IS NOT NULL
        ORDER BY id DESC LIMIT 20`,
    )) as ProblemRow[];
    return {
      transport: status.transport,
      description: status.description,
      pending: status.pending,
      failed: status.failed,
      lastError: status.lastError,
      lastSentAt: status.lastSentAt ? new Date(status.lastSentAt) : null,
      recentProblems: problems.map((p) => ({
        id: p.id,
        recipient: p.recipient,
        subject: p.subject,
        attempts: Number(p.attempts),
        lastError: p.last_error,
        givenUp: p.failed_at !== null,
        createdAt: p.created_at,
      })),
    };
  }
}
