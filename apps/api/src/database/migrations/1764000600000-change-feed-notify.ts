import type { MigrationInterface, QueryRunner } from 'typeorm';

// Every statement that records changes also sends one NOTIFY on `pw_change_feed`; PostgreSQL
// delivers it at commit (and folds duplicates within a transaction), so other API processes
// read the feed at once instead of at their next poll. Writers need no code for it, the
// importer CLIs included. Polling stays as the fallback when a listener is disconnected.
export class ChangeFeedNotify1764000600000 implements MigrationInterface {
  name = 'ChangeFeedNotify1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('pw_change_feed', '');
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER change_event_notify AFTER INSERT ON change_event
      FOR EACH STATEMENT EXECUTE FUNCTION notify_change_feed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS change_event_notify ON change_event`);
    await q.query(`DROP FUNCTION IF EXISTS notify_change_feed()`);
  }
}
