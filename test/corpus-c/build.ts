/**
 * Builds held-out corpus C: turns the hand-written sources in
 * test/corpus-c/sources/ into the files the evaluation reads
 * (test/corpus-c/files/). Sources ending in .html or .txt are copied as they
 * are; a source ending in .pdf.txt or .docx.txt is a hand-written document
 * with a small front matter (title/header/footer/author) that is rendered to
 * real PDF or DOCX bytes, pages split by a line "=====" and paragraphs by
 * blank lines (a line "# X" is a heading). ".broken.pdf" sources become a
 * truncated PDF, like a download that stopped half-way.
 *
 *   npx node test/corpus-c/build.ts
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPdf, renderDocx, type DocumentSpec } from '../../src/simweb/render-documents.ts';

const root = import.meta.dirname;
const sources = join(root, 'sources');
const out = join(root, 'files');
// Fixed dates so the bytes are the same on every build.
const fixed = new Date('2026-01-15T10:00:00Z');

/** Parses a front-matter source into a document spec. */
export function parseSource(text: string): DocumentSpec {
  const [head, ...rest] = text.split(/^---\s*$/m);
  const meta = new Map<string, string>();
  for (const line of (head ?? '').split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (m) meta.set(m[1] as string, m[2] as string);
  }
  const body = rest.join('---');
  const pages = body
    .split(/^=====\s*$/m)
    .map((page) => page.split(/\n\s*\n/).map((p) => p.replace(/^\n+|\s+$/g, '')).filter((p) => p.length > 0));
  return {
    title: meta.get('title') ?? '',
    pages,
    ...(meta.get('header') ? { header: meta.get('header') } : {}),
    ...(meta.get('footer') ? { footer: meta.get('footer') } : {}),
    ...(meta.get('author') ? { author: meta.get('author') } : {}),
  };
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(sources).sort()) {
    const path = join(sources, name);
    if (name.endsWith('.pdf.txt')) {
      const spec = parseSource(readFileSync(path, 'utf8'));
      writeFileSync(join(out, name.slice(0, -4)), await renderPdf(spec, { creationDate: fixed }));
    } else if (name.endsWith('.docx.txt')) {
      const spec = parseSource(readFileSync(path, 'utf8'));
      writeFileSync(join(out, name.slice(0, -4)), await renderDocx(spec, { creationDate: fixed }));
    } else if (name.endsWith('.broken.txt')) {
      // A real PDF cut off after its first kilobyte.
      const spec = parseSource(readFileSync(path, 'utf8'));
      const bytes = await renderPdf(spec, { creationDate: fixed });
      writeFileSync(join(out, name.replace(/\.broken\.txt$/, '.pdf')), bytes.slice(0, 1024));
    } else {
      copyFileSync(path, join(out, name));
    }
  }
}

await main();
