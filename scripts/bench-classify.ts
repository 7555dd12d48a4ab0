/**
 * Pages per second for extraction + classification over the corpus PDFs,
 * next to poppler's `pdftotext` alone on the same files in the same run,
 * and the ratio (goal ≥ 1/3 of pdftotext's speed).
 *
 *   npx node scripts/bench-classify.ts [--dir test/corpus/files] [--rounds 3] [--json]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { extractDocument, closeExtractPool } from '../src/extract/index.ts';
import { classifyDocument } from '../src/classify/index.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => (args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback);
const dir = opt('--dir', 'test/corpus/files');
const rounds = Math.max(1, Number(opt('--rounds', '3')));
const asJson = args.includes('--json');

function pdftotext(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pdftotext', [path, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`pdftotext exited ${code} on ${path}`))));
  });
}

async function main(): Promise<void> {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.pdf')).map((f) => join(dir, f));
  if (files.length === 0) {
    console.error(`no PDFs in ${dir}`);
    process.exit(2);
  }
  const bytes = files.map((f) => new Uint8Array(readFileSync(f)));
  const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;

  // Warm-up: start the extraction worker pool and JIT before timing.
  for (const [i, b] of bytes.slice(0, 3).entries()) classifyDocument(await extractDocument(b, { fileName: files[i] ?? 'x.pdf' }));

  let pages = 0;
  let classifyMs = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r += 1) {
    // Same concurrency as the inventory: documents in flight at once, the pool parallelises parsing.
    await Promise.all(
      bytes.map(async (b, i) => {
        const doc = await extractDocument(b, { fileName: files[i] ?? 'x.pdf' });
        const c0 = performance.now();
        classifyDocument(doc);
        classifyMs += performance.now() - c0;
        pages += doc.pages.length;
      }),
    );
  }
  const oursMs = performance.now() - t0;
  await closeExtractPool();

  let popplerMs: number | null = null;
  if (hasPoppler) {
    const p0 = performance.now();
    for (let r = 0; r < rounds; r += 1) {
      // Two at a time, matching the two cores the extraction pool uses.
      for (let i = 0; i < files.length; i += 2) await Promise.all(files.slice(i, i + 2).map((f) => pdftotext(f)));
    }
    popplerMs = performance.now() - p0;
  }
  const ours = (pages / oursMs) * 1000;
  const poppler = popplerMs !== null ? (pages / popplerMs) * 1000 : null;
  const result = {
    files: files.length,
    rounds,
    pages,
    extractAndClassify: { ms: Math.round(oursMs), pagesPerSecond: Math.round(ours) },
    classifyOnly: { ms: Math.round(classifyMs), pagesPerSecond: Math.round((pages / classifyMs) * 1000) },
    pdftotext: poppler !== null ? { ms: Math.round(popplerMs ?? 0), pagesPerSecond: Math.round(poppler) } : null,
    ratio: poppler !== null ? Number((ours / poppler).toFixed(2)) : null,
    goal: 'ratio ≥ 0.33',
  };
  if (asJson) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  console.log(`${files.length} PDFs × ${rounds} rounds = ${pages} pages`);
  console.log(`extract + classify: ${result.extractAndClassify.pagesPerSecond} pages/s (${result.extractAndClassify.ms} ms)`);
  console.log(`  of which classify: ${result.classifyOnly.pagesPerSecond} pages/s (${result.classifyOnly.ms} ms)`);
  if (result.pdftotext) {
    console.log(`pdftotext alone:    ${result.pdftotext.pagesPerSecond} pages/s (${result.pdftotext.ms} ms)`);
    console.log(`ratio: ${result.ratio} (goal ≥ 0.33) ${result.ratio !== null && result.ratio >= 1 / 3 ? 'ok' : 'MISSED'}`);
  } else {
    console.log('pdftotext not found: install poppler with `apt-get install -y poppler-utils` to compare.');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
