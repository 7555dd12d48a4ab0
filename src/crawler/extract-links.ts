/**
 * Pulls links out of an HTML page with the text around them, which the
 * scorer needs: on municipal sites the anchor often says only "Läs mer" or
 * the file name, while the heading above says what the document is.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { normalizeUrl } from './normalize-url.ts';

export interface ExtractedLink {
  url: string; // normalised, absolute
  anchor: string;
  context: string;
}

const IGNORED_HREF = /^\s*(mailto:|tel:|javascript:|data:|#)/i;
const CONTEXT_LIMIT = 300;
const BLOCKS = new Set(['li', 'p', 'td', 'dd', 'article', 'section', 'div']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);

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
      [node.text(), node.attr('title') ?? '', node.attr('aria-label') ?? '', imageAlt(element), node.attr('alt') ?? ''].join(' '),
    );
    const block = closestBlock(element);
    const heading = nearestHeading(element);
    const context = squash(`${heading ? $(heading).text() : ''} ${block ? $(block).text().slice(0, CONTEXT_LIMIT * 4) : ''}`).slice(0, CONTEXT_LIMIT);
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

// DOM walks by hand: cheerio's closest()/prevAll() compile their selector on
// every call, which made link extraction five times slower than parsing.

/** The closest block element around the link. */
function closestBlock(element: Element): Element | null {
  for (let current = element.parent; current; current = current.parent) {
    if (!isElement(current)) continue;
    // A link in a table cell ("Här" in the last column) is named by its row: the document's title sits in the first cell.
    if (current.name === 'td' || current.name === 'th') {
      const row = current.parent;
      return row && isElement(row) && row.name === 'tr' ? row : current;
    }
    if (BLOCKS.has(current.name)) return current;
  }
  return null;
}

/** The closest heading before the link, looking at the previous siblings of the link and up to four ancestors. */
function nearestHeading(element: Element): Element | null {
  let current: AnyNode | null = element;
  for (let level = 0; level < 5 && current; level += 1) {
    for (let sibling: AnyNode | null = current.prev; sibling; sibling = sibling.prev) {
      if (isElement(sibling) && HEADINGS.has(sibling.name)) return sibling;
    }
    current = current.parent;
  }
  return null;
}

/** Alt text of an image inside the link (icon links often have nothing else). */
function imageAlt(element: Element): string {
  const stack: AnyNode[] = [...element.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'img' && node.attribs.alt) return node.attribs.alt;
    stack.push(...node.children);
  }
  return '';
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A site's own search form: where it submits and under which field name the query goes. */
export interface SiteSearchForm {
  /** Absolute action URL without a query. */
  action: string;
  field: string;
  /** Hidden fields the form sends along (some CMSs need them to answer). */
  hidden: Array<[string, string]>;
}

const SEARCH_FIELD = /^(?:q|query|search|searchquery|searchtext|s|sok|sokord|soktext|keyword|keywords|k|term|text|fritext)$/i;
const SEARCH_MARK = /(?:^|[\s_-])(?:search|sok|sök|soek|searchform|site-search)(?:[\s_-]|$)/i;

/**
 * Finds the site's search form on a page: a GET form marked as search (role, class, id or a
 * type=search field) with one text field. The analysts of the 2017 inventory searched every
 * site by hand; one query there often reaches a program filed deep under the organisation.
 */
export function findSiteSearch(html: string, pageUrl: string): SiteSearchForm | null {
  const $ = cheerio.load(html);
  let found: SiteSearchForm | null = null;
  $('form').each((_, element) => {
    if (found) return;
    const form = $(element);
    const method = (form.attr('method') ?? 'get').toLowerCase();
    if (method !== 'get') return;
    const fields = form.find('input').toArray().map((input) => $(input));
    const text = fields.filter((input) => ['search', 'text', ''].includes((input.attr('type') ?? '').toLowerCase()) && input.attr('name'));
    const marked = form.attr('role') === 'search' || SEARCH_MARK.test(`${form.attr('class') ?? ''} ${form.attr('id') ?? ''} ${form.attr('action') ?? ''}`) || text.some((input) => (input.attr('type') ?? '').toLowerCase() === 'search');
    const field = text.find((input) => SEARCH_FIELD.test(input.attr('name') ?? '')) ?? (marked && text.length === 1 ? text[0] : undefined);
    if (!field || !(marked || SEARCH_FIELD.test(field.attr('name') ?? ''))) return;
    const action = normalizeUrl(form.attr('action') || pageUrl, pageUrl);
    if (!action) return;
    const target = new URL(action);
    target.search = '';
    target.hash = '';
    const hidden = fields
      .filter((input) => (input.attr('type') ?? '').toLowerCase() === 'hidden' && input.attr('name'))
      .map((input): [string, string] => [input.attr('name') ?? '', input.attr('value') ?? '']);
    found = { action: target.toString(), field: field.attr('name') ?? 'q', hidden };
  });
  return found;
}

/** The URL the search form submits for `query`. */
export function siteSearchUrl(form: SiteSearchForm, query: string): string {
  const url = new URL(form.action);
  for (const [name, value] of form.hidden) url.searchParams.append(name, value);
  url.searchParams.set(form.field, query);
  return url.toString();
}
