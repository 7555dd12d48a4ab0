/**
 * PostgreSQL connection for server mode (issue: scale-out). Loaded lazily so
 * the embedded default never needs the driver.
 */
import { InputError } from '../../domain/index.ts';
import type { StoreConnection } from '../open-store.ts';

export async function openPostgres(url: string): Promise<StoreConnection> {
  void url;
  throw new InputError('PostgreSQL (--db postgres://…) is not supported in this version yet; use a SQLite file path');
}
