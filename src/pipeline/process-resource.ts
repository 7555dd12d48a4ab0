/**
 * Turns one fetched resource into what the store keeps: extract its text,
 * classify it, and decide whether it is worth storing. Never throws: a bad
 * document becomes an error recorded against its URL and the run goes on.
 */
import type { FetchedResource, ProcessedResource, Site } from '../domain/index.ts';
import { ExtractionError } from '../domain/index.ts';
import { extractDocument } from '../extract/index.ts';
import { classifyDocument } from '../classify/index.ts';

export const CLASSIFIER_VERSION = 'rules-1';

export interface ProcessContext {
  site: Site;
  year: number;
  countyCode: string | null;
}

export async function processResource(resource: FetchedResource, context: ProcessContext): Promise<ProcessedResource | null> {
  const { record } = resource;
  if (record.unchanged && record.sha256) return { kind: 'unchanged', sha256: record.sha256 };
  if (!resource.body || record.error || record.status === null || record.status >= 400) return null;
  const kind = resource.kind;
  if (resource.body.length === 0) return { kind: 'error', code: 'empty', message: `empty response body (0 bytes, Content-Type ${record.contentType ?? 'missing'})` };
  if (kind !== 'pdf' && kind !== 'docx' && kind !== 'html' && kind !== 'text') return { kind: 'skipped', reason: `not a document (${kind ?? 'unknown'})` };
  try {
    const document = await extractDocument(resource.body, { url: record.finalUrl, contentType: record.contentType });
    const classification = classifyDocument(document, { url: record.finalUrl, municipalityName: context.site.name, countyCode: context.countyCode, year: context.year });
    // Web pages are stored only when they may be a program; PDF and DOCX files are governing documents worth keeping.
    if ((kind === 'html' || kind === 'text') && !classification.isProgram && !classification.needsReview) return { kind: 'skipped', reason: 'web page, not a program' };
    return {
      kind: 'document',
      document: {
        municipalityCode: context.site.code,
        url: record.finalUrl,
        sha256: record.sha256 ?? '',
        format: document.format,
        title: classification.title ?? document.title,
        pageCount: document.pageCount,
        scanned: document.scanned,
        warnings: document.warnings,
        pages: document.pages,
        source: 'crawl',
      },
      classification,
      classifierVersion: CLASSIFIER_VERSION,
    };
  } catch (error) {
    if (error instanceof ExtractionError) return { kind: 'error', code: error.code, message: error.message };
    return { kind: 'error', code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}
