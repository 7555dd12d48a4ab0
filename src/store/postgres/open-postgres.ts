/**
 * PostgreSQL connection for server mode. Loaded lazily so the embedded
 * default never needs the driver. One pg Pool per process behind Kysely's
 * PostgresDialect; the same migrations and queries as SQLite run on it.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { InputError } from '../../domain/index.ts';
import type { StoreConnection } from '../open-store.ts';
import type { Database } from '../schema.ts';
import { redactUrl } from './redact-url.ts';

/** Connections per process; workers and the web app each hold one pool. */
const DEFAULT_POOL_SIZE = 10;

/** Opens a pool on `url` and checks that the server answers. Migrations are run by openStore. */
export async function openPostgres(url: string, options: { poolSize?: number } = {}): Promise<StoreConnection> {
  try {
    new URL(url);
  } catch {
    throw new InputError(`--db: not a valid postgres:// URL: ${redactUrl(url)}`);
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? DEFAULT_POOL_SIZE, application_name: 'programkartan' });
  // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', location: redactUrl(url), close: () => db.destroy() };
}
