import type { MigrationInterface, QueryRunner } from 'typeorm';

// An append-only change feed, written in the same transaction as the change itself.
// Readers (the in-memory coverage index of every API process, the search sync worker)
// keep their own watermark. Rows are read in (txid, id) order and only once their
// transaction is older than every running one, so a reader never skips a late commit.
export class ChangeFeed1763900100000 implements MigrationInterface {
  name = 'ChangeFeed1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_event (
        id bigserial PRIMARY KEY,
        txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        entity varchar(20) NOT NULL
          CHECK (entity IN ('ORGANISATION', 'OFFERING', 'SCHOOL', 'MUNICIPALITY', 'PROVINCE')),
        entity_id varchar(64) NOT NULL,
        op varchar(10) NOT NULL CHECK (op IN ('UPSERT', 'DELETE')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX change_event_txid_idx ON change_event (txid, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS change_event`);
  }
}
