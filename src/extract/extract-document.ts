/**
 * The one routing function: bytes (with what the server or file system said
 * about them) → ExtractedDocument. Sniffs the kind from the bytes, applies
 * size limits, sends PDF and DOCX to the isolated worker pool and reads HTML
 * and text in-thread.
 */
import type { ExtractedDocument } from '../domain/index.ts';
import { ExtractionError } from '../domain/index.ts';
import { extractHtml } from './extract-html.ts';
import { extractPlainText } from './extract-plain-text.ts';
import { resolveLimits, type ExtractLimits } from './limits.ts';
import { sniffKind } from './sniff-kind.ts';
import { createExtractPool, type ExtractPool, type ExtractPoolOptions } from './worker-pool.ts';
import { inspectDocxZip } from './zip-bomb-check.ts';

export interface ExtractHint {
  url?: string | null;
  contentType?: string | null;
  fileName?: string | null;
}

let sharedPool: ExtractPool | null = null;
let poolOptions: Partial<ExtractPoolOptions> = {};

function pool(): ExtractPool {
  sharedPool ??= createExtractPool(poolOptions);
  return sharedPool;
}

/**
 * Sets the size of the shared worker pool (takes effect for the next pool;
 * call before the first extraction, or after closeExtractPool).
 */
export function configureExtractPool(options: Partial<ExtractPoolOptions>): void {
  poolOptions = { ...options };
}

/** Starts the shared workers ahead of the first document (optional; they also start on demand). */
export function warmExtractPool(): void {
  pool().warm();
}

/** Stops the shared workers (idle workers never block exit; this is for tidy shutdown and tests). */
export async function closeExtractPool(): Promise<void> {
  const current = sharedPool;
  sharedPool = null;
  await current?.close();
}

function hasExtension(name: string | null | undefined): name is string {
  return !!name && /\.[a-z0-9]{1,5}$/i.test(name.replace(/[?#].*$/, ''));
}

function labelledAs(hint: ExtractHint, format: 'pdf' | 'docx'): boolean {
  const type = (hint.contentType ?? '').toLowerCase();
  const name = `${hint.fileName ?? ''} ${hint.url ?? ''}`.toLowerCase().replace(/[?#]\S*/g, '');
  if (format === 'pdf') return type.includes('application/pdf') || /\.pdf(\s|$)/.test(name);
  return type.includes('wordprocessingml') || /\.docx(\s|$)/.test(name);
}

/** Throws the most helpful error for bytes that are none of the formats we read. */
function refuseOther(bytes: Uint8Array, hint: ExtractHint): never {
  const b = bytes;
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    // Password-protected .docx files are OLE containers holding an "EncryptedPackage" stream.
    if (Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new ExtractionError('encrypted', 'DOCX is encrypted (password protected); cannot read text');
    }
    throw new ExtractionError('unsupported', 'legacy binary Office format (.doc/.xls/.ppt) is not supported');
  }
  if (b[0] === 0x50 && b[1] === 0x4b) {
    if (labelledAs(hint, 'docx')) inspectDocxZip(bytes, resolveLimits(undefined)); // throws the specific reason
    throw new ExtractionError('unsupported', 'ZIP archive without word/document.xml: not a Word document (xlsx/pptx/odt are not read)');
  }
  if (labelledAs(hint, 'pdf')) throw new ExtractionError('corrupt', 'file is labelled PDF but does not start with a %PDF header (damaged or not a PDF)');
  if (labelledAs(hint, 'docx')) throw new ExtractionError('corrupt', 'file is labelled DOCX but is not a ZIP archive (damaged or not a DOCX)');
  throw new ExtractionError('unsupported', `unrecognised binary format${hint.contentType ? ` (${hint.contentType})` : ''}; only PDF, DOCX, HTML and text are read`);
}

/**
 * Extracts text per page from a document's bytes. The kind is sniffed from
 * the bytes (Content-Type may lie). Throws ExtractionError with code
 * `empty`, `corrupt`, `encrypted`, `too_large`, `zip_bomb`, `timeout` or `unsupported`.
 */
export async function extractDocument(bytes: Uint8Array, hint: ExtractHint, limits?: Partial<ExtractLimits>): Promise<ExtractedDocument> {
  const l = resolveLimits(limits);
  if (bytes.length === 0) throw new ExtractionError('empty', 'document is empty (0 bytes)');
  if (bytes.length > l.maxBytes) throw new ExtractionError('too_large', `document is ${bytes.length} bytes, over the ${l.maxBytes}-byte limit`);
  const nameForExtension = hasExtension(hint.url) ? hint.url : (hint.fileName ?? hint.url ?? null);
  const kind = sniffKind(bytes, hint.contentType ?? null, nameForExtension);
  switch (kind) {
    case 'pdf':
      return pool().run('pdf', bytes, l);
    case 'docx':
      inspectDocxZip(bytes, l); // refuse bombs before paying for a worker round-trip
      return pool().run('docx', bytes, l);
    case 'html':
      return extractHtml(bytes, hint.contentType ?? null, l);
    case 'text':
      return extractPlainText(bytes, hint.contentType ?? null, l);
    case 'other':
      return refuseOther(bytes, hint);
  }
}
