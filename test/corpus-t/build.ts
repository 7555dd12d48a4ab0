/**
 * Corpus T (held-out, 2006–2015 generation): renders sources/*.pdf.txt and
 * sources/*.docx.txt into files/ with pdfkit/docx; other sources are copied as they are.
 * Run: npx node test/corpus-t/build.ts
 */
import { readFileSync, writeFileSync, readdirSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'sources');
const outDir = join(here, 'files');
const creationDate = new Date('2012-03-14T09:30:00Z');

function parse(text: string): DocumentSpec {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let header: string | undefined;
  let footer: string | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.startsWith('TITLE:')) title = line.slice(6).trim();
    else if (line.startsWith('HEADER:')) header = line.slice(7).trim();
    else if (line.startsWith('FOOTER:')) footer = line.slice(7).trim();
    else if (line.trim() !== '') break;
    i++;
  }
  const pages: string[][] = [];
  let page: string[] = [];
  let para: string[] = [];
  const flushPara = (): void => {
    if (para.length > 0) page.push(para.join(' '));
    para = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '=== PAGE ===') {
      flushPara();
      pages.push(page);
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
for (const name of readdirSync(sourceDir).sort()) {
  const src = join(sourceDir, name);
  if (name.endsWith('.pdf.txt')) {
    const bytes = await renderPdf(parse(readFileSync(src, 'utf8')), { creationDate });
    writeFileSync(join(outDir, name.slice(0, -4)), bytes);
  } else if (name.endsWith('.docx.txt')) {
    const bytes = await renderDocx(parse(readFileSync(src, 'utf8')), { creationDate });
    writeFileSync(join(outDir, name.slice(0, -4)), bytes);
  } else {
    copyFileSync(src, join(outDir, name));
  }
}
console.log('corpus-t built into', outDir);
