/**
 * Light normalisation used ONLY for matching (never for quoting): real PDFs
 * leave hyphenation, odd spacing, letter-spaced headings and mojibake even
 * after extraction, and the rules should not care.
 */

const MOJIBAKE: ReadonlyArray<readonly [string, string]> = [
  ['Ã¥', 'å'], ['Ã¤', 'ä'], ['Ã¶', 'ö'], ['Ã…', 'Å'], ['Ã„', 'Ä'], ['Ã–', 'Ö'], ['Ã©', 'é'], ['Ã¼', 'ü'],
  ['â€“', '–'], ['â€”', '—'], ['â€™', '’'], ['â€œ', '“'], ['â€\u009d', '”'],
];

// Words that legitimately follow a hyphen in elided compounds ("närings- och tillväxtstrategi").
const ELISION_FOLLOWERS = new Set(['och', 'eller', 'samt', 'som', 'till', 'resp', 'respektive', 'men', 'utan']);

/** Repairs UTF-8-read-as-Latin-1 sequences (cheap: only when the marker byte is present). */
export function repairMojibake(text: string): string {
  if (!text.includes('Ã') && !text.includes('â€')) return text;
  let out = text;
  for (const [bad, good] of MOJIBAKE) out = out.split(bad).join(good);
  return out;
}

/** Collapses "N ä r i n g s l i v" (letter-spaced display type) into "Näringsliv". */
export function collapseLetterSpacing(text: string): string {
  return text.replace(/(?:^|(?<=\s))((?:\p{L} ){4,}\p{L})(?=\s|$)/gu, (m) => m.replace(/ /g, ''));
}

/** Joins words split by a line-end hyphen, unless the hyphen is an elided compound ("närings- och"). */
export function joinHyphenation(text: string): string {
  return text.replace(/(\p{L})[-\u00AD\u2010\u2011]\s*\n\s*(\p{Ll}+)/gu, (m, a: string, b: string) =>
    ELISION_FOLLOWERS.has(b) ? `${a}- ${b}` : `${a}${b}`,
  );
}

/** Same as joinHyphenation but also for "närings- livsprogram" on one line (text already flattened). */
function joinInlineHyphenation(text: string): string {
  return text.replace(/(\p{Ll})- (\p{Ll}+)/gu, (m, a: string, b: string) => (ELISION_FOLLOWERS.has(b) ? m : `${a}${b}`));
}

/** Matching form: NFC, lowercase, unified dashes/quotes, hyphenation joined, whitespace collapsed. */
export function normForMatch(text: string): string {
  let t = repairMojibake(text).normalize('NFC').replace(/\u00AD/g, '');
  t = joinHyphenation(t);
  t = collapseLetterSpacing(t);
  t = t
    .toLowerCase()
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[’‘´`]/g, "'")
    .replace(/[“”„»«]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  return joinInlineHyphenation(t);
}

/** Display form for quotes: original wording, whitespace collapsed, mojibake repaired, at most `max` chars. */
export function cleanQuote(text: string, max = 300): string {
  const t = collapseLetterSpacing(repairMojibake(text).normalize('NFC').replace(/\u00AD/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
