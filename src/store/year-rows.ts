/**
 * Loads everything a year's report needs: the latest crawl of each
 * municipality for that year, the documents it saw with their machine
 * judgements, and the human reviews that override them.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface SiteRow {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  runId: number;
  crawlStatus: string; // 'pending' | 'running' | 'done' | 'unreachable'
  error: string | null;
  url: string;
}

export interface JudgedFields {
  isProgram: boolean;
  programType: string | null;
  title: string | null;
  validFrom: number | null;
  validTo: number | null;
  regionalLink: string | null;
  actionPlan: string | null;
  sustainability: boolean | null;
  isDraft: boolean;
}

export interface DocumentRow {
  documentId: number;
  municipalityCode: string;
  url: string;
  format: string;
  source: string;
  machine: JudgedFields;
  needsReview: boolean;
  /** Review decisions per field: the latest wins. */
  reviews: Partial<JudgedFields>;
  confidence: Record<string, number>;
}

export interface MunicipalityReview {
  code: string;
  field: string;
  value: unknown;
}

export interface YearRows {
  year: number;
  sites: SiteRow[];
  documents: DocumentRow[];
  municipalityReviews: MunicipalityReview[];
}

/** A stored document with its machine judgement: what both crawled and hand-added documents contribute. */
const JUDGED_DOCUMENT_COLUMNS = [
  'documents.id',
  'documents.municipality_code',
  'documents.url',
  'documents.format',
  'documents.source',
  'classifications.is_program',
  'classifications.program_type',
  'classifications.title',
  'classifications.valid_from',
  'classifications.valid_to',
  'classifications.regional_link',
  'classifications.action_plan',
  'classifications.sustainability',
  'classifications.is_draft',
  'classifications.needs_review',
  'classifications.confidence_json',
] as const;

/** The columns of a `classifications` row that carry the machine's judgement. */
export interface ClassificationColumns {
  is_program: number;
  program_type: string | null;
  title: string | null;
  valid_from: number | null;
  valid_to: number | null;
  regional_link: string | null;
  action_plan: string | null;
  sustainability: number | null;
  is_draft: number;
}

/** A classification row as judged fields; drivers return numbers as strings or bigints, hence Number(). */
export function judgedFieldsFromRow(r: ClassificationColumns): JudgedFields {
  return {
    isProgram: Number(r.is_program) === 1,
    programType: r.program_type,
    title: r.title,
    validFrom: r.valid_from === null ? null : Number(r.valid_from),
    validTo: r.valid_to === null ? null : Number(r.valid_to),
    regionalLink: r.regional_link,
    actionPlan: r.action_plan,
    sustainability: r.sustainability === null ? null : Number(r.sustainability) === 1,
    isDraft: Number(r.is_draft) === 1,
  };
}

const REVIEWABLE_FIELDS = new Set(['isProgram', 'programType', 'title', 'validFrom', 'validTo', 'regionalLink', 'actionPlan', 'sustainability', 'isDraft']);

export async function loadYearRows(db: Kysely<Database>, year: number): Promise<YearRows> {
  const siteRows = await db
    .selectFrom('run_sites')
    .innerJoin('runs', 'runs.id', 'run_sites.run_id')
    .leftJoin('municipalities', 'municipalities.code', 'run_sites.site_code')
    .select(['run_sites.run_id', 'run_sites.site_code', 'run_sites.site_name', 'run_sites.status', 'run_sites.error', 'run_sites.url', 'municipalities.county_code', 'municipalities.county_name', 'municipalities.name'])
    .where('runs.year', '=', year)
    .orderBy('run_sites.run_id', 'asc')
    .execute();
  // The latest run that covered a municipality for this year decides its status.
  const latest = new Map<string, SiteRow>();
  for (const r of siteRows) {
    latest.set(r.site_code, {
      code: r.site_code,
      name: r.name ?? r.site_name,
      countyCode: r.county_code ?? r.site_code.slice(0, 2),
      countyName: r.county_name ?? '',
      runId: Number(r.run_id),
      crawlStatus: r.status,
      error: r.error,
      url: r.url,
    });
  }
  const sites = [...latest.values()].sort((a, b) => a.code.localeCompare(b.code));
  const pairs = new Set(sites.map((s) => `${s.runId}:${s.code}`));
  const runIds = [...new Set(sites.map((s) => s.runId))];

  const documentRows =
    runIds.length === 0
      ? []
      : await db
          .selectFrom('sightings')
          .innerJoin('documents', 'documents.id', 'sightings.document_id')
          .innerJoin('classifications', 'classifications.document_id', 'documents.id')
          .select([
            'sightings.run_id',
            'sightings.site_code',
            'sightings.url as seen_url',
            ...JUDGED_DOCUMENT_COLUMNS,
          ])
          .where('sightings.run_id', 'in', runIds)
          .execute();
  // Documents a reviewer added by hand belong to every year their validity covers.
  const manualRows = await db
    .selectFrom('documents')
    .innerJoin('classifications', 'classifications.document_id', 'documents.id')
    .select(JUDGED_DOCUMENT_COLUMNS)
    .where('documents.source', '!=', 'crawl')
    .execute();

  const reviews = await db.selectFrom('reviews').selectAll().orderBy('id', 'asc').execute();
  const documentReviews = new Map<number, Partial<JudgedFields>>();
  const municipalityReviews: MunicipalityReview[] = [];
  for (const r of reviews) {
    const value = JSON.parse(r.value_json) as unknown;
    if (r.target_type === 'document' && REVIEWABLE_FIELDS.has(r.field)) {
      const id = Number(r.target_id);
      const current = documentReviews.get(id) ?? {};
      (current as Record<string, unknown>)[r.field] = value;
      documentReviews.set(id, current);
    } else if (r.target_type === 'municipality' && (r.year === null || Number(r.year) === year)) {
      municipalityReviews.push({ code: r.target_id, field: r.field, value });
    }
  }

  const documents = new Map<number, DocumentRow>();
  const toRow = (r: (typeof manualRows)[number]): DocumentRow => ({
    documentId: Number(r.id),
    municipalityCode: r.municipality_code,
    url: r.url,
    format: r.format,
    source: r.source,
    machine: judgedFieldsFromRow(r),
    needsReview: Number(r.needs_review) === 1,
    reviews: documentReviews.get(Number(r.id)) ?? {},
    confidence: JSON.parse(r.confidence_json) as Record<string, number>,
  });
  for (const r of documentRows) {
    if (!pairs.has(`${Number(r.run_id)}:${r.site_code}`)) continue;
    if (!documents.has(Number(r.id))) documents.set(Number(r.id), toRow(r));
  }
  for (const r of manualRows) if (!documents.has(Number(r.id)) && latest.has(r.municipality_code)) documents.set(Number(r.id), toRow(r));
  return { year, sites, documents: [...documents.values()], municipalityReviews };
}
