/**
 * Builds corpus R: renders sources/NAME.pdf.txt and sources/NAME.docx.txt into
 * files/NAME.pdf / files/NAME.docx; other sources are copied as they are.
 * Run: npx node test/corpus-r/build.ts
 */
import { readFileSync, writeFileSync, readdirSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPdf, renderDocx } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const srcDir = join(here, 'sources');
const outDir = join(here, 'files');
const creationDate = new Date('2024-01-15T10:00:00Z');

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
        .map((p) => p.trim().replace(/\s*\n\s*/g, ' '))
        .filter((p) => p.length > 0),
    )
    .filter((page) => page.length > 0);
  const spec: DocumentSpec = { title, pages };
  if (header !== undefined) spec.header = header;
  if (footer !== undefined) spec.footer = footer;
  return spec;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(srcDir).sort();
  for (const name of names) {
    const path = join(srcDir, name);
    if (name.endsWith('.pdf.txt')) {
      const bytes = await renderPdf(parse(readFileSync(path, 'utf8')), { creationDate });
      writeFileSync(join(outDir, name.slice(0, -4)), bytes);
    } else if (name.endsWith('.docx.txt')) {
      const bytes = await renderDocx(parse(readFileSync(path, 'utf8')), { creationDate });
      writeFileSync(join(outDir, name.slice(0, -4)), bytes);
    } else {
      copyFileSync(path, join(outDir, name));
    }
  }
  console.log(`built ${names.length} files into ${outDir}`);
}

await main();
