/**
 * npm run bench:inventory — the focused crawl against an exhaustive
 * breadth-first crawl of the same simulated 290-site web, in one process.
 * Prints wall time, pages fetched, pages per program found, precision and
 * recall against the web's ground truth, robots violations and the smallest
 * gap between two requests to one origin.
 *
 * Options: --sites N (290), --delay-ms MS (1000: the national default),
 * --bfs-delay-ms MS (0: the baseline only counts pages), --bfs-budget N (2000),
 * --concurrency N (64), --skip-bfs, --seed N (1), --year YYYY (2017).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listMunicipalities } from '../src/registry/index.ts';
import { generateWeb, startSimWeb, type SimWeb } from '../src/simweb/index.ts';
import { openStore } from '../src/store/index.ts';
import { runInventory } from '../src/pipeline/index.ts';
import { loadReport } from '../src/report/index.ts';
import type { CrawlOptions } from '../src/crawler/index.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '290' },
    'delay-ms': { type: 'string', default: '1000' },
    'bfs-delay-ms': { type: 'string', default: '0' },
    'bfs-budget': { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '64' },
    'skip-bfs': { type: 'boolean', default: false },
    year: { type: 'string', default: '2017' },
    seed: { type: 'string', default: '1' },
  },
});
const YEAR = Number(values.year);
const municipalities = listMunicipalities().slice(0, Number(values.sites));
const web: SimWeb = generateWeb({ year: YEAR, seed: Number(values.seed), municipalities });
const expectedPrograms = web.truth.reduce((n, t) => n + t.validPrograms.length, 0);
const expected = new Set(web.truth.filter((t) => t.expectedStatus === 'program_found').map((t) => t.code));
const dir = mkdtempSync(join(tmpdir(), 'pk-bench-'));

interface Result {
  label: string;
  seconds: number;
  pages: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  robotsViolations: number;
  minGapMs: number;
  listed: number;
  duplicateUrls: number;
}

async function measure(label: string, crawl: Partial<CrawlOptions> & Record<string, unknown>): Promise<Result> {
  const running = await startSimWeb(web, { basePort: 0 });
  const store = await openStore(join(dir, `${label}.db`));
  const started = performance.now();
  let lastPrint = 0;
  const summary = await runInventory(store.db, {
    year: YEAR,
    sites: running.sites,
    crawl: { allowPrivateHosts: true, ...crawl },
    onProgress(p) {
      if (performance.now() - lastPrint > 10_000) {
        lastPrint = performance.now();
        process.stderr.write(`  [${label}] ${p.sitesDone}/${p.sitesTotal} sites, ${p.fetched} pages, ${p.documents} documents\n`);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const report = await loadReport(store.db, YEAR);
  const found = new Set(report.programs.map((p) => p.municipality));
  const correct = [...found].filter((c) => expected.has(c)).length;
  const missed = [...expected].filter((c) => !found.has(c));
  const wrong = [...found].filter((c) => !expected.has(c));
  if (missed.length > 0 || wrong.length > 0) process.stderr.write(`  [${label}] missed: ${missed.join(', ') || '–'}; wrongly found: ${wrong.join(', ') || '–'}\n`);
  const result: Result = {
    label,
    seconds,
    pages: summary.fetched,
    found: found.size,
    correct,
    precision: found.size === 0 ? 0 : correct / found.size,
    recall: expected.size === 0 ? 1 : correct / expected.size,
    robotsViolations: running.robotsViolations().length,
    minGapMs: running.minGapMs(),
    listed: report.programs.length,
    duplicateUrls: report.programs.length - new Set(report.programs.map((p) => p.url)).size,
  };
  await store.close();
  await running.close();
  return result;
}

function print(r: Result): void {
  console.log(
    `${r.label.padEnd(14)} wall ${r.seconds.toFixed(1).padStart(7)} s | pages ${String(r.pages).padStart(7)} | programs found ${String(r.found).padStart(4)} (correct ${r.correct}/${expected.size}) | ` +
      `pages/program ${(r.pages / Math.max(1, r.correct)).toFixed(1).padStart(6)} | precision ${(100 * r.precision).toFixed(1)} % | recall ${(100 * r.recall).toFixed(1)} % | robots violations ${r.robotsViolations} | min gap ${r.minGapMs.toFixed(0)} ms | programs listed ${r.listed} (valid in truth ${expectedPrograms}), duplicate URLs ${r.duplicateUrls}`,
  );
}

console.log(`Simulated web: ${municipalities.length} sites, ${expected.size} with a program valid in ${YEAR}.`);
const focused = await measure('focused', { politenessMs: Number(values['delay-ms']), siteConcurrency: Number(values.concurrency) });
print(focused);
if (!values['skip-bfs']) {
  const bfs = await measure('breadth-first', {
    strategy: 'breadth-first',
    politenessMs: Number(values['bfs-delay-ms']),
    siteConcurrency: Number(values.concurrency),
    pageBudget: Number(values['bfs-budget']),
    maxDepth: 50,
  });
  print(bfs);
  console.log(`ratio focused/breadth-first pages: ${(focused.pages / Math.max(1, bfs.pages)).toFixed(3)} (goal ≤ 0.25); programs found focused ${focused.correct} vs breadth-first ${bfs.correct}`);
}
rmSync(dir, { recursive: true, force: true });
