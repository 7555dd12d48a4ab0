/**
 * Corpus H (held-out): renders sources/NAME.pdf.txt and NAME.docx.txt to real
 * PDF/DOCX in files/; every other source file (HTML, TXT) is copied as it is.
 * Source format: "TITLE: …", optional "HEADER: …" / "FOOTER: …", then pages
 * separated by "=== PAGE ===", paragraphs by blank lines, "# " = heading.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'sources');
const out = join(here, 'files');
mkdirSync(out, { recursive: true });
const creationDate = new Date('2024-01-15T10:00:00Z');

function parse(text: string) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let header: string | undefined;
  let footer: string | undefined;
  while (lines.length && /^(TITLE|HEADER|FOOTER):/.test(lines[0]!)) {
    const line = lines.shift()!;
    const value = line.slice(line.indexOf(':') + 1).trim();
    if (line.startsWith('TITLE:')) title = value;
    else if (line.startsWith('HEADER:')) header = value;
    else footer = value;
  }
  const pages = lines
    .join('\n')
    .split(/^=== PAGE ===$/m)
    .map((page) => page.split(/\n\s*\n/).map((p) => p.trim().replace(/\n(?!# )/g, ' ').trim()).filter(Boolean))
    .filter((page) => page.length > 0);
  return { title, header, footer, pages };
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
