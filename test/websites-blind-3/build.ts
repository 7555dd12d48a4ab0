/**
 * Builds blind set 3 into test/websites-blind-3/sites/<slug>/: HTML pages
 * (ISO-8859-1 where the site says so), real PDF/DOCX documents rendered from
 * the hand-written sources in docs.ts (fixed creation date: same bytes on
 * every run), robots.txt, sitemap.xml and .redirects.
 *
 * URL → file: a path ending in '/' or without extension is a directory with
 * index.html; a query string is appended to the file name as '@query'.
 *
 * Run: npx node test/websites-blind-3/build.ts
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx, renderPdf } from '../../src/simweb/render-documents.ts';
import { buildSites } from './sites.ts';

export const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'sites');
const CREATED = new Date('2024-01-15T08:00:00Z');

/** Relative file for a URL pathname (decoded). */
export function urlToFile(pathname: string, root: string): string {
  return relFile(decodeURIComponent(pathname), root);
}

function relFile(decoded: string, root: string): string {
  const path = decoded.replace(/^\/+/, '');
  if (path.split('/').includes('..')) throw new Error('bad path');
  if (path === '' || path.endsWith('/')) return join(root, path, 'index.html');
  if (!extname(path)) return join(root, path, 'index.html');
  return join(root, path);
}

/** Content-Type from the bytes, for eval-websites: documents behind extension-less URLs, ISO-8859-1 pages. */
export function contentType(file: string, fallback: string): string {
  const head = readFileSync(file).subarray(0, 1024);
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'application/pdf';
  if (head.subarray(0, 2).toString('latin1') === 'PK') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const text = head.toString('latin1').toLowerCase();
  if (text.includes('<html') || text.includes('<!doctype')) return text.includes('charset=iso-8859-1') ? 'text/html; charset=iso-8859-1' : 'text/html; charset=utf-8';
  return fallback;
}

export async function build(): Promise<number> {
  rmSync(SITES_DIR, { recursive: true, force: true });
  let pages = 0;
  for (const site of buildSites()) {
    const root = join(SITES_DIR, site.slug);
    for (const [url, content] of site.files) {
      const q = url.indexOf('?');
      const path = q >= 0 ? url.slice(0, q) : url;
      const query = q >= 0 ? url.slice(q + 1) : '';
      const file = `${relFile(/%[0-9A-Fa-f]{2}/.test(path) ? decodeURIComponent(path) : path, root)}${query ? `@${query}` : ''}`;
      mkdirSync(dirname(file), { recursive: true });
      if (typeof content === 'string') {
        writeFileSync(file, site.latin1 ? Buffer.from(content, 'latin1') : content);
        pages++;
      } else {
        const bytes = content.kind === 'pdf' ? await renderPdf(content.spec, { creationDate: CREATED }) : await renderDocx(content.spec, { creationDate: CREATED });
        writeFileSync(file, bytes);
      }
    }
    if (site.robots) writeFileSync(join(root, 'robots.txt'), site.robots);
    if (site.sitemap) {
      const urls = site.sitemap.map((u) => `<url><loc>{{ORIGIN}}${u.replaceAll('&', '&amp;')}</loc><lastmod>2024-01-10</lastmod></url>`).join('\n');
      writeFileSync(join(root, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`);
    }
    if (site.redirects.length) writeFileSync(join(root, '.redirects'), `${site.redirects.join('\n')}\n`);
  }
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`built ${await build()} pages in ${SITES_DIR}`);
