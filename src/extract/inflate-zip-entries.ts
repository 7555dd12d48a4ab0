/**
 * Inflates selected ZIP entries with a hard cap. Declared sizes can lie, so
 * each entry may produce at most its declared size and all entries together
 * at most the limit: inflation stops the moment either is passed, whatever
 * the compressed stream would still produce.
 */
import { inflateRawSync } from 'node:zlib';
import { ExtractionError } from '../domain/index.ts';
import { entryDataOffset, ZipFormatError, type ZipEntry } from './zip-directory.ts';

/** Inflates the entries `wanted` selects; names map to their bytes. */
export function inflateEntries(bytes: Uint8Array, entries: readonly ZipEntry[], wanted: (name: string) => boolean, maxTotal: number): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (!wanted(entry.name) || entry.name.endsWith('/')) continue;
    let start: number;
    try {
      start = entryDataOffset(bytes, entry);
    } catch (error) {
      const message = error instanceof ZipFormatError ? error.message : String(error);
      throw new ExtractionError('corrupt', `DOCX is damaged: ${message}`, { cause: error });
    }
    const compressed = bytes.subarray(start, start + entry.compressedSize);
    const cap = Math.min(entry.uncompressedSize, maxTotal - total);
    let data: Uint8Array;
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new ExtractionError('corrupt', `DOCX is damaged: stored entry ${entry.name} has inconsistent sizes`);
      data = compressed;
    } else if (entry.method === 8) {
      try {
        // maxOutputLength makes zlib stop as soon as the output passes the cap.
        data = inflateRawSync(compressed, { maxOutputLength: Math.max(1, cap + 1) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new ExtractionError('zip_bomb', `DOCX refused as a zip bomb: ${entry.name} inflates beyond its declared ${entry.uncompressedSize} bytes or the ${maxTotal}-byte limit`, { cause: error });
        }
        throw new ExtractionError('corrupt', `DOCX is damaged: ${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)})`, { cause: error });
      }
      if (data.length > cap) {
        throw new ExtractionError('zip_bomb', `DOCX refused as a zip bomb: ${entry.name} inflates beyond its declared ${entry.uncompressedSize} bytes`);
      }
    } else {
      throw new ExtractionError('unsupported', `DOCX uses ZIP compression method ${entry.method}, which is not supported`);
    }
    total += data.length;
    out.set(entry.name, data);
  }
  return out;
}
