/**
 * Opens the database behind `--db`: a SQLite file path (the embedded default)
 * or a postgres:// URL (server mode). Runs pending migrations before use.
 */
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../domain/index.ts';
import { migrationProvider, type Dialect } from './migrations.ts';
import type { Database } from './schema.ts';
import { openNodeSqlite } from './sqlite/node-sqlite-database.ts';

export interface StoreConnection {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Human-readable location (file path or URL without password). */
  location: string;
  close(): Promise<void>;
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Opens and migrates the database at `target`. */
export async function openStore(target: string): Promise<StoreConnection> {
  if (!target) throw new InputError('--db saknas: ange en SQLite-fil eller en postgres://-URL (missing --db)');
  let connection: StoreConnection;
  if (isPostgresUrl(target)) {
    const { openPostgres } = await import('./postgres/open-postgres.ts');
    connection = await openPostgres(target);
  } else {
    if (target !== ':memory:') mkdirSync(dirname(target), { recursive: true });
    const database = openNodeSqlite(target);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    connection = { db, dialect: 'sqlite', location: target, close: () => db.destroy() };
  }
  const migrator = new Migrator({ db: connection.db, provider: migrationProvider(connection.dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await connection.close();
    throw new Error(`database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return connection;
}
