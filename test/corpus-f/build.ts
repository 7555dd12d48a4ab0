// Renders test/corpus-f/sources into test/corpus-f/files.
// NAME.pdf.txt -> NAME.pdf (renderPdf), NAME.docx.txt -> NAME.docx (renderDocx),
// NAME.cp1252.html -> NAME.html re-encoded as windows-1252, anything else copied byte for byte.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, 'sources');
const out = join(here, 'files');
mkdirSync(out, { recursive: true });
const creationDate = new Date('2018-03-01T08:00:00Z');

function parse(text: string) {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title = '';
  let header: string | undefined;
  let footer: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^(TITLE|HEADER|FOOTER):\s?(.*)$/.exec(lines[i] ?? "");
    if (!m) break;
    if (m[1] === 'TITLE') title = m[2] ?? "";
    else if (m[1] === 'HEADER') header = m[2];
    else footer = m[2];
  }
  const body = lines.slice(i).join('\n');
  const pages = body
    .split(/^=== PAGE ===$/m)
    .map((page) => page.split(/\n\s*\n/).map((p) => p.replace(/\n/g, ' ').trim()).filter((p) => p.length > 0))
    .filter((page) => page.length > 0);
  return { title, header, footer, pages };
}

const CP1252: Record<string, number> = { '–': 0x96, '—': 0x97, '’': 0x92, '‘': 0x91, '”': 0x94, '“': 0x93, '€': 0x80, '…': 0x85, '•': 0x95 };
function toCp1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (CP1252[ch] !== undefined) bytes.push(CP1252[ch]);
    else if (code < 256) bytes.push(code);
    else bytes.push(0x3f);
  }
  return Buffer.from(bytes);
}

for (const name of readdirSync(src).sort()) {
  const path = join(src, name);
  if (name.endsWith('.pdf.txt')) {
    writeFileSync(join(out, name.slice(0, -4)), await renderPdf(parse(readFileSync(path, 'utf8')), { creationDate }));
  } else if (name.endsWith('.docx.txt')) {
    writeFileSync(join(out, name.slice(0, -4)), await renderDocx(parse(readFileSync(path, 'utf8')), { creationDate }));
  } else if (name.endsWith('.cp1252.html')) {
    writeFileSync(join(out, name.replace('.cp1252.html', '.html')), toCp1252(readFileSync(path, 'utf8')));
  } else {
    writeFileSync(join(out, name), readFileSync(path));
  }
}
console.log('built', readdirSync(out).length, 'files');
