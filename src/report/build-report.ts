/**
 * Builds a year's inventory report from stored rows: the figures of the 2017
 * inventory for any year. Pure: the same rows always give the same report,
 * which is what both `programkartan report` and `/api/v1/report` print.
 */
import type { ActionPlan, MunicipalityStatus, ProgramType, RegionalLink } from '../domain/index.ts';
import type { DocumentRow, JudgedFields, YearRows } from '../store/index.ts';

export interface ReportProgram {
  municipality: string;
  title: string | null;
  url: string;
  programType: ProgramType;
  validFrom: number | null;
  validTo: number | null;
  regionalLink: RegionalLink;
  actionPlan: ActionPlan;
  sustainability: boolean;
  /** Extensions beyond the contract. */
  documentId: number;
  reviewed: boolean;
  needsReview: boolean;
}

export interface ReportMunicipality {
  code: string;
  name: string;
  countyCode: string;
  status: MunicipalityStatus;
  error: string | null;
  programs: number;
  /** Drafts (remiss, förslag) found: not adopted, so neither valid nor expired or future. */
  drafts: number;
}

export interface InventoryReport {
  year: number;
  municipalities: number;
  withProgram: number;
  programs: ReportProgram[];
  summary: {
    byType: Record<ProgramType, number>;
    regionalLink: Record<RegionalLink, number>;
    actionPlan: Record<ActionPlan, number>;
    sustainability: number;
  };
  /** Extensions: every municipality's status, so nothing is silently missing. */
  statuses: Record<MunicipalityStatus, number>;
  municipalityStatus: ReportMunicipality[];
  needsReview: number;
}

/** Machine judgement with every reviewed field replaced by the reviewer's value. */
export function effectiveFields(doc: DocumentRow): JudgedFields {
  return { ...doc.machine, ...doc.reviews };
}

/** How a judged document relates to a year: valid, expired, future, draft or not a program. */
export function validityInYear(fields: JudgedFields, year: number): 'valid' | 'expired' | 'future' | 'draft' | 'not_program' {
  if (!fields.isProgram) return 'not_program';
  if (fields.isDraft) return 'draft';
  if (fields.validFrom !== null && fields.validFrom > year) return 'future';
  if (fields.validTo !== null && fields.validTo < year) return 'expired';
  return 'valid';
}

const FORMAT_RANK: Record<string, number> = { pdf: 0, docx: 1, html: 2, text: 3 };

function normaliseTitle(title: string | null): string {
  return (title ?? '').toLowerCase().replace(/[^a-zåäö0-9]+/g, ' ').trim();
}

/** One program can be published twice (a PDF and a web page): keep one per municipality, type and period. */
function dedupeKey(f: JudgedFields): string {
  if (f.validFrom !== null || f.validTo !== null) return `${f.programType}|${f.validFrom}|${f.validTo}`;
  return `${f.programType}|${normaliseTitle(f.title)}`;
}

function preferred(a: DocumentRow, b: DocumentRow): DocumentRow {
  const reviewedA = Object.keys(a.reviews).length > 0;
  const reviewedB = Object.keys(b.reviews).length > 0;
  if (reviewedA !== reviewedB) return reviewedA ? a : b;
  const rank = (FORMAT_RANK[a.format] ?? 9) - (FORMAT_RANK[b.format] ?? 9);
  if (rank !== 0) return rank < 0 ? a : b;
  return a.documentId <= b.documentId ? a : b;
}

export function buildReport(rows: YearRows): InventoryReport {
  const { year } = rows;
  const noProgram = new Set(rows.municipalityReviews.filter((r) => r.field === 'noProgram' && r.value === true).map((r) => r.code));
  const byMunicipality = new Map<string, DocumentRow[]>();
  for (const doc of rows.documents) {
    const list = byMunicipality.get(doc.municipalityCode) ?? [];
    list.push(doc);
    byMunicipality.set(doc.municipalityCode, list);
  }

  const programs: ReportProgram[] = [];
  const municipalityStatus: ReportMunicipality[] = [];
  for (const site of rows.sites) {
    const docs = noProgram.has(site.code) ? [] : (byMunicipality.get(site.code) ?? []);
    const kept = new Map<string, DocumentRow>();
    let otherPrograms = 0;
    let drafts = 0;
    for (const doc of docs) {
      const fields = effectiveFields(doc);
      const validity = validityInYear(fields, year);
      if (validity === 'not_program') continue;
      // A draft on remiss is not an adopted program: a municipality with only a draft has none (its count tells).
      if (validity === 'draft') {
        drafts += 1;
        continue;
      }
      if (validity !== 'valid') {
        otherPrograms += 1;
        continue;
      }
      const key = dedupeKey(fields);
      const existing = kept.get(key);
      kept.set(key, existing ? preferred(existing, doc) : doc);
    }
    for (const doc of kept.values()) {
      const f = effectiveFields(doc);
      programs.push({
        municipality: site.code,
        title: f.title,
        url: doc.url,
        programType: (f.programType ?? 'other') as ProgramType,
        validFrom: f.validFrom,
        validTo: f.validTo,
        regionalLink: (f.regionalLink ?? 'none') as RegionalLink,
        actionPlan: (f.actionPlan ?? 'none') as ActionPlan,
        sustainability: f.sustainability ?? false,
        documentId: doc.documentId,
        reviewed: Object.keys(doc.reviews).length > 0,
        needsReview: doc.needsReview && Object.keys(doc.reviews).length === 0,
      });
    }
    let status: MunicipalityStatus;
    if (kept.size > 0) status = 'program_found';
    else if (site.crawlStatus === 'unreachable' && !noProgram.has(site.code)) status = 'unreachable';
    else if (otherPrograms > 0) status = 'only_expired_or_future';
    else status = 'none_found';
    municipalityStatus.push({ code: site.code, name: site.name, countyCode: site.countyCode, status, error: site.error, programs: kept.size, drafts });
  }
  programs.sort((a, b) => a.municipality.localeCompare(b.municipality) || (a.title ?? '').localeCompare(b.title ?? ''));

  const summary: InventoryReport['summary'] = {
    byType: { business: 0, growth: 0, other: 0 },
    regionalLink: { rus: 0, intermunicipal: 0, none: 0 },
    actionPlan: { included: 0, linked: 0, none: 0 },
    sustainability: 0,
  };
  for (const p of programs) {
    summary.byType[p.programType] += 1;
    summary.regionalLink[p.regionalLink] += 1;
    summary.actionPlan[p.actionPlan] += 1;
    if (p.sustainability) summary.sustainability += 1;
  }
  const statuses: Record<MunicipalityStatus, number> = { program_found: 0, none_found: 0, only_expired_or_future: 0, unreachable: 0 };
  for (const m of municipalityStatus) statuses[m.status] += 1;
  return {
    year,
    municipalities: rows.sites.length,
    withProgram: statuses.program_found,
    programs,
    summary,
    statuses,
    municipalityStatus,
    needsReview: programs.filter((p) => p.needsReview).length,
  };
}
