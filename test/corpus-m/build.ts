/**
 * Builds corpus M: renders sources/*.pdf.txt and *.docx.txt to real PDF/DOCX
 * bytes in files/, copies every other source (html, txt) unchanged.
 * Run: npx node test/corpus-m/build.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'sources');
const outDir = join(here, 'files');
const creationDate = new Date('2024-01-15T09:00:00Z');

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
    if (para.length > 0) page.push(para.join(' '));
    para = [];
  };
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (line.trim() === '=== PAGE ===') {
      flushPara();
      if (page.length > 0) pages.push(page);
      page = [];
    } else if (line.trim() === '') {
      flushPara();
    } else if (line.startsWith('# ')) {
      flushPara();
      page.push(line);
    } else {
      para.push(line.trim());
    }
  }
  flushPara();
  if (page.length > 0) pages.push(page);
  const spec: DocumentSpec = { title, pages };
  if (header !== undefined) spec.header = header;
  if (footer !== undefined) spec.footer = footer;
  return spec;
}

mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(srcDir).sort()) {
  const text = readFileSync(join(srcDir, name), 'utf8');
  if (name.endsWith('.pdf.txt')) {
    writeFileSync(join(outDir, name.slice(0, -4)), await renderPdf(parse(text), { creationDate }));
  } else if (name.endsWith('.docx.txt')) {
    writeFileSync(join(outDir, name.slice(0, -4)), await renderDocx(parse(text), { creationDate }));
  } else {
    writeFileSync(join(outDir, name), text);
  }
}
console.log('corpus-m built');
