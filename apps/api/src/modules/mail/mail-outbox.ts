import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const logger = new Logger('MailOutbox');

// Mail goes into the mail_outbox table in the same transaction as the change that causes it,
// and is logged (without the body, which may hold a reset link). With SMTP_URL set, the mail
// module's delivery worker sends it afterwards, with retries (modules/mail); without it the
// table is where to read it.
export async function queueMail(
  tx: Pick<EntityManager, 'query'>,
  recipient: string,
  subject: string,
  body: string,
): Promise<void> {
  await tx.query(`INSERT INTO mail_outbox (recipient, subject, body) VALUES ($1, $2, $3)`, [
    recipient,
    subject,
    body,
  ]);
  logger.log(`Mail in de outbox voor ${recipient}: ${subject}`);
}
