/** Renders test/corpus-j/sources into test/corpus-j/files (deterministic bytes). */
import { readFileSync, writeFileSync, readdirSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'sources');
const out = join(here, 'files');
const creationDate = new Date('2024-01-15T10:00:00Z');
mkdirSync(out, { recursive: true });

function parse(text: string): DocumentSpec {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let header: string | undefined;
  let footer: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (l.startsWith('TITLE: ')) title = l.slice(7).trim();
    else if (l.startsWith('HEADER: ')) header = l.slice(8).trim();
    else if (l.startsWith('FOOTER: ')) footer = l.slice(8).trim();
    else break;
  }
  const body = lines.slice(i).join('\n');
  const pages = body.split(/^=== PAGE ===$/m).map((p) =>
    p.split(/\n\s*\n/).map((para) => para.split('\n').map((s) => s.trim()).filter(Boolean).join(' ')).filter((s) => s.length > 0),
  ).filter((p) => p.length > 0);
  return { title, pages, ...(header ? { header } : {}), ...(footer ? { footer } : {}) };
}

for (const name of readdirSync(src).sort()) {
  const path = join(src, name);
  if (name.endsWith('.pdf.txt')) {
    writeFileSync(join(out, name.slice(0, -4)), await renderPdf(parse(readFileSync(path, 'utf8')), { creationDate }));
  } else if (name.endsWith('.docx.txt')) {
    writeFileSync(join(out, name.slice(0, -4)), await renderDocx(parse(readFileSync(path, 'utf8')), { creationDate }));
  } else {
    copyFileSync(path, join(out, name));
  }
}
console.log('built', readdirSync(out).length, 'files');
