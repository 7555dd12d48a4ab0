/**
 * Builds corpus E: hand-written sources in sources/ become real files in files/.
 * "NAME.pdf.txt" / "NAME.docx.txt" are rendered with pdfkit/docx via simweb; the
 * format is "TITLE:", optional "HEADER:"/"FOOTER:" lines, then pages split by a
 * line "=== PAGE ===" and paragraphs split by blank lines. Other files are copied.
 * Run: npx node test/corpus-e/build.ts
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx, type DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'sources');
const out = join(here, 'files');
mkdirSync(out, { recursive: true });
// Fixed date so the bytes are identical on every build.
const creationDate = new Date('2024-01-01T00:00:00Z');

function parseSpec(text: string): DocumentSpec {
  const lines = text.split('\n');
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
  const pages = lines.join('\n').split(/^=== PAGE ===$/m).map((page) =>
    page.split(/\n\s*\n/).map((p) => p.replace(/\n/g, ' ').trim()).filter((p) => p.length > 0));
  return { title, pages: pages.filter((p) => p.length > 0), header, footer };
}

for (const name of readdirSync(src).sort()) {
  const text = readFileSync(join(src, name), 'utf8');
  if (name.endsWith('.pdf.txt')) writeFileSync(join(out, name.slice(0, -4)), await renderPdf(parseSpec(text), { creationDate }));
  else if (name.endsWith('.docx.txt')) writeFileSync(join(out, name.slice(0, -4)), await renderDocx(parseSpec(text), { creationDate }));
  else writeFileSync(join(out, name), text);
}
console.log('corpus-e built');
