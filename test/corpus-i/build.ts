// Renders test/corpus-i/sources into test/corpus-i/files.
// NAME.pdf.txt -> NAME.pdf (renderPdf), NAME.docx.txt -> NAME.docx (renderDocx), others copied as-is.
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
  let i = 0;
  for (; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (l.startsWith('TITLE:')) title = l.slice(6).trim();
    else if (l.startsWith('HEADER:')) header = l.slice(7).trim();
    else if (l.startsWith('FOOTER:')) footer = l.slice(7).trim();
    else break;
  }
  const body = lines.slice(i).join('\n');
  const pages = body.split(/^=== PAGE ===\s*$/m).map((p) =>
    p.split(/\n\s*\n/).map((para) => para.split('\n').map((s) => s.trim()).filter(Boolean).join(' ')).filter(Boolean),
  ).filter((p) => p.length > 0);
  return { title, header, footer, pages };
}

for (const name of readdirSync(src).sort()) {
  const path = join(src, name);
  if (name.endsWith('.pdf.txt')) {
    const spec = parse(readFileSync(path, 'utf8'));
    writeFileSync(join(out, name.slice(0, -4)), await renderPdf(spec, { creationDate }));
  } else if (name.endsWith('.docx.txt')) {
    const spec = parse(readFileSync(path, 'utf8'));
    writeFileSync(join(out, name.slice(0, -4)), await renderDocx(spec, { creationDate }));
  } else {
    copyFileSync(path, join(out, name));
  }
}
console.log('built', readdirSync(out).length, 'files');
