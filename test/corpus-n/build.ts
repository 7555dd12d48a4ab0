// Renders test/corpus-n/sources into test/corpus-n/files.
// NAME.pdf.txt -> NAME.pdf (renderPdf), NAME.docx.txt -> NAME.docx (renderDocx), anything else copied as is.
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
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.startsWith('TITLE:')) title = line.slice(6).trim();
    else if (line.startsWith('HEADER:')) header = line.slice(7).trim();
    else if (line.startsWith('FOOTER:')) footer = line.slice(7).trim();
    else break;
  }
  const body = lines.slice(i).join('\n');
  const pages = body
    .split(/^=== PAGE ===$/m)
    .map((page) =>
      page
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    )
    .filter((page) => page.length > 0);
  const spec: DocumentSpec = { title, pages };
  if (header) spec.header = header;
  if (footer) spec.footer = footer;
  return spec;
}

mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(sourceDir).sort()) {
  const text = readFileSync(join(sourceDir, name), 'utf8');
  if (name.endsWith('.pdf.txt')) {
    writeFileSync(join(outDir, name.slice(0, -4)), await renderPdf(parse(text), { creationDate }));
  } else if (name.endsWith('.docx.txt')) {
    writeFileSync(join(outDir, name.slice(0, -4)), await renderDocx(parse(text), { creationDate }));
  } else {
    writeFileSync(join(outDir, name), text);
  }
}
console.log('built', readdirSync(outDir).length, 'files');
