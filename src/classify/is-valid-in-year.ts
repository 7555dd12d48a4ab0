/**
 * Whether a classified program applies in a given year. Drafts never count;
 * a program with a start but no end is taken as valid until replaced
 * (Swedish governing documents without an end date apply until a new one is
 * adopted), which is also what "gäller tills vidare" says.
 */
import type { ValidityFacts } from '../domain/index.ts';

export type YearValidity = 'valid' | 'expired' | 'future' | 'unknown' | 'draft';

export function isValidInYear(c: ValidityFacts, year: number): YearValidity {
  if (!c.isProgram) return 'unknown';
  if (c.details?.isDraft) return 'draft';
  const from = c.validFrom;
  const to = c.validTo;
  if (from === null && to === null) return 'unknown';
  if (from !== null && year < from) return 'future';
  if (to !== null && year > to) return 'expired';
  if (from !== null) return 'valid';
  // Only an end year: valid up to it, but a start is unknown far before it.
  return to !== null && to - year <= 10 ? 'valid' : 'unknown';
}
