/**
 * Text cleanup shared by every extractor and by the classifier: one place
 * decides what "the same text" means, so quotes and patterns line up.
 */

// cp1252 code points for bytes 0x80–0x9F; needed to undo mojibake where
// UTF-8 bytes were decoded as windows-1252 ("Ã–" is Ö: C3 96, 0x96 = "–").
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e,
  0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
  0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Byte value a character had if it came from a windows-1252/Latin-1 decode, else -1. */
function latinByte(code: number): number {
  if (code <= 0xff) return code;
  return CP1252_HIGH[code] ?? -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Undoes UTF-8-read-as-Latin-1 mojibake sequence by sequence, so text that is
 * partly fine and partly broken (common after copy-paste into a CMS) is repaired
 * without touching the good parts. Only complete, valid UTF-8 sequences are replaced.
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const lead = text.charCodeAt(i);
    const need = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (need > 0) {
      const bytes = new Uint8Array(need + 1);
      bytes[0] = lead;
      let ok = true;
      for (let k = 1; k <= need; k++) {
        const b = i + k < text.length ? latinByte(text.charCodeAt(i + k)) : -1;
        if (b < 0x80 || b > 0xbf) {
          ok = false;
          break;
        }
        bytes[k] = b;
      }
      if (ok) {
        try {
          out += utf8.decode(bytes);
          i += need + 1;
          continue;
        } catch {
          // not a valid sequence (overlong, surrogate): keep the characters as they are
        }
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

// Words that follow a suspended compound ("närings- och arbetsmarknad"): the hyphen is real.
const CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'respektive', 'resp', 'till', 'som', 'and', 'or', 'o']);

function joinHyphenated(text: string): string {
  // A word part, a hyphen at line end, then the next word part at the start of the next line.
  return text.replace(/(\p{L}[\p{L}\p{N}]*)[-\u2010\u2011]\n(\p{L}[\p{L}\p{N}]*)/gu, (_m, first: string, next: string) => {
    const nextLower = next.toLowerCase();
    if (CONJUNCTIONS.has(nextLower)) return `${first}- ${next}`;
    const firstAllCaps = first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase();
    const nextUpper = next[0] !== undefined && next[0] !== next[0].toLowerCase();
    const firstHasDigit = /\p{N}/u.test(first);
    // "EU-\nprojekt", "Malung-\nSälen", "covid19-\npandemin", "e-\npost": the hyphen belongs to the compound.
    if (first.length === 1 || firstAllCaps || nextUpper || firstHasDigit) return `${first}-${next}`;
    return `${first}${next}`;
  });
}

/**
 * Cleans extracted text for matching and quoting: NFC, mojibake repair,
 * ligatures, invisible characters, words hyphenated across lines joined,
 * whitespace collapsed within lines, at most one blank line in a row.
 * Pure and idempotent.
 *
 * @example normalizeText('närings-\nlivsprogrammet') // 'näringslivsprogrammet'
 */
export function normalizeText(text: string): string {
  let t = text.replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, '\n');
  t = repairMojibake(t);
  t = t.normalize('NFC');
  t = t.replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c);
  // Zero-width characters and the BOM carry no text; control characters are noise from broken encoders.
  t = t.replace(/[\u200b\u200c\u200d\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f]/g, '');
  // Whitespace within lines first, so "närings- \n" still counts as a line-end hyphen.
  t = t.replace(/[\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, ' ');
  t = t.replace(/ ?\n ?/g, '\n');
  // A soft hyphen at a line end marks a break inside a word; elsewhere it is invisible.
  t = t.replace(/\u00ad\n/g, '').replace(/\u00ad/g, '');
  t = joinHyphenated(t);
  t = t.replace(/\n{3,}/g, '\n\n');
  return t.trim();
}
