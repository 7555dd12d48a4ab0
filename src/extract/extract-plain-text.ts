/**
 * Plain text → one page. UTF-8 unless the bytes say otherwise; invalid UTF-8
 * is read as windows-1252, the usual encoding of old Swedish text files.
 */
import type { ExtractedDocument } from '../domain/index.ts';
import { charsetFromContentType, decodeText } from './decode-text.ts';
import type { ExtractLimits } from './limits.ts';
import { normalizeText } from './normalize-text.ts';
import { applyTextLimit } from './text-limit.ts';

/** Extracts a plain-text file as one page; its first short line is the title. */
export function extractPlainText(bytes: Uint8Array, contentType: string | null, limits: ExtractLimits): ExtractedDocument {
  const decoded = decodeText(bytes, [charsetFromContentType(contentType)]);
  const warnings = [...decoded.warnings];
  // Form feeds separate pages in text dumps (pdftotext writes them).
  const rawPages = decoded.text.split('\f');
  let pages = rawPages.map(normalizeText);
  if (pages.length > 1 && pages[pages.length - 1] === '') pages.pop();
  const pageCount = pages.length;
  if (pages.length > limits.maxPages) {
    warnings.push(`truncated after ${limits.maxPages} of ${pageCount} pages`);
    pages = pages.slice(0, limits.maxPages);
  }
  pages = applyTextLimit(pages, limits.maxTextChars, warnings);
  const firstLine = pages.join('\n').split('\n').find((l) => l.trim() !== '')?.trim() ?? null;
  const title = firstLine && firstLine.length <= 150 ? firstLine : null;
  return { format: 'text', pages, title, scanned: false, pageCount, warnings };
}
