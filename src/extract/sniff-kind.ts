/**
 * Decides what a resource is from its bytes first. Servers label PDFs
 * text/html and error pages application/pdf, so Content-Type and the URL's
 * extension only break ties for text-like bytes.
 */
import { readZipDirectory } from './zip-directory.ts';

export type DocumentKind = 'html' | 'pdf' | 'docx' | 'text' | 'other';

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function isPdf(bytes: Uint8Array): boolean {
  // The PDF spec tolerates junk before the header; readers look in the first KiB.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** A ZIP that holds word/document.xml is a Word document (OOXML). */
export function isDocxZip(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  try {
    return readZipDirectory(bytes, 100_000).some((e) => e.name === 'word/document.xml');
  } catch {
    // A damaged directory: the name may still be in a local header near the start.
    return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536)).includes('word/document.xml');
  }
}

const BINARY_MAGIC: number[][] = [
  [0x50, 0x4b, 0x03, 0x04], // zip (not docx)
  [0xd0, 0xcf, 0x11, 0xe0], // OLE: legacy .doc/.xls or encrypted OOXML
  [0x89, 0x50, 0x4e, 0x47], // png
  [0xff, 0xd8, 0xff], // jpeg
  [0x47, 0x49, 0x46, 0x38], // gif
  [0x1f, 0x8b], // gzip
  [0x52, 0x49, 0x46, 0x46], // riff (webp, avi)
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // rtf: text, but not ours to read
];

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff);
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return n > 0 && control / n > 0.05;
}

function looksHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048))
    .toString('latin1')
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/.test(head)) return true;
  if (head.startsWith('<?xml') && head.includes('<html')) return true;
  if (head.startsWith('<!--') && /<html[\s>]/.test(head)) return true;
  return /<html[\s>]/.test(head) && /<(head|body|title|meta)[\s>]/.test(head);
}

function extensionOf(url: string | null): string {
  if (!url) return '';
  const path = url.replace(/[?#].*$/, '');
  const dot = /\.([a-z0-9]{1,5})$/i.exec(path);
  return dot?.[1]?.toLowerCase() ?? '';
}

/**
 * What a resource is: magic bytes first (%PDF, PK + word/document.xml,
 * <html>), then Content-Type and URL for text-like bytes.
 *
 * @example sniffKind(pdfBytes, 'text/html', 'https://x.se/a') // 'pdf'
 */
export function sniffKind(bytes: Uint8Array, contentType: string | null, url: string | null): DocumentKind {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const ext = extensionOf(url);
  if (bytes.length === 0) {
    if (type === 'application/pdf' || ext === 'pdf') return 'pdf';
    if (type.includes('wordprocessingml') || ext === 'docx') return 'docx';
    if (type === 'text/html' || type === 'application/xhtml+xml' || ext === 'html' || ext === 'htm') return 'html';
    if (type === 'text/plain' || ext === 'txt') return 'text';
    return 'other';
  }
  if (isPdf(bytes)) return 'pdf';
  if (isDocxZip(bytes)) return 'docx';
  if (BINARY_MAGIC.some((m) => startsWith(bytes, m))) return 'other';
  if (looksHtml(bytes)) return 'html';
  if (looksBinary(bytes)) return 'other';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/csv' || type === 'text/markdown') return 'text';
  if (['html', 'htm', 'xhtml', 'asp', 'aspx', 'php', 'jsp'].includes(ext)) return 'html';
  if (['txt', 'text', 'md', 'csv'].includes(ext)) return 'text';
  if (type === 'application/pdf' || ext === 'pdf' || ext === 'docx' || ext === 'doc' || type.startsWith('image/')) return 'other';
  // Unlabelled text: markup makes it HTML, anything else is plain text.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  return /<(p|div|span|a|h[1-6]|br|table|ul|li)[\s>/]/i.test(head) ? 'html' : 'text';
}
