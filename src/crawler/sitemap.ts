/**
 * Sitemap parsing (urlset and sitemapindex, optionally gzipped). Pure: the
 * crawler fetches, this reads. A regex over <loc> is enough and tolerates
 * the malformed XML many CMSs emit.
 */
import { gunzipSync } from 'fflate';

export interface ParsedSitemap {
  /** Page URLs listed (<urlset>). */
  urls: string[];
  /** Child sitemaps (<sitemapindex>). */
  sitemaps: string[];
}

const MAX_GUNZIPPED = 50 * 1024 * 1024;

/** Reads a sitemap body; reads at most `limit` locations. */
export function parseSitemap(body: Uint8Array, limit: number): ParsedSitemap {
  const text = decodeSitemapBody(body);
  const isIndex = /<sitemapindex[\s>]/i.test(text);
  const locations: string[] = [];
  const pattern = /<loc>\s*(?:<!\[CDATA\[)?\s*([^<\]]+?)\s*(?:\]\]>)?\s*<\/loc>/gi;
  for (let match = pattern.exec(text); match && locations.length < limit; match = pattern.exec(text)) {
    locations.push(unescapeXml(match[1] ?? ''));
  }
  return isIndex ? { urls: [], sitemaps: locations } : { urls: locations, sitemaps: [] };
}

function decodeSitemapBody(body: Uint8Array): string {
  let bytes = body;
  if (body[0] === 0x1f && body[1] === 0x8b) {
    // The gzip trailer states the unpacked size (mod 2^32): refuse bombs before inflating.
    const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
    if (body.byteLength < 18 || view.getUint32(body.byteLength - 4, true) > MAX_GUNZIPPED) return '';
    try {
      bytes = gunzipSync(body);
    } catch {
      return '';
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

function unescapeXml(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}
