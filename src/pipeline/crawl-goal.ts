/**
 * What a focused crawl looks for: a program valid in the inventory year.
 * Shared by the one-process inventory and the queue workers so both stop
 * searching a site at the same point.
 */
import type { Kysely } from 'kysely';
import type { ProcessedResource } from '../domain/index.ts';
import { isValidInYear } from '../classify/index.ts';
import { storedValidity, type Database } from '../store/index.ts';

/** True when the processed resource is a program valid in `year` (new, or met again unchanged). */
export function isProgramValidIn(processed: ProcessedResource, year: number): boolean {
  if (processed.kind === 'document') return isValidInYear(processed.classification, year) === 'valid';
  if (processed.kind === 'unchanged' && processed.stored) return isValidInYear(processed.stored, year) === 'valid';
  return false;
}

/** Fills in the stored judgement of a document met unchanged, so isProgramValidIn can tell. */
export async function withStoredJudgement(db: Kysely<Database>, siteCode: string, processed: ProcessedResource | null): Promise<ProcessedResource | null> {
  if (processed?.kind !== 'unchanged') return processed;
  return { ...processed, stored: await storedValidity(db, siteCode, processed.sha256) };
}
