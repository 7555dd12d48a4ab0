/**
 * Builds the held-out corpus B: turns the hand-written sources in ./sources
 * into the files the classifier reads (./files). Every document was written
 * by hand; this script only renders them, so the PDF and DOCX bytes come from
 * the same libraries municipalities use.
 *
 * Source formats:
 *  - NAME.pdf.src / NAME.docx.src: "key: value" lines (title, header, footer,
 *    author) up to a line "---", then one paragraph per line; "# " starts a
 *    heading, a line "=== sida ===" starts a new page, blank lines are ignored.
 *  - NAME.html / NAME.txt: copied byte for byte.
 *  - NAME.pdf.raw: copied byte for byte to NAME.pdf (a broken file on purpose).
 *
 * Run: npx node test/corpus-b/build.ts
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx, renderPdf } from '../../src/simweb/render-documents.ts';
import type { DocumentSpec } from '../../src/simweb/render-documents.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = join(here, 'sources');
const outDir = join(here, 'files');
// Fixed date: the same sources always give the same bytes.
const fixedDate = new Date('2024-01-15T10:00:00Z');

/** Parses a .src file into a render spec. */
export function parseSource(text: string): DocumentSpec {
  const [head, ...rest] = text.split(/^---$/m);
  if (head === undefined || rest.length === 0) throw new Error('source lacks the "---" separator');
  const meta = new Map<string, string>();
  for (const line of head.split('\n')) {
    const match = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) meta.set(match[1], match[2]);
  }
  const pages: string[][] = [[]];
  for (const raw of rest.join('---').split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    if (line.trim() === '=== sida ===') {
      pages.push([]);
      continue;
    }
    pages[pages.length - 1]?.push(line);
  }
  const spec: DocumentSpec = { title: meta.get('title') ?? '', pages: pages.filter((page) => page.length > 0) };
  const header = meta.get('header');
  const footer = meta.get('footer');
  const author = meta.get('author');
  if (header) spec.header = header;
  if (footer) spec.footer = footer;
  if (author) spec.author = author;
  return spec;
}

async function build(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let count = 0;
  for (const name of readdirSync(sourceDir).sort()) {
    const source = join(sourceDir, name);
    if (name.endsWith('.pdf.src')) {
      const spec = parseSource(readFileSync(source, 'utf8'));
      writeFileSync(join(outDir, name.slice(0, -4)), await renderPdf(spec, { creationDate: fixedDate }));
    } else if (name.endsWith('.docx.src')) {
      const spec = parseSource(readFileSync(source, 'utf8'));
      writeFileSync(join(outDir, name.slice(0, -4)), await renderDocx(spec, { creationDate: fixedDate }));
    } else if (name.endsWith('.pdf.raw')) {
      writeFileSync(join(outDir, name.slice(0, -4)), readFileSync(source));
    } else if (name.endsWith('.html') || name.endsWith('.txt')) {
      writeFileSync(join(outDir, name), readFileSync(source));
    } else {
      throw new Error(`unknown source type: ${name}`);
    }
    count += 1;
  }
  process.stderr.write(`corpus-b: ${count} files written to ${outDir}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await build();
