/**
 * Turns extracted pages into the units the rules read: lines (for titles and
 * headings) and sentences (for evidence), each with its 1-based page, its
 * original text (to quote) and its matching form (to test). Caps the work so
 * a 10,000-page file costs no more than a long program.
 */
import { cleanQuote, joinHyphenation, normForMatch, repairMojibake } from './normalize.ts';

/** A line or sentence of the document. */
export interface TextUnit {
  page: number;
  text: string;
  norm: string;
  heading: boolean;
  /** Position in reading order (index in `sentences` or `lines`). */
  order: number;
}

export interface TextModel {
  lines: TextUnit[];
  sentences: TextUnit[];
  /** Pages actually read (after caps). */
  pagesRead: number;
  pageCount: number;
  /** Matching form of each page read (index 0 = page 1). */
  pageNorms: string[];
  /** Characters read, after caps. */
  chars: number;
  truncated: boolean;
  /** Matching keys (digits as #) of running headers/footers, kept only on page 1. */
  boilerplate: Set<string>;
}

/** The key a line is compared under when looking for running headers. */
export function boilerplateKey(line: string): string {
  return normForMatch(line).replace(/\d+/g, '#');
}

export const MAX_PAGES = 160;
const MAX_PAGE_CHARS = 25_000;
const MAX_TOTAL_CHARS = 700_000;
const MAX_UNIT_CHARS = 700;

// A bare year ("2018" as a table cell or heading) is no page number: documents do not run to page 1900.
const PAGE_NUMBER_LINE = /^(?:(sid(a|an)?\.?\s*)?\d{1,3}(\s*(av|\/|of)\s*\d{1,4})?|sid(a|an)?\.?\s*\d{1,4}(\s*(av|\/|of)\s*\d{1,4})?)$/i;
const CONNECTOR_END = /\b(och|att|för|i|av|med|som|till|på|en|ett|det|den|de|är|om|eller|samt|från|inom|vid|ska|kan)$/i;
const BULLET_START = /^([•●▪■◦·*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|[a-z][.)](?=\s))/;

function looksLikeHeading(line: string, prevEndsSentence: boolean, next: string | undefined): boolean {
  if (line.length > 100 || line.length < 3) return false;
  // A wrapped paragraph line continues in lowercase on the next line; a heading does not.
  if (next !== undefined && /^\p{Ll}/u.test(next)) return false;
  if (!/\p{L}{2}/u.test(line)) return false;
  if (/[.,;]$/.test(line)) return false;
  // A sentence break inside ("… Söderhamn. Programmet bygger på Agenda") is running text wrapped at the line end.
  if (/\p{L}{2}[.!?]\s+\p{Lu}/u.test(line)) return false;
  if (CONNECTOR_END.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words > 14) return false;
  const startsUpper = /^(\d+(\.\d+)*\.?\s+)?[\p{Lu}]/u.test(line);
  return startsUpper && prevEndsSentence;
}

/** Lines that repeat on many pages are running headers/footers, not content. */
function findBoilerplate(pageLines: string[][]): Set<string> {
  const out = new Set<string>();
  if (pageLines.length < 3) return out;
  const counts = new Map<string, number>();
  for (const lines of pageLines) {
    const seen = new Set<string>();
    for (const l of lines) {
      if (l.length === 0 || l.length > 120) continue;
      const key = boilerplateKey(l);
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const threshold = Math.max(3, Math.ceil(pageLines.length * 0.5));
  for (const [key, n] of counts) if (n >= threshold) out.add(key);
  return out;
}

function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=["”«(]?[\p{Lu}•])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function chunk(text: string): string[] {
  if (text.length <= MAX_UNIT_CHARS) return [text];
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_UNIT_CHARS) {
    let cut = rest.lastIndexOf(' ', MAX_UNIT_CHARS);
    if (cut < MAX_UNIT_CHARS / 2) cut = MAX_UNIT_CHARS;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** Builds the text model from the extractor's pages. Never throws on odd input. */
export function buildTextModel(pages: readonly string[], pageCount?: number): TextModel {
  const lines: TextUnit[] = [];
  const sentences: TextUnit[] = [];
  const pageNorms: string[] = [];
  let chars = 0;
  let truncated = pages.length > MAX_PAGES;
  const rawPages = pages.slice(0, MAX_PAGES).map((p) => {
    let t = typeof p === 'string' ? p : '';
    if (t.length > MAX_PAGE_CHARS) {
      t = t.slice(0, MAX_PAGE_CHARS);
      truncated = true;
    }
    if (chars + t.length > MAX_TOTAL_CHARS) {
      t = t.slice(0, Math.max(0, MAX_TOTAL_CHARS - chars));
      truncated = true;
    }
    chars += t.length;
    return joinHyphenation(repairMojibake(t).normalize('NFC').replace(/\u00AD/g, '').replace(/\r\n?/g, '\n'));
  });
  const pageLines = rawPages.map((p) =>
    p
      .split('\n')
      .map((l) => l.replace(/[\t\f\v\u00A0 ]+/g, ' ').trim()),
  );
  const boilerplate = findBoilerplate(pageLines);

  pageLines.forEach((pls, pi) => {
    const page = pi + 1;
    let paragraph: string[] = [];
    const flush = (): void => {
      if (paragraph.length === 0) return;
      const text = paragraph.join(' ');
      paragraph = [];
      for (const s of splitSentences(text)) {
        for (const c of chunk(s)) sentences.push({ page, text: c, norm: normForMatch(c), heading: false, order: sentences.length });
      }
    };
    let prevEnds = true;
    const kept: string[] = [];
    for (const [li, line] of pls.entries()) {
      // A blank line ends a paragraph, even without a full stop (lists and table rows).
      if (line.length === 0) {
        flush();
        prevEnds = true;
        continue;
      }
      if (PAGE_NUMBER_LINE.test(line)) continue;
      if (page > 1 && boilerplate.has(boilerplateKey(line))) continue;
      kept.push(line);
      const heading = looksLikeHeading(line, prevEnds, pls[li + 1] || undefined);
      lines.push({ page, text: line, norm: normForMatch(line), heading, order: lines.length });
      if (heading) {
        flush();
        sentences.push({ page, text: line, norm: normForMatch(line), heading: true, order: sentences.length });
      } else {
        if (BULLET_START.test(line)) flush();
        paragraph.push(line);
        if (/[.!?:]$/.test(line)) flush();
      }
      prevEnds = heading || /[.!?:]$/.test(line) || BULLET_START.test(line) || line.length < 50;
    }
    flush();
    pageNorms.push(normForMatch(kept.join('\n')));
  });
  return {
    lines,
    sentences,
    pagesRead: rawPages.length,
    pageCount: Math.max(pageCount ?? 0, pages.length),
    pageNorms,
    chars,
    truncated,
    boilerplate,
  };
}

/** A quote for evidence: the unit's original text, trimmed around the match when long. */
export function quoteOf(unit: TextUnit, match?: RegExp): string {
  if (unit.text.length <= 300 || !match) return cleanQuote(unit.text);
  // Centre the quote on the match so the deciding words are visible.
  const m = match.exec(unit.norm);
  match.lastIndex = 0;
  if (!m) return cleanQuote(unit.text);
  const start = Math.max(0, Math.min(m.index - 120, unit.text.length - 298));
  const piece = unit.text.slice(start, start + 298);
  return cleanQuote(`${start > 0 ? '…' : ''}${piece}`, 300);
}
