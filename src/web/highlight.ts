/**
 * Marks evidence quotes and search hits in document text. The text is
 * escaped piece by piece and only our own `<mark>` tags are added, so a
 * document containing `<script>` is shown as text.
 */
import { swedishStem } from '../store/index.ts';
import { escapeText, trusted, type Html } from './html.ts';

type Range = [number, number];

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

function render(text: string, ranges: Range[]): Html {
  let out = '';
  let at = 0;
  for (const [s, e] of merge(ranges)) {
    out += `${escapeText(text.slice(at, s))}<mark>${escapeText(text.slice(s, e))}</mark>`;
    at = e;
  }
  return trusted(out + escapeText(text.slice(at)));
}

/** Where a quote occurs in the text, tolerant of whitespace and case differences. */
export function findQuote(text: string, quote: string): Range | null {
  const words = quote.trim().slice(0, 400).split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'iu');
  const m = pattern.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** Text with every quote that occurs in it marked. */
export function highlightQuotes(text: string, quotes: string[]): Html {
  const ranges = quotes.map((q) => findQuote(text, q)).filter((r): r is Range => r !== null);
  return render(text, ranges);
}

const WORD = /[\p{L}\p{N}]+/gu;

function termRanges(text: string, terms: string[]): Range[] {
  if (terms.length === 0) return [];
  const ranges: Range[] = [];
  for (const m of text.matchAll(WORD)) {
    const stem = swedishStem(m[0]);
    // Prefix match, as in the index ("program" marks "programområdet"); compounds also match inside.
    if (terms.some((t) => stem.startsWith(t) || (t.length >= 4 && stem.includes(t)))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/** Text with every word matching a query stem marked. */
export function highlightTerms(text: string, terms: string[]): Html {
  return render(text, termRanges(text, terms));
}

/** A short window of text around the first hit, with hits marked. */
export function snippet(text: string, terms: string[], radius = 140): Html {
  const ranges = termRanges(text, terms);
  const first = ranges[0];
  if (!first) return trusted(escapeText(text.slice(0, radius * 2)) + (text.length > radius * 2 ? ' …' : ''));
  let start = Math.max(0, first[0] - radius);
  let end = Math.min(text.length, first[1] + radius);
  // Cut at word boundaries so the snippet does not start mid-word.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > first[1] ? text.lastIndexOf(' ', end) : end;
  const window = text.slice(start, end).replace(/\s+/g, ' ');
  const shifted = termRanges(window, terms);
  const html = render(window, shifted).toString();
  return trusted(`${start > 0 ? '… ' : ''}${html}${end < text.length ? ' …' : ''}`);
}
