/**
 * Builds blind set 4 into test/websites-blind-4/sites/<slug>/: writes the
 * hand-written pages, renders the documents with renderPdf/renderDocx (fixed
 * creation date, so the bytes are the same on every run), robots.txt,
 * sitemap.xml and .redirects ("FROM TO STATUS").
 *
 * URL → file: a path ending in "/" or whose last segment has no extension is a
 * directory with index.html; a query string is a sibling file "<file>@<query>".
 *
 * Run: npx node test/websites-blind-4/build.ts
 */
import { mkdirSync, openSync, readSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx, renderPdf } from '../../src/simweb/render-documents.ts';
import { buildSites } from './sites.ts';

export const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'sites');
const DATE = new Date('2024-01-15T09:00:00Z');

export function urlToFile(pathname: string, root: string): string {
  const p = decodeURIComponent(pathname);
  if (p.includes('\0') || p.split('/').includes('..')) throw new Error('bad path');
  const last = p.split('/').pop() ?? '';
  const rel = p.endsWith('/') ? `${p}index.html` : last.includes('.') ? p : `${p}/index.html`;
  return join(root, rel.replace(/^\/+/, ''));
}

function fileFor(url: string): string {
  const q = url.indexOf('?');
  const path = q >= 0 ? url.slice(0, q) : url;
  const query = q >= 0 ? url.slice(q + 1) : '';
  const f = urlToFile(path, '');
  return query ? `${f}@${query}` : f;
}

/** Types files by content: documents behind extension-less URLs, ISO-8859-1 pages, .asp pages. */
export function contentType(file: string, fallback: string): string {
  const buf = Buffer.alloc(512);
  const fd = openSync(file, 'r');
  const n = readSync(fd, buf, 0, 512, 0);
  closeSync(fd);
  const head = buf.subarray(0, n).toString('latin1');
  if (head.startsWith('%PDF')) return 'application/pdf';
  if (head.startsWith('PK')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (/^\s*<(!DOCTYPE html|html)/i.test(head)) return /charset=iso-8859-1/i.test(head) ? 'text/html; charset=iso-8859-1' : 'text/html; charset=utf-8';
  return fallback;
}

const LATIN1_FIX: Record<string, string> = { '–': '-', '—': '-', '’': "'", '“': '"', '”': '"', '…': '...' };

export async function build(): Promise<number> {
  rmSync(SITES_DIR, { recursive: true, force: true });
  let count = 0;
  for (const site of buildSites()) {
    const root = join(SITES_DIR, site.slug);
    const write = (rel: string, data: string | Uint8Array, latin1 = false) => {
      const f = join(root, rel);
      mkdirSync(dirname(f), { recursive: true });
      if (typeof data === 'string' && latin1) writeFileSync(f, Buffer.from(data.replace(/[–—’“”…]/g, (c) => LATIN1_FIX[c] ?? '-'), 'latin1'));
      else writeFileSync(f, data);
    };
    for (const [url, html] of site.pages) {
      write(fileFor(url), html, site.latin1);
      count++;
    }
    for (const d of site.docs) {
      const bytes = d.kind === 'pdf' ? await renderPdf(d.spec, { creationDate: DATE }) : await renderDocx(d.spec, { creationDate: DATE });
      write(fileFor(d.url), bytes);
    }
    for (const [url, text] of site.files) write(fileFor(url), text);
    if (site.redirects.length) write('.redirects', `${site.redirects.join('\n')}\n`);
  }
  return count;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = await build();
  console.log(`built ${n} pages into ${SITES_DIR}`);
}
