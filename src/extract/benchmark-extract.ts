/**
 * Benchmark (not a test): PDF pages per second through extractDocument's warm
 * worker pool versus poppler's pdftotext on the same files.
 * Run: npx node src/extract/benchmark-extract.ts [documents] [pagesPerDocument]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderPdf } from '../simweb/render-documents.ts';
import { closeExtractPool, extractDocument } from './index.ts';

const documents = Number(process.argv[2] ?? 20);
const pagesPer = Number(process.argv[3] ?? 30);
const paragraph = 'Kommunen ska tillsammans med det lokala näringslivet stärka företagsklimatet, underlätta nyetableringar och bidra till hållbar tillväxt i hela kommunen. ';
const pdfs: Uint8Array[] = [];
for (let d = 0; d < documents; d++) {
  pdfs.push(
    await renderPdf({
      title: `Näringslivsprogram ${d}`,
      header: 'Näringslivsprogram 2016–2020',
      footer: 'Exempels kommun',
      pages: Array.from({ length: pagesPer }, (_, p) => [`# Avsnitt ${p + 1}`, paragraph.repeat(8), paragraph.repeat(6), paragraph.repeat(5)]),
    }),
  );
}
const dir = await mkdtemp(join(tmpdir(), 'bench-extract-'));
const files = await Promise.all(pdfs.map(async (bytes, i) => {
  const file = join(dir, `d${i}.pdf`);
  await writeFile(file, bytes);
  return file;
}));
const totalPages = documents * pagesPer;

let t0 = performance.now();
const run = promisify(execFile);
// pdftotext gets the same two-way parallelism as the pool on this machine.
const queue = [...files];
await Promise.all([0, 1].map(async () => {
  for (let f = queue.shift(); f; f = queue.shift()) await run('pdftotext', [f, '-']);
}));
const popplerMs = performance.now() - t0;

await extractDocument(pdfs[0]!, {}); // warm the pool, as a long run would be
t0 = performance.now();
await Promise.all(pdfs.map((bytes) => extractDocument(bytes, {})));
const oursMs = performance.now() - t0;

const rate = (ms: number): number => Math.round((totalPages / ms) * 1000);
console.log(`${documents} PDFs × ${pagesPer} pages = ${totalPages} pages`);
console.log(`pdftotext: ${rate(popplerMs)} pages/s (${Math.round(popplerMs)} ms)`);
console.log(`extract:   ${rate(oursMs)} pages/s (${Math.round(oursMs)} ms) = ${(popplerMs / oursMs).toFixed(2)}× poppler`);
await closeExtractPool();
await rm(dir, { recursive: true, force: true });
