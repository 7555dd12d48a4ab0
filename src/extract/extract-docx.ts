/**
 * DOCX → pages of text. The archive is judged from its directory, the XML
 * parts are inflated under a hard cap, page breaks are marked, and mammoth
 * reads a re-packed archive of just those parts (so it never inflates
 * anything we have not already bounded). Runs inside the extraction worker.
 */
import { zipSync, type Zippable } from 'fflate';
import mammoth from 'mammoth';
import type { ExtractedDocument } from '../domain/index.ts';
import { ExtractionError } from '../domain/index.ts';
import { markPageBreaks, splitMarkedPages } from './docx-page-marks.ts';
import { inflateEntries } from './inflate-zip-entries.ts';
import type { ExtractLimits } from './limits.ts';
import { normalizeText } from './normalize-text.ts';
import { applyTextLimit } from './text-limit.ts';
import { inspectDocxZip } from './zip-bomb-check.ts';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return XML_ENTITIES[e] ?? m;
  });
}

/** dc:title from docProps/core.xml, when set. */
export function coreTitle(coreXml: string | null): string | null {
  if (!coreXml) return null;
  const match = /<dc:title>([^<]*)<\/dc:title>/.exec(coreXml);
  const title = match?.[1] ? normalizeText(decodeXmlText(match[1])).replace(/\s+/g, ' ') : '';
  return title.length >= 3 && title.length <= 250 ? title : null;
}

/**
 * Text of the headers or footers (word/header1.xml, footer2.xml …), one line
 * per paragraph, duplicates dropped. mammoth skips them, yet municipal
 * documents often put "Antagen av kommunfullmäktige 2019-04-23 § 41" there.
 */
export function headerFooterLines(parts: ReadonlyMap<string, Uint8Array>, kind: 'header' | 'footer'): string[] {
  const decoder = new TextDecoder('utf-8');
  const lines: string[] = [];
  const names = [...parts.keys()].filter((n) => new RegExp(`^word/${kind}\\d*\\.xml$`).test(n)).sort();
  for (const name of names) {
    const xml = decoder.decode(parts.get(name));
    for (const paragraph of xml.split(/<\/w:p>/)) {
      const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXmlText(m[1] ?? '')).join('');
      const line = normalizeText(text).replace(/\s+/g, ' ').trim();
      // Page-number fields leave bare "Sida" or digits: not worth keeping.
      if (line.length >= 3 && !/^(sida|page)?\s*\d*\s*(av|of)?\s*\d*$/i.test(line) && !lines.includes(line)) lines.push(line);
    }
  }
  return lines;
}

/** The parts mammoth reads for raw text: XML and relationships, never media. */
function isTextPart(name: string): boolean {
  return name === '[Content_Types].xml' || name.endsWith('.rels') || (name.endsWith('.xml') && (name.startsWith('word/') || name.startsWith('docProps/')));
}

/** Extracts text per page from DOCX bytes. Throws ExtractionError for unreadable or hostile files. */
export async function extractDocx(bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractedDocument> {
  const warnings: string[] = [];
  const entries = inspectDocxZip(bytes, limits);
  const parts = inflateEntries(bytes, entries, isTextPart, limits.maxDecompressedBytes);
  const documentXml = parts.get('word/document.xml');
  if (!documentXml) throw new ExtractionError('corrupt', 'DOCX is damaged: word/document.xml is missing');
  const decoder = new TextDecoder('utf-8');
  const repacked: Zippable = {};
  for (const [name, data] of parts) {
    repacked[name] = name === 'word/document.xml' ? new TextEncoder().encode(markPageBreaks(decoder.decode(documentXml))) : data;
  }
  // Level 0: storing is enough, mammoth only needs a well-formed archive.
  const archive = zipSync(repacked, { level: 0 });
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength) });
    raw = result.value;
  } catch (error) {
    throw new ExtractionError('corrupt', `DOCX could not be parsed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let pages = splitMarkedPages(raw).map(normalizeText);
  // The body's first line, not the letterhead in the header part, is the fallback title.
  const firstLine = pages.join('\n').split('\n').find((l) => l.trim() !== '')?.trim() ?? null;
  // Headers and footers once, around page 1, as a reader of the printed first page would see them.
  const header = headerFooterLines(parts, 'header');
  const footer = headerFooterLines(parts, 'footer');
  if ((header.length > 0 || footer.length > 0) && pages.length > 0) {
    pages[0] = [...header, pages[0] ?? '', ...footer].filter((t) => t !== '').join('\n');
  }
  const pageCount = pages.length;
  if (pages.length > limits.maxPages) {
    warnings.push(`truncated after ${limits.maxPages} of ${pageCount} pages`);
    pages = pages.slice(0, limits.maxPages);
  }
  pages = applyTextLimit(pages, limits.maxTextChars, warnings);
  const core = parts.get('docProps/core.xml');
  const title = coreTitle(core ? decoder.decode(core) : null) ?? (firstLine && firstLine.length <= 150 ? firstLine : null);
  const runningLines = [...header, ...footer];
  return { format: 'docx', pages, title, scanned: false, pageCount, warnings, ...(runningLines.length > 0 ? { runningLines } : {}) };
}
