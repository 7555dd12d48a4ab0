/**
 * Builds corpus L: renders sources/*.pdf.txt and sources/*.docx.txt into real
 * PDF/DOCX bytes in files/; every other source (HTML, TXT) is copied as is.
 * Run: npx node test/corpus-l/build.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx, type DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourcesDir = join(here, 'sources');
const filesDir = join(here, 'files');
const creationDate = new Date('2024-01-15T09:00:00Z');

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
  const body = lines.slice(i).join('\n');
  const pages = body
    .split(/^=== PAGE ===$/m)
    .map((page) =>
      page
        .split(/\n\s*\n/)
        .map((p) => p.split('\n').map((l) => l.trim()).filter((l) => l.length > 0).join(' '))
        .filter((p) => p.length > 0),
    )
    .filter((page) => page.length > 0);
  const spec: DocumentSpec = { title, pages };
  if (header) spec.header = header;
  if (footer) spec.footer = footer;
  return spec;
}

mkdirSync(filesDir, { recursive: true });
for (const name of readdirSync(sourcesDir).sort()) {
  const source = join(sourcesDir, name);
  if (name.endsWith('.pdf.txt')) {
    const bytes = await renderPdf(parseSource(readFileSync(source, 'utf8')), { creationDate });
    writeFileSync(join(filesDir, name.slice(0, -4)), bytes);
  } else if (name.endsWith('.docx.txt')) {
    const bytes = await renderDocx(parseSource(readFileSync(source, 'utf8')), { creationDate });
    writeFileSync(join(filesDir, name.slice(0, -4)), bytes);
  } else {
    writeFileSync(join(filesDir, name), readFileSync(source));
  }
}
console.log('corpus-l built');
