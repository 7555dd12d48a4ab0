/** Renders test/corpus-u/sources into test/corpus-u/files (deterministic bytes). */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx, type DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'sources');
const outDir = join(here, 'files');
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
  const pages: string[][] = [];
  let page: string[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length > 0) page.push(para.join(' '));
    para = [];
  };
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '=== PAGE ===') {
      flush();
      if (page.length > 0) pages.push(page);
      page = [];
    } else if (line === '') {
      flush();
    } else if (line.startsWith('# ')) {
      flush();
      page.push(line);
    } else {
      para.push(line);
    }
  }
  flush();
  if (page.length > 0) pages.push(page);
  const spec: DocumentSpec = { title, pages };
  if (header !== undefined) spec.header = header;
  if (footer !== undefined) spec.footer = footer;
  return spec;
}

mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(srcDir).sort()) {
  const path = join(srcDir, name);
  if (name.endsWith('.pdf.txt')) {
    const bytes = await renderPdf(parse(readFileSync(path, 'utf8')), { creationDate });
    writeFileSync(join(outDir, name.slice(0, -4)), bytes);
  } else if (name.endsWith('.docx.txt')) {
    const bytes = await renderDocx(parse(readFileSync(path, 'utf8')), { creationDate });
    writeFileSync(join(outDir, name.slice(0, -4)), bytes);
  } else {
    copyFileSync(path, join(outDir, name));
  }
}
console.log('built corpus-u');
