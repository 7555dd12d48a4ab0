/**
 * Årsjämförelse, pure: from two years' reports, which programs are new,
 * which renewed an earlier one (same municipality and type, new document),
 * which continue and which expired.
 */
import type { InventoryReport, ReportProgram } from '../report/index.ts';
import type { YearChange, YearComparison } from '../web/index.ts';

export function compareYears(from: InventoryReport, to: InventoryReport, names: Map<string, string>): YearComparison {
  const change = (p: ReportProgram, previous: ReportProgram | null = null): YearChange => ({
    municipalityCode: p.municipality,
    municipalityName: names.get(p.municipality) ?? p.municipality,
    documentId: p.documentId,
    title: p.title,
    programType: p.programType,
    validFrom: p.validFrom,
    validTo: p.validTo,
    previous: previous ? { documentId: previous.documentId, title: previous.title } : null,
  });
  const fromIds = new Set(from.programs.map((p) => p.documentId));
  const toIds = new Set(to.programs.map((p) => p.documentId));
  const added: YearChange[] = [];
  const renewed: YearChange[] = [];
  const continued: YearChange[] = [];
  const replaced = new Set<number>();
  for (const p of to.programs) {
    if (fromIds.has(p.documentId)) {
      continued.push(change(p));
      continue;
    }
    // A renewal: the municipality had a program of the same type the earlier year that is no longer valid.
    const previous = from.programs.find((q) => q.municipality === p.municipality && q.programType === p.programType && !toIds.has(q.documentId) && !replaced.has(q.documentId))
      ?? from.programs.find((q) => q.municipality === p.municipality && !toIds.has(q.documentId) && !replaced.has(q.documentId));
    if (previous) {
      replaced.add(previous.documentId);
      renewed.push(change(p, previous));
    } else added.push(change(p));
  }
  const expired = from.programs.filter((q) => !toIds.has(q.documentId) && !replaced.has(q.documentId)).map((q) => change(q));
  return { from: from.year, to: to.year, fromWith: from.withProgram, fromTotal: from.municipalities, toWith: to.withProgram, toTotal: to.municipalities, added, renewed, continued, expired };
}
