/**
 * Turns document resources into bytes (PDF via pdfkit, DOCX via docx) with
 * pinned dates so the same seed gives the same bytes on every run. Also the
 * offline way to get a simulated document without HTTP (classifier corpora).
 */
import { renderDocx, renderPdf } from './render-documents.ts';
import type { Resource, SimWeb } from './sim-types.ts';
import { decodePath } from './generate-site.ts';

export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
} as const;

export function renderDocumentResource(resource: Extract<Resource, { kind: 'document' }>): Promise<Uint8Array> {
  const spec = resource.build();
  const creationDate = new Date(`${resource.lastModified}T09:00:00Z`);
  return resource.format === 'pdf' ? renderPdf(spec, { creationDate }) : renderDocx(spec, { creationDate });
}

/**
 * Bytes and true MIME type of a document on a simulated site, by URL path
 * (encoded or not); null when the path is not a PDF/DOCX document.
 */
export async function documentBytes(web: SimWeb, siteCode: string, path: string): Promise<{ bytes: Uint8Array; mime: string } | null> {
  const site = web.sites.find((s) => s.code === siteCode);
  const resource = site?.resources.get(decodePath(path));
  if (!resource || resource.kind !== 'document') return null;
  return { bytes: await renderDocumentResource(resource), mime: MIME[resource.format] };
}
