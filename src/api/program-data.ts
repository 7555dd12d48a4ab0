/** Loads everything the program page and `/api/v1/programs/:id` show about one document. */
import { listReviews } from '../store/index.ts';
import type { ProgramPageData } from '../web/index.ts';
import type { DataService } from './data-service.ts';

export async function loadProgram(data: DataService, id: number): Promise<ProgramPageData | null> {
  const entry = (await data.catalogue()).get(id);
  if (!entry) return null;
  const [evidence, pages, reviews] = await Promise.all([
    data.db.selectFrom('evidence').select(['aspect', 'quote', 'page']).where('document_id', '=', id).orderBy('id').execute(),
    data.db.selectFrom('pages').select(['page_no', 'text']).where('document_id', '=', id).orderBy('page_no').execute(),
    listReviews(data.db, { targetType: 'document', targetId: String(id), limit: 200 }),
  ]);
  return {
    documentId: id,
    municipalityCode: entry.municipalityCode,
    municipalityName: entry.municipalityName,
    url: entry.url,
    format: entry.format,
    source: entry.source,
    pageCount: entry.pageCount,
    scanned: entry.scanned,
    machine: entry.machine,
    fields: entry.fields,
    reviewedFields: entry.reviewedFields,
    needsReview: entry.needsReview,
    reviewReasons: entry.reviewReasons,
    confidence: entry.confidence,
    details: entry.details,
    evidence: evidence.map((e) => ({ aspect: e.aspect, quote: e.quote, page: Number(e.page) })),
    pages: pages.map((p) => ({ pageNo: Number(p.page_no), text: p.text })),
    reviews: reviews.rows.map((r) => ({ id: r.id, field: r.field, value: r.value, reviewer: r.reviewer, comment: r.comment, createdAt: r.createdAt })),
    goodExample: entry.goodExample,
  };
}
