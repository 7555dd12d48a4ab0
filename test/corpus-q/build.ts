/**
 * Builds corpus Q: renders sources/*.pdf.txt and *.docx.txt into real PDF/DOCX
 * bytes in files/, copies every other source file byte for byte.
 * Run: npx node test/corpus-q/build.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx, type DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'sources');
const outDir = join(here, 'files');
const creationDate = new Date('2024-01-15T09:00:00Z');

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
  const pages = body.split(/^=== PAGE ===$/m).map((page) => {
    const paragraphs: string[] = [];
    for (const block of page.split(/\n\s*\n/)) {
      const blockLines = block.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
      let buffer: string[] = [];
      for (const l of blockLines) {
        if (l.startsWith('# ')) {
          if (buffer.length) paragraphs.push(buffer.join('\n'));
          buffer = [];
          paragraphs.push(l);
        } else buffer.push(l);
      }
      if (buffer.length) paragraphs.push(buffer.join('\n'));
    }
    return paragraphs;
  }).filter((p) => p.length > 0);
  const spec: DocumentSpec = { title, pages };
  if (header) spec.header = header;
  if (footer) spec.footer = footer;
  return spec;
}

mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(sourceDir).sort()) {
  const path = join(sourceDir, name);
  if (name.endsWith('.pdf.txt')) {
    const bytes = await renderPdf(parse(readFileSync(path, 'utf8')), { creationDate });
    writeFileSync(join(outDir, name.slice(0, -4)), bytes);
  } else if (name.endsWith('.docx.txt')) {
    const bytes = await renderDocx(parse(readFileSync(path, 'utf8')), { creationDate });
    writeFileSync(join(outDir, name.slice(0, -4)), bytes);
  } else {
    writeFileSync(join(outDir, name), readFileSync(path));
  }
}
console.log('corpus-q built');
