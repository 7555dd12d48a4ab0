/**
 * Crawler-trap defences. Municipal sites are full of endless calendars,
 * faceted searches and session-id loops; each rule here keeps one of them
 * from eating a site's small page budget. Pure except `QueryVariantGuard`,
 * which remembers what it has seen for one site.
 */

const MAX_SEGMENTS = 8;
const MAX_URL_LENGTH = 300;
/** Query keys whose values walk through time: a calendar never ends. */
const CALENDAR_KEYS = /^(date|datum|day|dag|month|manad|månad|year|ar|år|week|vecka|from|to|start|end|startdate|enddate|fromdate|todate|period|cal|calendar|kalender|ym|ymd)$/i;
const CALENDAR_WORD = /(^|[/_-])(kalender|kalendarium|calendar|evenemang|events?|aktiviteter)([/_.-]|$)/i;
const DATE_IN_PATH = /\/(19|20)\d{2}(\/|-)(0?[1-9]|1[0-2])(\/|-|$)/;

/** Why a URL is a trap, or null when it looks like an ordinary page. */
export function trapReason(url: string): string | null {
  if (url.length > MAX_URL_LENGTH) return 'url_too_long';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'invalid_url';
  }
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  if (segments.length > MAX_SEGMENTS) return 'path_too_deep';
  if (hasRepeatedSegments(segments)) return 'repeated_path_segments';
  for (const [key, value] of parsed.searchParams) {
    if (CALENDAR_KEYS.test(key) && value !== '') return 'calendar_query';
    if (/^(19|20)\d{2}-\d{2}(-\d{2})?$/.test(value)) return 'calendar_query';
  }
  const path = decodePath(parsed.pathname);
  if (CALENDAR_WORD.test(path) && (DATE_IN_PATH.test(path) || /\/(19|20)\d{2}\/?$/.test(path))) return 'calendar_path';
  return null;
}

/** A segment three times, or a block of two or more segments repeated back to back (/a/b/a/b). */
function hasRepeatedSegments(segments: string[]): boolean {
  const counts = new Map<string, number>();
  for (const segment of segments) {
    const count = (counts.get(segment) ?? 0) + 1;
    if (count >= 3) return true;
    counts.set(segment, count);
  }
  for (let size = 2; size * 2 <= segments.length; size += 1) {
    for (let start = 0; start + size * 2 <= segments.length; start += 1) {
      let same = true;
      for (let i = 0; i < size && same; i += 1) same = segments[start + i] === segments[start + size + i];
      if (same) return true;
    }
  }
  return false;
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    return path.toLowerCase();
  }
}

/**
 * Caps the distinct query strings followed per path: faceted search and
 * sorting links multiply without end, but the first few variants suffice.
 */
export class QueryVariantGuard {
  readonly #limit: number;
  readonly #variants = new Map<string, Set<string>>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Records the URL; false when its path already has `limit` other query variants. */
  admit(url: string): boolean {
    const parsed = new URL(url);
    if (parsed.search === '') return true;
    const key = `${parsed.origin}${parsed.pathname}`;
    let seen = this.#variants.get(key);
    if (!seen) {
      seen = new Set();
      this.#variants.set(key, seen);
    }
    if (seen.has(parsed.search)) return true;
    if (seen.size >= this.#limit) return false;
    seen.add(parsed.search);
    return true;
  }
}
