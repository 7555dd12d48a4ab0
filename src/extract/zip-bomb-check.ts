/**
 * Judges a ZIP's central directory before anything is inflated: too many
 * entries, too much declared output or an implausible compression ratio mean
 * a decompression bomb, refused before it costs memory.
 */
import { ExtractionError } from '../domain/index.ts';
import type { ExtractLimits } from './limits.ts';
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory.ts';

/** Real DOCX files have dozens of entries; thousands mean something else. */
export const MAX_ZIP_ENTRIES = 5000;
/** Deflate on XML reaches ~20:1, on repeated markup ~60:1; beyond 100:1 on a big entry is a bomb. */
export const MAX_COMPRESSION_RATIO = 100;
/** Entries smaller than this may have any ratio (tiny XML compresses well and harms no one). */
const RATIO_MIN_BYTES = 1024 * 1024;

/** Reads the directory and throws ExtractionError('zip_bomb' | 'corrupt' | 'encrypted' | 'unsupported') when the archive must not be opened. */
export function inspectDocxZip(bytes: Uint8Array, limits: ExtractLimits): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  } catch (error) {
    if (error instanceof ZipFormatError && /entries \(limit/.test(error.message)) {
      throw new ExtractionError('zip_bomb', `DOCX refused as a zip bomb: ${error.message}`, { cause: error });
    }
    throw new ExtractionError('corrupt', `DOCX is damaged: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > RATIO_MIN_BYTES && entry.uncompressedSize > entry.compressedSize * MAX_COMPRESSION_RATIO) {
      const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
      throw new ExtractionError('zip_bomb', `DOCX refused as a zip bomb: ${entry.name} would inflate ${ratio}:1 to ${entry.uncompressedSize} bytes`);
    }
  }
  if (total > limits.maxDecompressedBytes) {
    throw new ExtractionError('zip_bomb', `DOCX refused as a zip bomb: declares ${total} bytes uncompressed (limit ${limits.maxDecompressedBytes})`);
  }
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new ExtractionError('unsupported', 'ZIP archive without word/document.xml: not a Word document');
  }
  if (entries.some((e) => (e.flags & 1) === 1)) {
    throw new ExtractionError('encrypted', 'DOCX entries are encrypted (password protected ZIP); cannot read text');
  }
  return entries;
}
