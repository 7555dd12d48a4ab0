/**
 * HTML → the page's main text. Municipal pages wrap a few paragraphs in
 * menus, cookie banners, breadcrumbs and footers; those would otherwise feed
 * the classifier words like "näringsliv" from the menu of every page. Pure:
 * bytes in, ExtractedDocument out, on the calling thread (parsing is linear).
 */
import { load, type CheerioAPI } from 'cheerio';
import type { ExtractedDocument } from '../domain/index.ts';
import { charsetFromContentType, charsetFromMeta, decodeText } from './decode-text.ts';
import type { ExtractLimits } from './limits.ts';
import { normalizeText } from './normalize-text.ts';
import { applyTextLimit } from './text-limit.ts';

/** The slice of a domhandler node this module reads. */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const DROP_TAGS = 'script, style, noscript, template, svg, canvas, iframe, object, embed, nav, header, footer, aside, form, button, select, dialog, menu';
const DROP_ROLES = '[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=menu], [role=menubar], [role=dialog], [role=alertdialog], [aria-hidden=true], [hidden]';
// Class or id words that mark boilerplate. Matched on word-ish boundaries so "menu" does not hit "menuitem-content" wrappers of text by accident.
const BOILERPLATE = /(^|[\s_-])(cookies?|consent|gdpr|banner|breadcrumbs?|brodsmulor|skip|skiplink|hoppa|menu|meny|navbar|navigation|nav|sidebar|sidomeny|share|social|footer|header|toolbar|pagination|related|puff|search|sok|popup|modal|newsletter)([\s_-]|$)/i;
const MAIN_SELECTORS = ['main', '[role=main]', 'article', '#content', '#main', '#main-content', '#maincontent', '.main-content', '#innehall', '.content'];
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'details', 'summary',
]);
const CELL = new Set(['td', 'th']);

// Disclosure widgets (accordions, "expand" sections) hold the body of many municipal pages: their header is
// a <button> and their panel starts collapsed (`hidden`). Both are content, unlike menus and dialogs.
const DISCLOSURE_CLASS = /(^|[\s_-])(accordion|collaps\w*|expand\w*|toggle|disclosure|fold\w*|utfall\w*|panel)([\s_-]|$)/i;

function keepDisclosures($: CheerioAPI): void {
  const panelIds = new Set<string>();
  $('button[aria-expanded], button[aria-controls], a[aria-expanded][aria-controls]').each((_, el) => {
    for (const id of ($(el).attr('aria-controls') ?? '').split(/\s+/)) if (id) panelIds.add(id);
  });
  $('[hidden], [aria-hidden=true]').each((_, el) => {
    const node = el as unknown as DomNode;
    const id = node.attribs?.['id'] ?? '';
    if ((id && panelIds.has(id)) || DISCLOSURE_CLASS.test(node.attribs?.['class'] ?? '')) $(el).removeAttr('hidden').removeAttr('aria-hidden');
  });
  // The header of a disclosure becomes a heading line of its own; other buttons ("Godkänn", "Meny") stay furniture.
  $('button').each((_, el) => {
    const button = $(el);
    const disclosure = button.is('[aria-expanded], [aria-controls]') || DISCLOSURE_CLASS.test(button.attr('class') ?? '');
    if (disclosure && button.closest('nav, header, footer, form, dialog, [role=navigation], [role=dialog]').length === 0) {
      button.replaceWith($('<div></div>').text(button.text()));
    }
  });
}

/**
 * An article's own <header> (its h1, its date line) belongs to the content; only the site's header is
 * furniture. HTML5 sectioning says which is which: a header inside <article> or <main> is the article's.
 */
function keepArticleHeaders($: CheerioAPI): void {
  $('article header, main header, [role=main] header').each((_, el) => {
    const node = $(el);
    node.replaceWith($('<div></div>').append(node.contents()));
  });
}

function stripBoilerplate($: CheerioAPI): void {
  keepArticleHeaders($);
  keepDisclosures($);
  $(DROP_TAGS).remove();
  $(DROP_ROLES).remove();
  $('[class], [id]').each((_, el) => {
    const node = el as unknown as DomNode;
    if (node.name === 'html' || node.name === 'body' || node.name === 'main' || node.name === 'article') return;
    const label = `${node.attribs?.['class'] ?? ''} ${node.attribs?.['id'] ?? ''}`;
    // "accordion-header" names a part of the content, not the site header.
    if (BOILERPLATE.test(label) && !DISCLOSURE_CLASS.test(label)) $(el).remove();
  });
  // Skip links ("Till innehåll", "Hoppa till huvudinnehåll") point inside the page.
  $('a[href^="#"]').each((_, el) => {
    if (/^(hoppa|gå|till|skip|jump)\b/i.test($(el).text().trim())) $(el).remove();
  });
}

/** Accumulates text where block boundaries ask for "at least n line breaks", so nesting never stacks blank lines. */
class TextSink {
  private parts: string[] = [];
  private trailingBreaks = 1; // start of text counts as a break: no leading blank lines
  text(s: string): void {
    if (s.trim() === '') {
      if (this.trailingBreaks === 0 && s.length > 0) this.parts.push(' ');
      return;
    }
    this.parts.push(s);
    this.trailingBreaks = 0;
  }
  breaks(n: number): void {
    while (this.trailingBreaks < n) {
      this.parts.push('\n');
      this.trailingBreaks++;
    }
  }
  toString(): string {
    return this.parts.join('');
  }
}

function renderText(node: DomNode, out: TextSink): void {
  if (node.type === 'text') {
    out.text((node.data ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.name ?? '';
  // Headings and paragraphs are separated by a blank line, other blocks by a line break.
  const gap = /^h[1-6]$/.test(name) || name === 'p' ? 2 : BLOCK.has(name) ? 1 : 0;
  out.breaks(gap);
  if (name === 'pre') out.text(collectRaw(node));
  else for (const child of node.children ?? []) renderText(child, out);
  if (CELL.has(name)) out.text('\t');
  out.breaks(gap);
}

function collectRaw(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  return (node.children ?? []).map(collectRaw).join('');
}

/** Strips " - Åmåls kommun", "| Falu kommun" and similar site suffixes from a <title>. */
export function cleanHtmlTitle(raw: string): string | null {
  const title = normalizeText(raw).replace(/\s+/g, ' ').trim();
  if (!title) return null;
  const parts = title.split(/\s+[-–—|:·•]\s+/);
  const kept = parts.filter((p) => !/\b(kommun|kommuns|stad|stads|region|startsida|webbplats)$/i.test(p.trim()) && !/^(www\.|region\s|landsting)/i.test(p.trim()));
  const result = (kept.length > 0 ? kept.join(' – ') : parts[0]!).trim();
  return result.length > 0 ? result.slice(0, 250) : null;
}

function pickRoot($: CheerioAPI): DomNode {
  for (const selector of MAIN_SELECTORS) {
    const found = $(selector);
    if (found.length === 0) continue;
    // Several <article>s (a list of news items) are not one main text; take their common parent by falling through to the body.
    if (selector === 'article' && found.length > 1) continue;
    if (found.first().text().replace(/\s+/g, '').length >= 80) return found.get(0) as unknown as DomNode;
  }
  return ($('body').get(0) ?? $.root().get(0)) as unknown as DomNode;
}

/** Extracts the main text of an HTML page as one page. */
export function extractHtml(bytes: Uint8Array, contentType: string | null, limits: ExtractLimits): ExtractedDocument {
  const decoded = decodeText(bytes, [charsetFromContentType(contentType), charsetFromMeta(bytes)]);
  const warnings = [...decoded.warnings];
  const $ = load(decoded.text);
  const docTitle = $('title').first().text();
  stripBoilerplate($);
  const root = pickRoot($);
  const h1 = normalizeText($(root as never).find('h1').first().text() || $('h1').first().text()).replace(/\s+/g, ' ');
  const out = new TextSink();
  renderText(root, out);
  const text = normalizeText(out.toString().replace(/\t+\n/g, '\n').replace(/\t/g, ' '));
  // A logo <h1> that is just the municipality's name says nothing about the page.
  const h1Useful = h1.length >= 3 && h1.length <= 250 && !/^\S+(\s\S+)?\s(kommun|stad)$/i.test(h1);
  const title = h1Useful ? h1 : cleanHtmlTitle(docTitle);
  const pages = applyTextLimit([text], limits.maxTextChars, warnings);
  return { format: 'html', pages, title, scanned: false, pageCount: 1, warnings };
}
