/**
 * Writes a document, its pages, its machine classification and its evidence.
 * A document is identified by (municipality, content hash): the same file
 * found at two URLs is one document, seen twice.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Classification, DocumentInput } from '../domain/index.ts';
import type { Database } from './schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

/** Inserts or refreshes a document and records that `sighting` saw it. Returns the document id. */
export async function saveDocument(
  trx: Executor,
  input: DocumentInput,
  classification: Classification,
  classifierVersion: string,
  sighting: { runId: number; siteCode: string } | null,
): Promise<number> {
  const now = new Date().toISOString();
  let row = await trx
    .selectFrom('documents')
    .select(['id'])
    .where('municipality_code', '=', input.municipalityCode)
    .where('sha256', '=', input.sha256)
    .executeTakeFirst();
  if (!row) {
    row = await trx
      .insertInto('documents')
      .values({
        municipality_code: input.municipalityCode,
        url: input.url,
        sha256: input.sha256,
        format: input.format,
        title: input.title,
        page_count: input.pageCount,
        scanned: input.scanned ? 1 : 0,
        warnings_json: JSON.stringify(input.warnings),
        source: input.source,
        created_at: now,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const id = row.id;
    for (let i = 0; i < input.pages.length; i += 100) {
      await trx
        .insertInto('pages')
        .values(input.pages.slice(i, i + 100).map((text, j) => ({ document_id: id, page_no: i + j + 1, text })))
        .execute();
    }
    await writeClassification(trx, id, classification, classifierVersion);
  }
  if (sighting) {
    await trx
      .insertInto('sightings')
      .values({ run_id: sighting.runId, document_id: row.id, site_code: sighting.siteCode, url: input.url })
      .onConflict((oc) => oc.columns(['run_id', 'document_id', 'url']).doNothing())
      .execute();
  }
  return row.id;
}

/** Replaces the machine classification of a document. Reviews live elsewhere and are untouched. */
export async function writeClassification(trx: Executor, documentId: number, c: Classification, classifierVersion: string): Promise<void> {
  await trx.deleteFrom('evidence').where('document_id', '=', documentId).execute();
  await trx.deleteFrom('classifications').where('document_id', '=', documentId).execute();
  await trx
    .insertInto('classifications')
    .values({
      document_id: documentId,
      classifier_version: classifierVersion,
      is_program: c.isProgram ? 1 : 0,
      program_type: c.programType,
      title: c.title,
      valid_from: c.validFrom,
      valid_to: c.validTo,
      regional_link: c.regionalLink,
      action_plan: c.actionPlan,
      sustainability: c.sustainability === null ? null : c.sustainability ? 1 : 0,
      is_draft: c.details.isDraft ? 1 : 0,
      needs_review: c.needsReview ? 1 : 0,
      details_json: JSON.stringify(c.details),
      confidence_json: JSON.stringify(c.confidence),
      review_reasons_json: JSON.stringify(c.reviewReasons),
      signals_json: JSON.stringify(c.signals),
      classified_at: new Date().toISOString(),
    })
    .execute();
  const evidence = c.evidence.slice(0, 200);
  if (evidence.length > 0) {
    await trx
      .insertInto('evidence')
      .values(evidence.map((e) => ({ document_id: documentId, aspect: e.aspect, quote: e.quote.slice(0, 1000), page: e.page })))
      .execute();
  }
}
