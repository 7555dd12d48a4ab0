/**
 * Schema migrations, written once for both SQLite and PostgreSQL. Identity
 * columns are the one place the dialects differ, hence `idColumn`.
 */
import { sql, type Kysely, type Migration, type MigrationProvider, type CreateTableBuilder } from 'kysely';
import { serverModeMigration } from './postgres/server-mode-migration.ts';

export type Dialect = 'sqlite' | 'postgres';

function idColumn<T extends string>(table: CreateTableBuilder<T, never>, dialect: Dialect): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('municipalities')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('county_code', 'text', (c) => c.notNull())
        .addColumn('county_name', 'text', (c) => c.notNull())
        .execute();
      await idColumn(db.schema.createTable('runs'), dialect)
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('options_json', 'text', (c) => c.notNull())
        .addColumn('sites_key', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema
        .createTable('run_sites')
        .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'))
        .addColumn('site_code', 'text', (c) => c.notNull())
        .addColumn('site_name', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('fetched', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('documents', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('errors', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('finished_at', 'text')
        .addPrimaryKeyConstraint('run_sites_pk', ['run_id', 'site_code'])
        .execute();
      await db.schema
        .createTable('frontier')
        .addColumn('run_id', 'integer', (c) => c.notNull())
        .addColumn('site_code', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('score', 'real', (c) => c.notNull())
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addColumn('referrer', 'text')
        .addColumn('anchor', 'text')
        .addColumn('via', 'text', (c) => c.notNull())
        .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('frontier_pk', ['run_id', 'site_code', 'url'])
        .execute();
      await idColumn(db.schema.createTable('fetches'), dialect)
        .addColumn('run_id', 'integer', (c) => c.notNull())
        .addColumn('site_code', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('final_url', 'text', (c) => c.notNull())
        .addColumn('status', 'integer')
        .addColumn('content_type', 'text')
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text')
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('unchanged', 'integer', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('fetched_at', 'text', (c) => c.notNull())
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addUniqueConstraint('fetches_run_url', ['run_id', 'site_code', 'url'])
        .execute();
      await db.schema.createIndex('fetches_url').on('fetches').columns(['url', 'id']).execute();
      await idColumn(db.schema.createTable('documents'), dialect)
        .addColumn('municipality_code', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('page_count', 'integer', (c) => c.notNull())
        .addColumn('scanned', 'integer', (c) => c.notNull())
        .addColumn('warnings_json', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('documents_municipality_sha', ['municipality_code', 'sha256'])
        .execute();
      await db.schema.createIndex('documents_url').on('documents').column('url').execute();
      await db.schema
        .createTable('pages')
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('page_no', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('pages_pk', ['document_id', 'page_no'])
        .execute();
      await db.schema
        .createTable('classifications')
        .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
        .addColumn('classifier_version', 'text', (c) => c.notNull())
        .addColumn('is_program', 'integer', (c) => c.notNull())
        .addColumn('program_type', 'text')
        .addColumn('title', 'text')
        .addColumn('valid_from', 'integer')
        .addColumn('valid_to', 'integer')
        .addColumn('regional_link', 'text')
        .addColumn('action_plan', 'text')
        .addColumn('sustainability', 'integer')
        .addColumn('is_draft', 'integer', (c) => c.notNull())
        .addColumn('needs_review', 'integer', (c) => c.notNull())
        .addColumn('details_json', 'text', (c) => c.notNull())
        .addColumn('confidence_json', 'text', (c) => c.notNull())
        .addColumn('review_reasons_json', 'text', (c) => c.notNull())
        .addColumn('signals_json', 'text', (c) => c.notNull())
        .addColumn('classified_at', 'text', (c) => c.notNull())
        .execute();
      await idColumn(db.schema.createTable('evidence'), dialect)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('aspect', 'text', (c) => c.notNull())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('page', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('evidence_document').on('evidence').column('document_id').execute();
      await db.schema
        .createTable('sightings')
        .addColumn('run_id', 'integer', (c) => c.notNull())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('site_code', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('sightings_pk', ['run_id', 'document_id', 'url'])
        .execute();
      await idColumn(db.schema.createTable('document_errors'), dialect)
        .addColumn('run_id', 'integer', (c) => c.notNull())
        .addColumn('site_code', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('document_errors_run_url', ['run_id', 'site_code', 'url'])
        .execute();
      await idColumn(db.schema.createTable('reviews'), dialect)
        .addColumn('target_type', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('year', 'integer')
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('value_json', 'text', (c) => c.notNull())
        .addColumn('reviewer', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reviews_target').on('reviews').columns(['target_type', 'target_id']).execute();
      void sql; // keep import for later migrations that need raw SQL
    },
  };
}

/** All migrations in order; never edit a released one, add a new one. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return {
    async getMigrations() {
      return {
        '2026-11-28-001-initial': initial(dialect),
        '2026-11-28-002-accounts-search': accountsSearch(dialect),
        '2026-11-28-003-server-mode': serverModeMigration(dialect),
        '2026-11-28-004-goal-found': goalFoundMigration(),
      };
    },
  };
}

/**
 * Accounts, sessions, login attempts, good examples and the full-text search
 * index of the web app. The search table is FTS5 on SQLite; PostgreSQL gets a
 * plain table searched with LIKE over the same stemmed tokens.
 */
function accountsSearch(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      await idColumn(db.schema.createTable('users'), dialect)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await idColumn(db.schema.createTable('login_attempts'), dialect)
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('username', 'text', (c) => c.notNull())
        .addColumn('success', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_attempts_time').on('login_attempts').columns(['created_at']).execute();
      await db.schema
        .createTable('good_examples')
        .addColumn('document_id', 'integer', (c) => c.primaryKey())
        .addColumn('marked_by', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('search_indexed')
        .addColumn('document_id', 'integer', (c) => c.primaryKey())
        .addColumn('indexed_at', 'text', (c) => c.notNull())
        .execute();
      if (dialect === 'sqlite') {
        await sql`CREATE VIRTUAL TABLE search_pages USING fts5(stems, document_id UNINDEXED, page_no UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
      } else {
        await db.schema
          .createTable('search_pages')
          .addColumn('document_id', 'integer', (c) => c.notNull())
          .addColumn('page_no', 'integer', (c) => c.notNull())
          .addColumn('stems', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('search_pages_document').on('search_pages').column('document_id').execute();
      }
    },
  };
}

/** Remembers per run and site that a program valid in the year was found, so a resumed crawl stays narrow. */
function goalFoundMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('run_sites').addColumn('goal_found', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
  };
}
