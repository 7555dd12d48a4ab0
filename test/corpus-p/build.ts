/**
 * Builds corpus P: renders sources/NAME.pdf.txt and NAME.docx.txt into real
 * PDF/DOCX files under files/, copies every other source (HTML, TXT) as is.
 * Fixed creation date so the bytes are identical on every run.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx, type DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'sources');
const outDir = join(here, 'files');
const creationDate = new Date('2024-01-01T00:00:00Z');

function parseSource(text: string): DocumentSpec {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let header: string | undefined;
  let footer: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('TITLE:')) title = line.slice(6).trim();
    else if (line.startsWith('HEADER:')) header = line.slice(7).trim();
    else if (line.startsWith('FOOTER:')) footer = line.slice(7).trim();
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

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(sourceDir).sort();
  for (const name of names) {
    const src = join(sourceDir, name);
    if (name.endsWith('.pdf.txt')) {
      const spec = parseSource(readFileSync(src, 'utf8'));
      writeFileSync(join(outDir, name.slice(0, -4)), await renderPdf(spec, { creationDate }));
    } else if (name.endsWith('.docx.txt')) {
      const spec = parseSource(readFileSync(src, 'utf8'));
      writeFileSync(join(outDir, name.slice(0, -4)), await renderDocx(spec, { creationDate }));
    } else {
      copyFileSync(src, join(outDir, name));
    }
  }
  console.log(`built ${names.length} files into ${outDir}`);
}

await main();
