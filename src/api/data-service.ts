/**
 * Read models for the web app, cached in memory per data version. The
 * version is a cheap fingerprint of the database (max review id, runs,
 * documents, finished sites, sightings, good examples) checked at most every
 * 250 ms and immediately after our own writes, so a year's report is built
 * once per change instead of once per request.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, StoreConnection } from '../store/index.ts';
import { judgedFieldsFromRow, listGoodExamples, listYears, searchIndexStale, updateSearchIndex, type JudgedFields } from '../store/index.ts';
import { loadReport, type InventoryReport } from '../report/index.ts';

export interface CatalogueEntry {
  documentId: number;
  municipalityCode: string;
  municipalityName: string;
  countyCode: string;
  countyName: string;
  url: string;
  format: string;
  source: string;
  pageCount: number;
  scanned: boolean;
  createdAt: string;
  machine: JudgedFields;
  /** Machine judgement with reviewed fields replaced. */
  fields: JudgedFields;
  reviewedFields: string[];
  needsReview: boolean;
  reviewReasons: string[];
  confidence: Record<string, number>;
  details: Record<string, unknown>;
  agenda2030: boolean;
  goodExample: boolean;
  classifierVersion: string;
}

export interface DataService {
  readonly db: Kysely<Database>;
  readonly dialect: StoreConnection['dialect'];
  version(): Promise<string>;
  /** Forget cached state now (after a write through the app). */
  invalidate(): void;
  years(): Promise<number[]>;
  report(year: number): Promise<InventoryReport>;
  catalogue(): Promise<Map<number, CatalogueEntry>>;
  /** Brings the full-text index up to date when documents were added. */
  ensureSearchIndex(): Promise<void>;
  /** Memoises `load` under `key` until the data version changes (bounded; oldest entries dropped). */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
}

const MEMO_LIMIT = 500;

const FIELD_KEYS: Array<keyof JudgedFields> = ['isProgram', 'programType', 'title', 'validFrom', 'validTo', 'regionalLink', 'actionPlan', 'sustainability', 'isDraft'];

async function fingerprint(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<Record<string, number | null>>`SELECT
    (SELECT max(id) FROM reviews) AS r,
    (SELECT max(id) FROM runs) AS ru,
    (SELECT count(*) FROM documents) AS d,
    (SELECT count(*) FROM run_sites WHERE status IN ('done', 'unreachable')) AS s,
    (SELECT count(*) FROM sightings) AS si,
    (SELECT count(*) FROM good_examples) AS g,
    (SELECT max(classified_at) FROM classifications) AS c`.execute(db);
  return JSON.stringify(rows[0] ?? {});
}

async function loadCatalogue(db: Kysely<Database>): Promise<Map<number, CatalogueEntry>> {
  const rows = await db
    .selectFrom('documents')
    .innerJoin('classifications', 'classifications.document_id', 'documents.id')
    .leftJoin('municipalities', 'municipalities.code', 'documents.municipality_code')
    .select([
      'documents.id', 'documents.municipality_code', 'documents.url', 'documents.format', 'documents.source', 'documents.page_count', 'documents.scanned', 'documents.created_at', 'documents.title as doc_title',
      'municipalities.name', 'municipalities.county_code', 'municipalities.county_name',
      'classifications.is_program', 'classifications.program_type', 'classifications.title', 'classifications.valid_from', 'classifications.valid_to', 'classifications.regional_link',
      'classifications.action_plan', 'classifications.sustainability', 'classifications.is_draft', 'classifications.needs_review', 'classifications.confidence_json', 'classifications.details_json',
      'classifications.review_reasons_json', 'classifications.classifier_version',
    ])
    .execute();
  const reviews = await db.selectFrom('reviews').select(['target_id', 'field', 'value_json']).where('target_type', '=', 'document').orderBy('id', 'asc').execute();
  const reviewed = new Map<number, Partial<JudgedFields>>();
  for (const r of reviews) {
    if (!FIELD_KEYS.includes(r.field as keyof JudgedFields)) continue;
    const id = Number(r.target_id);
    const current = reviewed.get(id) ?? {};
    (current as Record<string, unknown>)[r.field] = JSON.parse(r.value_json) as unknown;
    reviewed.set(id, current);
  }
  const good = await listGoodExamples(db);
  const out = new Map<number, CatalogueEntry>();
  for (const r of rows) {
    const id = Number(r.id);
    const machine: JudgedFields = { ...judgedFieldsFromRow(r), title: r.title ?? r.doc_title };
    const review = reviewed.get(id) ?? {};
    const details = JSON.parse(r.details_json) as Record<string, unknown>;
    const agenda = details['agenda2030'] as { mentioned?: boolean } | undefined;
    out.set(id, {
      documentId: id,
      municipalityCode: r.municipality_code,
      municipalityName: r.name ?? r.municipality_code,
      countyCode: r.county_code ?? r.municipality_code.slice(0, 2),
      countyName: r.county_name ?? '',
      url: r.url,
      format: r.format,
      source: r.source,
      pageCount: Number(r.page_count),
      scanned: Number(r.scanned) === 1,
      createdAt: r.created_at,
      machine,
      fields: { ...machine, ...review },
      reviewedFields: Object.keys(review),
      needsReview: Number(r.needs_review) === 1,
      reviewReasons: JSON.parse(r.review_reasons_json) as string[],
      confidence: JSON.parse(r.confidence_json) as Record<string, number>,
      details,
      agenda2030: agenda?.mentioned === true,
      goodExample: good.has(id),
      classifierVersion: r.classifier_version,
    });
  }
  return out;
}

/** A data service over one database; one per app. */
export function createDataService(db: Kysely<Database>, dialect: StoreConnection['dialect'], options: { recheckMs?: number } = {}): DataService {
  const recheckMs = options.recheckMs ?? 250;
  let current: string | null = null;
  let checkedAt = 0;
  let pending: Promise<string> | null = null;
  let reports = new Map<number, Promise<InventoryReport>>();
  let catalogue: Promise<Map<number, CatalogueEntry>> | null = null;
  let years: Promise<number[]> | null = null;
  let indexedAt: string | null = null;
  let memos = new Map<string, Promise<unknown>>();

  async function version(): Promise<string> {
    if (current !== null && Date.now() - checkedAt < recheckMs) return current;
    pending ??= fingerprint(db).finally(() => {
      pending = null;
    });
    const v = await pending;
    checkedAt = Date.now();
    if (v !== current) {
      current = v;
      reports = new Map();
      memos = new Map();
      catalogue = null;
      years = null;
    }
    return v;
  }

  // A failed load must not stay cached.
  function remember<T>(promise: Promise<T>, forget: () => void): Promise<T> {
    promise.catch(forget);
    return promise;
  }

  return {
    db,
    dialect,
    version,
    invalidate() {
      checkedAt = 0;
    },
    async years() {
      await version();
      years ??= remember(listYears(db), () => (years = null));
      return years;
    },
    async report(year) {
      await version();
      let r = reports.get(year);
      if (!r) {
        r = remember(loadReport(db, year), () => reports.delete(year));
        reports.set(year, r);
      }
      return r;
    },
    async catalogue() {
      await version();
      catalogue ??= remember(loadCatalogue(db), () => (catalogue = null));
      return catalogue;
    },
    async memo<T>(key: string, load: () => Promise<T>): Promise<T> {
      await version();
      let hit = memos.get(key) as Promise<T> | undefined;
      if (!hit) {
        if (memos.size >= MEMO_LIMIT) memos.delete(memos.keys().next().value!);
        const table = memos;
        hit = remember(load(), () => table.delete(key));
        memos.set(key, hit);
      }
      return hit;
    },
    async ensureSearchIndex() {
      const v = await version();
      if (indexedAt === v) return;
      if (await searchIndexStale(db)) await updateSearchIndex(db, dialect);
      indexedAt = v;
    },
  };
}
