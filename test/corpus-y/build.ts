/** Renders test/corpus-y/sources into test/corpus-y/files (deterministic bytes). */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'sources');
const out = join(here, 'files');
const creationDate = new Date('2024-01-15T10:00:00Z');

function parse(text: string): DocumentSpec {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let header: string | undefined;
  let footer: string | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.startsWith('TITLE: ')) title = line.slice(7).trim();
    else if (line.startsWith('HEADER: ')) header = line.slice(8).trim();
    else if (line.startsWith('FOOTER: ')) footer = line.slice(8).trim();
    else break;
    i++;
  }
  const body = lines.slice(i).join('\n');
  const pages = body.split(/^=== PAGE ===$/m).map((page) =>
    page.split(/\n\s*\n/).map((p) => p.trim().replace(/\n/g, ' ')).filter((p) => p.length > 0),
  ).filter((p) => p.length > 0);
  const spec: DocumentSpec = { title, pages };
  if (header) spec.header = header;
  if (footer) spec.footer = footer;
  return spec;
}

mkdirSync(out, { recursive: true });
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
