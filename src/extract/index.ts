/**
 * The extraction stage: bytes of a PDF, DOCX, HTML page or text file → text
 * per page, with title and warnings. PDF and DOCX are parsed in a warm pool
 * of worker threads with memory and time limits.
 */
export { DEFAULT_EXTRACT_LIMITS, type ExtractLimits } from './limits.ts';
export { sniffKind, type DocumentKind } from './sniff-kind.ts';
export { extractDocument, closeExtractPool, configureExtractPool, warmExtractPool, type ExtractHint } from './extract-document.ts';
export { extractFile } from './extract-file.ts';
export { normalizeText } from './normalize-text.ts';
export type { ExtractPoolOptions } from './worker-pool.ts';
