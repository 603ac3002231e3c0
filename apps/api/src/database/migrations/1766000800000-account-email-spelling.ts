import type { MigrationInterface, QueryRunner } from 'typeorm';

// Email addresses have one spelling (apps/api/src/common/validation/email-address.ts
// normalEmail: trimmed, NFKC, lower case), and sign-in and sign-up look an address up in that
// spelling. Accounts stored before in another one (a decomposed ë, a full-width letter) are
// rewritten to it, so they can still sign in. An account whose rewritten address another account
// already has keeps its spelling: merging two accounts is for an administrator to decide.
export class AccountEmailSpelling1766000800000 implements MigrationInterface {
  name = 'AccountEmailSpelling1766000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE user_account u SET email = lower(normalize(trim(u.email), NFKC))
       WHERE u.email <> lower(normalize(trim(u.email), NFKC))
         AND NOT EXISTS (
           SELECT 1 FROM user_account o
            WHERE o.id <> u.id AND lower(o.email) = lower(normalize(trim(u.email), NFKC)))`);
  }

  async down(): Promise<void> {
    // The earlier spellings are not kept; they were the same addresses.
  }
}
