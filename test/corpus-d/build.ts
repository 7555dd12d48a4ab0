/**
 * Builds test/corpus-d/files/ from the hand-written sources in
 * test/corpus-d/sources/. HTML and TXT sources are copied verbatim; a
 * `*.pdf.src` or `*.docx.src` source is a small header block (title:,
 * header:, footer:, author:) followed by "---" and the body, where a line
 * "=== sida ===" starts a new page and "# " lines are headings. Dates are
 * pinned so the bytes are the same on every run.
 *
 *   npx node test/corpus-d/build.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sources = join(here, 'sources');
const out = join(here, 'files');
const pinned = new Date('2026-01-15T10:00:00Z');

/** Parses a rendered-document source into a spec. */
function parseSpec(text: string): DocumentSpec {
  const [head, ...rest] = text.split(/^---$/m);
  const meta: Record<string, string> = {};
  for (const line of (head ?? '').split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (m) meta[m[1] as string] = m[2] as string;
  }
  const body = rest.join('---');
  const pages = body
    .split(/^=== sida ===$/m)
    .map((page) => page.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter((p) => p.length > 0))
    .filter((page) => page.length > 0);
  return {
    title: meta['title'] ?? '',
    pages,
    ...(meta['header'] ? { header: meta['header'] } : {}),
    ...(meta['footer'] ? { footer: meta['footer'] } : {}),
    ...(meta['author'] ? { author: meta['author'] } : {}),
  };
}

mkdirSync(out, { recursive: true });
for (const name of readdirSync(sources).sort()) {
  const text = readFileSync(join(sources, name), 'utf8');
  if (name.endsWith('.pdf.src')) {
    writeFileSync(join(out, name.slice(0, -4)), await renderPdf(parseSpec(text), { creationDate: pinned }));
  } else if (name.endsWith('.docx.src')) {
    writeFileSync(join(out, name.slice(0, -4)), await renderDocx(parseSpec(text), { creationDate: pinned }));
  } else {
    writeFileSync(join(out, name), text);
  }
}
console.log('corpus-d built');
