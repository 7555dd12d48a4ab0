/**
 * Pulls links out of an HTML page with the text around them, which the
 * scorer needs: on municipal sites the anchor often says only "Läs mer" or
 * the file name, while the heading above says what the document is.
 */
import * as cheerio from 'cheerio';
import { normalizeUrl } from './normalize-url.ts';

export interface ExtractedLink {
  url: string; // normalised, absolute
  anchor: string;
  context: string;
}

const IGNORED_HREF = /^\s*(mailto:|tel:|javascript:|data:|#)/i;
const CONTEXT_LIMIT = 300;

/** Links (a[href], area[href]) of a page, normalised against the page URL or its <base href>. First occurrence wins. */
export function extractLinks(html: string, pageUrl: string): ExtractedLink[] {
  const $ = cheerio.load(html);
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref && normalizeUrl(baseHref, pageUrl)) || pageUrl;
  const links = new Map<string, ExtractedLink>();
  $('a[href], area[href]').each((_, element) => {
    const node = $(element);
    const href = node.attr('href') ?? '';
    if (IGNORED_HREF.test(href)) return;
    const url = normalizeUrl(href, base);
    if (!url) return;
    const anchor = squash(
      [node.text(), node.attr('title') ?? '', node.attr('aria-label') ?? '', node.find('img[alt]').attr('alt') ?? '', node.attr('alt') ?? ''].join(' '),
    );
    const block = node.closest('li, p, td, dd, article, section, div');
    const heading = nearestHeading($, node);
    const context = squash(`${heading} ${block.length > 0 ? block.first().text() : ''}`).slice(0, CONTEXT_LIMIT);
    const existing = links.get(url);
    if (existing) {
      // Keep the most telling anchor: a link listed twice often says more the second time.
      if (anchor.length > existing.anchor.length) existing.anchor = anchor;
      return;
    }
    links.set(url, { url, anchor, context });
  });
  return [...links.values()];
}

/** The closest heading before the link, looking up at most four ancestors. */
function nearestHeading($: cheerio.CheerioAPI, node: ReturnType<cheerio.CheerioAPI>): string {
  let current = node;
  for (let level = 0; level < 4 && current.length > 0; level += 1) {
    const heading = current.prevAll('h1, h2, h3, h4').first();
    if (heading.length > 0) return heading.text();
    current = current.parent();
  }
  return '';
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
