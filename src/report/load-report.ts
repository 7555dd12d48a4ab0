/** Reads a year's rows from the store and builds the report. */
import type { Kysely } from 'kysely';
import type { Database } from '../store/index.ts';
import { loadYearRows } from '../store/index.ts';
import { buildReport, type InventoryReport } from './build-report.ts';

export async function loadReport(db: Kysely<Database>, year: number): Promise<InventoryReport> {
  return buildReport(await loadYearRows(db, year));
}
