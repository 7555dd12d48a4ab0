/**
 * Migration 003, server mode: what PostgreSQL needs beyond the shared schema.
 * On SQLite it does nothing (the migration list stays the same on both).
 *
 * - search_pages gets a tsvector over the stored Swedish stems with a GIN
 *   index, plus each page's token count for BM25 ranking. The stems come from
 *   the app's Snowball Swedish stemmer (the algorithm behind PostgreSQL's
 *   `swedish` configuration) plus compound rules, so the `simple`
 *   configuration is used on them: stemming twice or dropping stop words
 *   would make server-mode results differ from the embedded FTS5 ones.
 * - origin_slots holds the per-origin politeness state shared by all crawl
 *   workers (see src/crawler/shared-origin-scheduler.ts).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../migrations.ts';

export function serverModeMigration(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect !== 'postgres') return;
      await sql`ALTER TABLE search_pages ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, stems)) STORED`.execute(db);
      await sql`ALTER TABLE search_pages ADD COLUMN token_count integer GENERATED ALWAYS AS (coalesce(array_length(string_to_array(btrim(stems), ' '), 1), 0)) STORED`.execute(db);
      await sql`CREATE INDEX search_pages_tsv ON search_pages USING gin (tsv)`.execute(db);
      await db.schema
        .createTable('origin_slots')
        .addColumn('origin', 'text', (c) => c.primaryKey())
        // Epoch milliseconds on the database clock: no worker's clock is trusted over another's.
        .addColumn('next_at', 'bigint', (c) => c.notNull())
        .addColumn('delay_ms', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('holder', 'text')
        .execute();
    },
  };
}
