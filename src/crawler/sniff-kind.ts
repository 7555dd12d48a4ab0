/**
 * Decides what a body is from its bytes, because municipal servers often
 * send PDFs as application/octet-stream and HTML error pages as PDFs.
 */
import type { FetchedResource } from '../domain/index.ts';

export type ResourceKind = NonNullable<FetchedResource['kind']>;

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04

/** Kind from magic bytes first, then URL and Content-Type as hints. */
export function sniffKind(body: Uint8Array, url: string, contentType: string | null): ResourceKind {
  const type = (contentType ?? '').toLowerCase();
  // PDFs may have junk before the header; the spec allows it within the first KiB.
  if (startsWith(body, PDF) || indexOf(body.subarray(0, 1024), PDF) >= 0) return 'pdf';
  if (startsWith(body, ZIP)) {
    if (/\.docx$/i.test(new URL(url).pathname) || type.includes('wordprocessingml')) return 'docx';
    // Office Open XML word documents carry their parts under word/.
    if (indexOf(body, [0x77, 0x6f, 0x72, 0x64, 0x2f]) >= 0) return 'docx';
    return 'other';
  }
  const bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  const head = new TextDecoder('latin1').decode(body.subarray(bom, 1024)).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|meta|title|div|p|!--)/.test(head)) return 'html';
  if (head.startsWith('<?xml')) return head.includes('<html') ? 'html' : 'other';
  if (head.startsWith('<') && type.includes('html')) return 'html';
  if (type.includes('html')) return 'html';
  if (type.startsWith('text/plain')) return 'text';
  return 'other';
}

function startsWith(body: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => body[i] === byte);
}

function indexOf(body: Uint8Array, needle: number[]): number {
  return Buffer.from(body.buffer, body.byteOffset, body.byteLength).indexOf(Buffer.from(needle));
}
