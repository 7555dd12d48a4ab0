/**
 * Builds corpus W: renders sources/NAME.pdf.txt and NAME.docx.txt to real PDF/DOCX
 * bytes in files/, copies every other source (HTML, TXT) unchanged.
 * Run: npx node test/corpus-w/build.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx, renderPdf, type DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'sources');
const outDir = join(here, 'files');
const creationDate = new Date('2024-01-15T10:00:00Z');

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
  let paragraph: string[] = [];
  const flushParagraph = (): void => {
    if (paragraph.length > 0) page.push(paragraph.join(' '));
    paragraph = [];
  };
  for (; i < lines.length; i++) {
    const line = (lines[i] ?? '').trimEnd();
    if (line.trim() === '=== PAGE ===') {
      flushParagraph();
      pages.push(page);
      page = [];
    } else if (line.trim() === '') {
      flushParagraph();
    } else if (line.startsWith('# ')) {
      flushParagraph();
      page.push(line);
    } else {
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  if (page.length > 0 || pages.length === 0) pages.push(page);
  const spec: DocumentSpec = { title, pages };
  if (header !== undefined) spec.header = header;
  if (footer !== undefined) spec.footer = footer;
  return spec;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(sourceDir).sort()) {
    const text = readFileSync(join(sourceDir, name), 'utf8');
    if (name.endsWith('.pdf.txt')) {
      writeFileSync(join(outDir, name.slice(0, -4)), await renderPdf(parseSource(text), { creationDate }));
    } else if (name.endsWith('.docx.txt')) {
      writeFileSync(join(outDir, name.slice(0, -4)), await renderDocx(parseSource(text), { creationDate }));
    } else {
      writeFileSync(join(outDir, name), text);
    }
  }
}

await main();
