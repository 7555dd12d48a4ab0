/**
 * Human review decisions and good examples. Reviews are append-only rows in
 * `reviews` (the latest per field wins in src/report); machine
 * classifications are never touched here, so a new inventory run cannot
 * overwrite a reviewer.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { appDb } from './accounts-store.ts';

export interface ReviewInput {
  targetType: 'document' | 'municipality';
  targetId: string;
  year: number | null;
  field: string;
  value: unknown;
  reviewer: string;
  comment: string | null;
}

export interface ReviewRecord extends ReviewInput {
  id: number;
  createdAt: string;
}

/** Appends review decisions in one transaction; returns their ids. */
export async function addReviews(db: Kysely<Database>, inputs: ReviewInput[]): Promise<number[]> {
  if (inputs.length === 0) return [];
  const now = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const r of inputs) {
      const row = await trx
        .insertInto('reviews')
        .values({ target_type: r.targetType, target_id: r.targetId, year: r.year, field: r.field, value_json: JSON.stringify(r.value), reviewer: r.reviewer, comment: r.comment, created_at: now })
        .returning(['id'])
        .executeTakeFirstOrThrow();
      ids.push(Number(row.id));
    }
    return ids;
  });
}

/** The audit log, newest first, optionally for one target. */
export async function listReviews(
  db: Kysely<Database>,
  filter: { targetType?: 'document' | 'municipality'; targetId?: string; limit?: number; offset?: number } = {},
): Promise<{ rows: ReviewRecord[]; total: number }> {
  let q = db.selectFrom('reviews');
  if (filter.targetType) q = q.where('target_type', '=', filter.targetType);
  if (filter.targetId) q = q.where('target_id', '=', filter.targetId);
  const [rows, count] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(filter.limit ?? 50).offset(filter.offset ?? 0).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({
      id: Number(r.id),
      targetType: r.target_type === 'municipality' ? 'municipality' : 'document',
      targetId: r.target_id,
      year: r.year === null ? null : Number(r.year),
      field: r.field,
      value: JSON.parse(r.value_json) as unknown,
      reviewer: r.reviewer,
      comment: r.comment,
      createdAt: r.created_at,
    })),
  };
}

export interface QueueItem {
  documentId: number;
  municipalityCode: string;
  municipalityName: string | null;
  title: string | null;
  url: string;
  isProgram: boolean;
  programType: string | null;
  needsReview: boolean;
  reviewReasons: string[];
  /** The lowest confidence over the judged fields (1 when none given). */
  minConfidence: number;
}

function minConfidence(json: string): number {
  const values = Object.values(JSON.parse(json) as Record<string, unknown>).filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? 1 : Math.min(...values);
}

/**
 * Machine judgements nobody has reviewed yet, most uncertain first:
 * flagged ones before the rest, then by lowest confidence. Sorting happens
 * here in memory because confidence is stored as JSON.
 */
export async function reviewQueue(db: Kysely<Database>, options: { limit?: number; includeConfident?: boolean } = {}): Promise<{ items: QueueItem[]; total: number }> {
  const rows = await db
    .selectFrom('documents')
    .innerJoin('classifications', 'classifications.document_id', 'documents.id')
    .leftJoin('municipalities', 'municipalities.code', 'documents.municipality_code')
    .select([
      'documents.id',
      'documents.municipality_code',
      'municipalities.name',
      'documents.url',
      'classifications.title',
      'classifications.is_program',
      'classifications.program_type',
      'classifications.needs_review',
      'classifications.review_reasons_json',
      'classifications.confidence_json',
    ])
    .execute();
  const reviewed = new Set((await db.selectFrom('reviews').select('target_id').distinct().where('target_type', '=', 'document').where('field', '!=', 'goodExample').execute()).map((r) => Number(r.target_id)));
  const items = rows
    .filter((r) => !reviewed.has(Number(r.id)))
    .map((r) => ({
      documentId: Number(r.id),
      municipalityCode: r.municipality_code,
      municipalityName: r.name,
      title: r.title,
      url: r.url,
      isProgram: Number(r.is_program) === 1,
      programType: r.program_type,
      needsReview: Number(r.needs_review) === 1,
      reviewReasons: JSON.parse(r.review_reasons_json) as string[],
      minConfidence: minConfidence(r.confidence_json),
    }))
    .filter((i) => options.includeConfident || i.needsReview || i.minConfidence < 0.8)
    .sort((a, b) => Number(b.needsReview) - Number(a.needsReview) || a.minConfidence - b.minConfidence || a.documentId - b.documentId);
  return { items: items.slice(0, options.limit ?? 100), total: items.length };
}

export async function markGoodExample(db: Kysely<Database>, documentId: number, markedBy: string, comment: string | null): Promise<void> {
  await appDb(db)
    .insertInto('good_examples')
    .values({ document_id: documentId, marked_by: markedBy, comment, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('document_id').doUpdateSet({ marked_by: markedBy, comment, created_at: new Date().toISOString() }))
    .execute();
}

export async function unmarkGoodExample(db: Kysely<Database>, documentId: number): Promise<void> {
  await appDb(db).deleteFrom('good_examples').where('document_id', '=', documentId).execute();
}

export async function listGoodExamples(db: Kysely<Database>): Promise<Map<number, { markedBy: string; comment: string | null }>> {
  const rows = await appDb(db).selectFrom('good_examples').selectAll().execute();
  return new Map(rows.map((r) => [Number(r.document_id), { markedBy: r.marked_by, comment: r.comment }]));
}
