/** Reads a document from disk (never more than the byte limit) and extracts it. */
import { open } from 'node:fs/promises';
import type { ExtractedDocument } from '../domain/index.ts';
import { ExtractionError } from '../domain/index.ts';
import { extractDocument } from './extract-document.ts';
import { resolveLimits, type ExtractLimits } from './limits.ts';

/**
 * Extracts a file. Oversized files are refused from their size alone.
 * A file that cannot be opened throws ExtractionError('unreadable').
 */
export async function extractFile(path: string, limits?: Partial<ExtractLimits>): Promise<ExtractedDocument> {
  const l = resolveLimits(limits);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new ExtractionError('unreadable', `cannot open ${path}: ${(error as Error).message}`, { cause: error });
  }
  let bytes: Uint8Array;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ExtractionError('unreadable', `${path} is not a regular file`);
    if (stat.size > l.maxBytes) throw new ExtractionError('too_large', `${path} is ${stat.size} bytes, over the ${l.maxBytes}-byte limit`);
    // Read at most one byte past the limit: the file may grow while we read.
    const buffer = Buffer.alloc(Math.min(stat.size, l.maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) break;
    }
    if (filled > l.maxBytes) throw new ExtractionError('too_large', `${path} is over the ${l.maxBytes}-byte limit`);
    bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, filled);
  } finally {
    await handle.close();
  }
  return extractDocument(bytes, { fileName: path }, l);
}
