import type { MigrationInterface, QueryRunner } from 'typeorm';

// Email addresses have one spelling (apps/api/src/common/validation/email-address.ts
// normalEmail: trimmed, NFKC, lower case), and sign-in and sign-up look an address up in that
// spelling. Accounts stored before in another one (a decomposed ë, a full-width letter) are
// rewritten to it, so they can still sign in. An account whose rewritten address another account
// already has keeps its spelling, as does the younger of two that would become alike: merging
// two accounts is for an administrator to decide.
export class AccountEmailSpelling1766000800000 implements MigrationInterface {
  name = 'AccountEmailSpelling1766000800000';

  async up(q: QueryRunner): Promise<void> {
    // Where two stored spellings share a new one that no account has, only the oldest account
    // is rewritten (DISTINCT ON): both would break the unique index on lower(email).
    await q.query(`
      UPDATE user_account u SET email = n.normal
        FROM (SELECT DISTINCT ON (normal) id, normal
                FROM (SELECT id, created_at, email, lower(normalize(trim(email), NFKC)) AS normal
                        FROM user_account) spelt
               WHERE email <> normal
               ORDER BY normal, created_at, id) n
       WHERE u.id = n.id
         AND NOT EXISTS (
           SELECT 1 FROM user_account o WHERE o.id <> u.id AND lower(o.email) = n.normal)`);
  }

  async down(): Promise<void> {
    // The earlier spellings are not kept; they were the same addresses.
  }
}
