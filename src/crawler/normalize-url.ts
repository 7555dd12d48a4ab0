/**
 * URL normalisation and the same-site rule. Pure: two spellings of one page
 * must map to one string, or the crawler fetches it twice and burns budget.
 */

/** Query keys that carry tracking or session state, never content. */
const DROPPED_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|sid|sessionid|session_id|jsessionid|phpsessid|aspsessionid.*|cfid|cftoken)$/i;
/** Session ids written into the path as matrix parameters (";jsessionid=..."). */
const PATH_SESSION = /;(jsessionid|phpsessid|sessionid|sid)=[^/?#]*/gi;

/**
 * Normalises a URL (resolved against `base`): http(s) only, lower-case scheme
 * and host, no default port, no fragment, no tracking/session parameters,
 * collapsed slashes, upper-case percent escapes. The query keeps its order:
 * a server may read it in order (a static archive keyed on the query string
 * does), and we request what the page links to. Returns null for anything
 * that is not a crawlable http(s) URL.
 *
 * @example normalizeUrl('HTTP://Example.se:80/a//b/../c?utm_source=x&b=2&a=1#top') // 'http://example.se/a/c?b=2&a=1'
 */
export function normalizeUrl(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname) return null;
  parsed.hash = '';
  parsed.username = '';
  parsed.password = '';
  if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.slice(0, -1);
  let path = parsed.pathname.replace(PATH_SESSION, '').replace(/\/{2,}/g, '/');
  path = upperEscapes(path);
  // Setting pathname re-resolves dot segments that the collapse may have exposed.
  parsed.pathname = path || '/';
  const params = parsed.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '')
    .filter((part) => !DROPPED_PARAM.test(safeDecode(part.split('=')[0] ?? '')))
    .map(upperEscapes);
  parsed.search = params.length > 0 ? `?${params.join('&')}` : '';
  return parsed.toString();
}

/** The origin (scheme://host:port) of a normalised URL, the unit of politeness and robots.txt. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

/**
 * Same site: same host modulo a leading "www.", and the same port unless both
 * use their scheme's default (so http↔https between default ports counts).
 */
export function isSameSite(a: string, b: string): boolean {
  let ua: URL;
  let ub: URL;
  try {
    ua = new URL(a);
    ub = new URL(b);
  } catch {
    return false;
  }
  if (stripWww(ua.hostname) !== stripWww(ub.hostname)) return false;
  // URL drops default ports, so '' on both sides means "each scheme's default".
  return ua.port === ub.port;
}

function stripWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

function upperEscapes(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
