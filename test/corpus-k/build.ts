/**
 * Corpus K: renders sources/*.pdf.txt and sources/*.docx.txt to real PDF/DOCX
 * bytes in files/; every other source (HTML, TXT, incl. windows-1252) is copied byte for byte.
 * Run: npx node test/corpus-k/build.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx, type DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'sources');
const out = join(here, 'files');
const creationDate = new Date('2024-01-15T09:00:00Z');
mkdirSync(out, { recursive: true });

function parse(text: string): DocumentSpec {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let header: string | undefined;
  let footer: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^(TITLE|HEADER|FOOTER):\s?(.*)$/.exec(lines[i] ?? "");
    if (!m) break;
    if (m[1] === 'TITLE') title = m[2] ?? "";
    else if (m[1] === 'HEADER') header = m[2];
    else footer = m[2];
  }
  const body = lines.slice(i).join('\n');
  const pages = body
    .split(/^=== PAGE ===$/m)
    .map((page) => page.split(/\n\s*\n/).map((p) => p.replace(/^\n+|\n+$/g, '')).filter((p) => p.trim() !== ''))
    .filter((page) => page.length > 0);
  return { title, pages, header, footer };
}

for (const name of readdirSync(src).sort()) {
  const path = join(src, name);
  if (name.endsWith('.pdf.txt')) {
    const bytes = await renderPdf(parse(readFileSync(path, 'utf8')), { creationDate });
    writeFileSync(join(out, name.slice(0, -4)), bytes);
  } else if (name.endsWith('.docx.txt')) {
    const bytes = await renderDocx(parse(readFileSync(path, 'utf8')), { creationDate });
    writeFileSync(join(out, name.slice(0, -4)), bytes);
  } else {
    writeFileSync(join(out, name), readFileSync(path));
  }
}
console.log('corpus-k built:', readdirSync(out).length, 'files');
