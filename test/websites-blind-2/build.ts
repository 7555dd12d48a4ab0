/**
 * Builds test/websites-blind-2/sites/<slug>/: writes every page, renders the
 * hand-written document sources to real PDF/DOCX (fixed creation date, so the
 * bytes are the same on every run), writes sitemap.xml, robots.txt and the
 * redirect table (.redirects: "FROM TO" per line) that eval-websites serves.
 *
 * Run: npx node test/websites-blind-2/build.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx, renderPdf } from '../../src/simweb/render-documents.ts';
import { buildSites } from './sites.ts';

export const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'sites');
const FIXED = new Date(Date.UTC(2024, 0, 15, 9, 0, 0));

/** Maps a URL path to a file path under root ('/a/' and '/a' -> a/index.html). A query is stored as FILE@QUERY. */
export function urlToFile(pathname: string, root: string): string {
  const decoded = decodeURIComponent(pathname);
  if (decoded.includes('\0') || decoded.split('/').includes('..')) throw new Error(`bad path ${pathname}`);
  let rel = decoded.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  else if (!extname(rel)) rel += '/index.html';
  return join(root, rel);
}

function fileFor(dir: string, url: string): string {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const base = urlToFile(path, dir);
  return q < 0 ? base : `${base}@${url.slice(q + 1)}`;
}

function put(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

export async function build(): Promise<number> {
  let n = 0;
  for (const site of buildSites()) {
    const dir = join(SITES_DIR, site.slug);
    rmSync(dir, { recursive: true, force: true });
    for (const [url, body] of site.files) {
      put(fileFor(dir, url), body);
      n++;
    }
    for (const d of site.docs) {
      const bytes = d.kind === 'pdf' ? await renderPdf(d.spec, { creationDate: FIXED }) : await renderDocx(d.spec, { creationDate: FIXED });
      put(fileFor(dir, d.url), bytes);
      n++;
    }
    if (site.robots) put(join(dir, 'robots.txt'), site.robots);
    if (site.redirects.length) put(join(dir, '.redirects'), site.redirects.map(([f, t]) => `${f} ${t}`).join('\n') + '\n');
    if (site.sitemap) {
      const urls = [...new Set([...[...site.files.keys()].filter((u) => !u.includes('?') && u.startsWith('/') && !u.endsWith('.txt')), ...site.sitemapExtra])].sort();
      put(join(dir, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>{{ORIGIN}}${u.replaceAll('&', '&amp;')}</loc><lastmod>2024-06-01</lastmod></url>`).join('\n')}\n</urlset>\n`);
    }
  }
  return n;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = await build();
  console.log(`built ${n} files in ${SITES_DIR}`);
}
