/**
 * PDF → pages of text with pdf.js (legacy build, for Node). Runs inside the
 * extraction worker: pdf.js is big and a hostile PDF can spin or allocate, so
 * the pool around it owns the timeout and memory limit. Only text is read:
 * no fonts are loaded as faces, no eval, no network.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractedDocument } from '../domain/index.ts';
import { ExtractionError } from '../domain/index.ts';
import type { ExtractLimits } from './limits.ts';
import { normalizeText } from './normalize-text.ts';
import { buildLines, type PdfLine, type PdfTextItem } from './pdf-lines.ts';
import { splitRunningHeaders } from './running-headers.ts';
import { applyTextLimit } from './text-limit.ts';

/** Fewer visible characters than this per page on average means no text layer. */
const SCANNED_CHARS_PER_PAGE = 20;

/** A metadata title worth trusting: not a file name, not an authoring-tool default. */
export function cleanMetadataTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let title = normalizeText(raw).replace(/\s+/g, ' ').trim();
  title = title.replace(/^Microsoft (Word|PowerPoint) - /i, '').replace(/\.(docx?|pdf|pptx?|indd|odt)$/i, '').trim();
  if (title.length < 3 || title.length > 250) return null;
  if (/^(untitled|namnlös|dokument\d*|document\d*|presentation|powerpoint-presentation|rubrik|title|titel|mall.*)$/i.test(title)) return null;
  if (/^[\w-]+\.(docx?|pdf)$/i.test(title) || /^[A-Z]:\\|^\//.test(title)) return null;
  return title;
}

/** The first run of largest-font lines on the first page, when it stands out from body text. */
export function headingTitle(lines: readonly PdfLine[]): string | null {
  const sized = lines.filter((l) => l.text.trim() !== '' && l.fontSize > 0);
  if (sized.length === 0) return null;
  const sizes = sized.map((l) => l.fontSize).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)]!;
  const max = sizes[sizes.length - 1]!;
  if (max < median * 1.15) return null;
  const start = sized.findIndex((l) => l.fontSize >= max * 0.98);
  const parts: string[] = [];
  for (let i = start; i < sized.length && parts.length < 3 && sized[i]!.fontSize >= max * 0.98; i++) parts.push(sized[i]!.text);
  const title = normalizeText(parts.join('\n')).replace(/\s+/g, ' ').trim();
  return title.length >= 3 && title.length <= 250 ? title : null;
}

/** Normalised lines set clearly larger than the page's typical line: headings, never running headers. */
function largeLines(lines: readonly PdfLine[]): Set<string> {
  const sizes = lines.filter((l) => l.fontSize > 0).map((l) => l.fontSize).sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  return new Set(lines.filter((l) => l.fontSize > median * 1.1).map((l) => normalizeText(l.text)));
}

function includesLoosely(haystack: string, needle: string): boolean {
  const squash = (s: string): string => s.toLowerCase().replace(/[\s\u2013\u2014-]+/g, '');
  return squash(haystack).includes(squash(needle));
}

/** Picks a title: metadata when the document's first pages confirm it, else the big heading, else metadata. */
export function chooseTitle(metadata: string | null, heading: string | null, firstPages: string): string | null {
  if (metadata && includesLoosely(firstPages, metadata)) return metadata;
  return heading ?? metadata;
}

function mapPdfError(error: unknown): ExtractionError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ExtractionError('encrypted', 'PDF is encrypted (password protected); cannot read text', { cause: error });
  if (name === 'InvalidPDFException') return new ExtractionError('corrupt', `PDF is damaged or not a PDF: ${message}`, { cause: error });
  return new ExtractionError('corrupt', `PDF could not be parsed: ${message}`, { cause: error });
}

/** Extracts text per page from PDF bytes. Throws ExtractionError for unreadable files. */
export async function extractPdf(bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractedDocument> {
  const warnings: string[] = [];
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.length - 2048), Math.min(bytes.length, 2048)).toString('latin1');
  const truncated = !tail.includes('%%EOF');
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw mapPdfError(error);
  }
  try {
    const pageCount = doc.numPages;
    const wanted = Math.min(pageCount, limits.maxPages);
    if (wanted < pageCount) warnings.push(`truncated after ${wanted} of ${pageCount} pages`);
    const rawPages: string[] = [];
    const headings: Array<Set<string>> = [];
    let firstPageLines: PdfLine[] = [];
    let failedPages = 0;
    let chars = 0;
    for (let n = 1; n <= wanted; n++) {
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const lines = buildLines(content.items as PdfTextItem[]);
        if (n === 1) firstPageLines = lines;
        headings.push(largeLines(lines));
        const text = normalizeText(lines.map((l) => l.text).join('\n'));
        rawPages.push(text);
        chars += text.length;
        page.cleanup();
      } catch (error) {
        if ((error as { name?: string }).name === 'PasswordException') throw error;
        failedPages++;
        rawPages.push('');
        headings.push(new Set());
        warnings.push(`page ${n} could not be read: ${error instanceof Error ? error.message : String(error)}`);
      }
      // Stop parsing once far past the text cap: later pages would be thrown away.
      if (chars > limits.maxTextChars * 1.5) {
        if (n < wanted) warnings.push(`stopped reading after page ${n}: text limit reached`);
        break;
      }
    }
    if (wanted > 0 && failedPages === rawPages.length) throw new ExtractionError('corrupt', `PDF is damaged: none of its ${wanted} pages could be read`);
    if (truncated) warnings.push('PDF has no %%EOF marker (truncated download?); text may be incomplete');
    const visible = rawPages.reduce((sum, p) => sum + p.replace(/\s/g, '').length, 0);
    const scanned = rawPages.length > 0 && visible / rawPages.length < SCANNED_CHARS_PER_PAGE;
    if (scanned) warnings.push('scanned, needs OCR: pages carry (almost) no text layer');
    const { pages: bodyPages, runningLines } = splitRunningHeaders(rawPages, headings);
    const pages = applyTextLimit(bodyPages, limits.maxTextChars, warnings);
    let metaTitle: string | null = null;
    try {
      const meta = await doc.getMetadata();
      const info = meta.info as { Title?: unknown } | undefined;
      metaTitle = cleanMetadataTitle(typeof info?.Title === 'string' ? info.Title : null);
    } catch {
      // metadata is optional; a broken Info dictionary must not cost us the text
    }
    const title = scanned ? metaTitle : chooseTitle(metaTitle, headingTitle(firstPageLines), pages.slice(0, 2).join('\n'));
    return { format: 'pdf', pages, title, scanned, pageCount, warnings, ...(runningLines.length > 0 ? { runningLines } : {}) };
  } catch (error) {
    throw error instanceof ExtractionError ? error : mapPdfError(error);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
