/** Renders test/corpus-x/sources into test/corpus-x/files (deterministic bytes). */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'sources');
const out = join(here, 'files');
const creationDate = new Date('2024-01-01T00:00:00Z');
mkdirSync(out, { recursive: true });

function parse(text: string): DocumentSpec {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let header: string | undefined;
  let footer: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('TITLE: ')) title = line.slice(7).trim();
    else if (line.startsWith('HEADER: ')) header = line.slice(8).trim();
    else if (line.startsWith('FOOTER: ')) footer = line.slice(8).trim();
    else break;
  }
  const pages: string[][] = [];
  let page: string[] = [];
  let para: string[] = [];
  const flushPara = (): void => {
    if (para.length) page.push(para.join(' '));
    para = [];
  };
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (line === '=== PAGE ===') {
      flushPara();
      pages.push(page);
      page = [];
    } else if (line === '') flushPara();
    else if (line.startsWith('# ')) {
      flushPara();
      page.push(line);
    } else para.push(line.trim());
  }
  flushPara();
  if (page.length) pages.push(page);
  const spec: DocumentSpec = { title, pages };
  if (header) spec.header = header;
  if (footer) spec.footer = footer;
  return spec;
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
    copyFileSync(path, join(out, name));
  }
}
console.log('built', readdirSync(out).length, 'files');
