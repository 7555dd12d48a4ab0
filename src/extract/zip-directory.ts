/**
 * Reads a ZIP central directory without inflating anything, so a DOCX can be
 * judged (Word document? bomb? encrypted?) before any parser touches it.
 * Declared sizes may lie; inflate-docx-entries.ts bounds the real inflation.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused later. */
  method: number;
  /** General purpose flags; bit 0 means the entry is encrypted. */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

/** Why a central directory could not be read; the caller maps it to an ExtractionError code. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

function u64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('ZIP64 size beyond safe range');
  return Number(value);
}

/**
 * Lists the entries of a ZIP archive from its central directory.
 * Stops early with ZipFormatError when the archive declares more than
 * `maxEntries` entries, so a hostile directory cannot make us allocate much.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = 100_000): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minStart = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= minStart; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no ZIP end-of-central-directory record (truncated or not a ZIP)');
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipFormatError('ZIP64 locator missing');
    const z64 = u64(view, locator + 8);
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== ZIP64_EOCD) throw new ZipFormatError('ZIP64 end record missing');
    count = u64(view, z64 + 32);
    size = u64(view, z64 + 40);
    offset = u64(view, z64 + 48);
  }
  if (count > maxEntries) throw new ZipFormatError(`ZIP declares ${count} entries (limit ${maxEntries})`);
  if (offset + size > bytes.length) throw new ZipFormatError('ZIP central directory lies outside the file (truncated?)');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipFormatError('ZIP central directory is damaged');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw new ZipFormatError('ZIP central directory entry runs past the end');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // ZIP64 extended sizes live in extra field 0x0001, in this fixed order, only for saturated fields.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const len = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff && q + 8 <= e + 4 + len) (uncompressedSize = u64(view, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) (compressedSize = u64(view, q)), (q += 8);
        if (localHeaderOffset === 0xffffffff && q + 8 <= e + 4 + len) localHeaderOffset = u64(view, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    p = end;
  }
  return entries;
}

/** Where an entry's compressed data starts, from its local header (whose name/extra lengths may differ from the central one). */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw new ZipFormatError(`ZIP local header of ${entry.name} is missing`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`ZIP entry ${entry.name} runs past the end (truncated?)`);
  return start;
}
