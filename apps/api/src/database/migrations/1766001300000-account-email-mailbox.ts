import type { MigrationInterface, QueryRunner } from 'typeorm';

// Accounts stored before decision 0034 in a spelling every input now refuses: a quoted local
// part whose quotes are not needed ("x"@example.nl) or a domain with the DNS root's trailing dot
// (x@example.nl.). They reach the mailbox x@example.nl, and sign-in still found them, but a
// password reset could not: the quoted or dotted spelling is refused at the request, and the plain
// one found no account. They are rewritten to the mailbox's plain spelling (mailboxKey in
// common/validation/email-address.ts); sign-in finds them by either spelling.
//
// Left as they are, for an administrator to decide (as the fifteenth session's migration): an
// account whose plain spelling another account has (one mailbox, two accounts: rewriting would
// merge them or break the unique index), the younger of two that would become alike, and a
// quoted part that needs its quotes ("a b"@x.nl) or a domain literal, which have no plain form.
const MAILBOX = String.raw`
  SELECT DISTINCT ON (target) id, target
    FROM (SELECT id, created_at,
                 CASE WHEN local ~ '^".*"$' THEN substr(local, 2, length(local) - 2) ELSE local END
                   || '@' || regexp_replace(domain, '\.+$', '') AS target
            FROM (SELECT id, created_at,
                         substring(normal from '^(.*)@[^@]*$') AS local,
                         substring(normal from '@([^@]*)$') AS domain
                    FROM (SELECT id, created_at, lower(normalize(trim(email), NFKC)) AS normal
                            FROM user_account) spelt
                   WHERE normal ~ '^"[^"\\]*"@[^@]*$' OR normal ~ '\.$') parts) mailbox
   -- A plain address: nothing that would need quotes, no dot at either end of the local part
   -- or two in a row, no domain literal.
   WHERE target ~ '^[^\s"\\()<>,;:@\[\]]+@[^\s"\\()<>,;:@\[\]]+\.[^\s"\\()<>,;:@\[\]]+$'
     AND target !~ '^\.|\.@|\.\.'
   ORDER BY target, created_at, id`;

export class AccountEmailMailbox1766001300000 implements MigrationInterface {
  name = 'AccountEmailMailbox1766001300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE user_account u SET email = m.target
        FROM (${MAILBOX}) m
       WHERE u.id = m.id
         AND NOT EXISTS (
           SELECT 1 FROM user_account o WHERE o.id <> u.id AND lower(o.email) = m.target)`);
  }

  async down(): Promise<void> {
    // The quoted and dotted spellings are not kept: they were the same mailboxes, and sign-in
    // finds an account by either (accounts/repository.ts accountRowByEmail).
  }
}
