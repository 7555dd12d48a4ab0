/**
 * Builds corpus O: renders sources/NAME.pdf.txt and NAME.docx.txt into files/,
 * copies every other source (HTML pages, TXT extracts) unchanged.
 * Run: npx node test/corpus-o/build.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'sources');
const outDir = join(here, 'files');
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
        .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
        .filter((p) => p.length > 0),
    )
    .filter((page) => page.length > 0);
  const spec: DocumentSpec = { title, pages };
  if (header !== undefined) spec.header = header;
  if (footer !== undefined) spec.footer = footer;
  return spec;
}

mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(sourceDir).sort()) {
  const path = join(sourceDir, name);
  if (name.endsWith('.pdf.txt')) {
    const bytes = await renderPdf(parseSource(readFileSync(path, 'utf8')), { creationDate });
    writeFileSync(join(outDir, name.slice(0, -4)), bytes);
  } else if (name.endsWith('.docx.txt')) {
    const bytes = await renderDocx(parseSource(readFileSync(path, 'utf8')), { creationDate });
    writeFileSync(join(outDir, name.slice(0, -4)), bytes);
  } else {
    writeFileSync(join(outDir, name), readFileSync(path));
  }
}
console.log(`built ${readdirSync(outDir).length} files into ${outDir}`);
