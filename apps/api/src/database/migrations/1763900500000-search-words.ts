import type { MigrationInterface, QueryRunner } from 'typeorm';

// The words the embedded search index has seen, for typo correction: a misspelt query word
// is matched to its nearest known words (trigram similarity over this small table) and those
// are searched for, so full-text matching keeps its GIN index instead of comparing every row.
export class SearchWords1763900500000 implements MigrationInterface {
  name = 'SearchWords1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE search_word (word varchar(100) PRIMARY KEY)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS search_word`);
  }
}
