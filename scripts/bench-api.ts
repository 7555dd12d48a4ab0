/**
 * `npm run bench:api`: p95 latency and requests per second of the overview,
 * a search, a program page and a static file, served by one `programkartan
 * serve` process, loaded by autocannon with 50 connections. Without --db it
 * seeds a database with all 290 municipalities (1–3 documents each).
 * Options: --db PATH, --duration SECONDS (default 8), --connections N (50).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Site } from '../src/domain/index.ts';
import { listMunicipalities } from '../src/registry/index.ts';
import { completeRunIfFinished, createSqlJournal, openStore, saveMunicipalities, startOrResumeRun, updateSearchIndex } from '../src/store/index.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, duration: { type: 'string', default: '8' }, connections: { type: 'string', default: '50' }, port: { type: 'string', default: '3977' } } });
const require = createRequire(import.meta.url);
const autocannon = require('autocannon') as (opts: Record<string, unknown>) => { on(event: 'response', fn: (client: unknown, status: number, bytes: number, time: number) => void): void } & PromiseLike<{ requests: { average: number }; non2xx: number; errors: number }>;

const PHRASES = [
  'Näringslivsprogrammet anger kommunens mål för ett gott företagsklimat och fler arbetstillfällen.',
  'Programmet utgår från den regionala utvecklingsstrategin och samverkan i arbetsmarknadsregionen.',
  'Handlingsplanen beskriver aktiviteter per år, ansvar och uppföljning tillsammans med näringslivsrådet.',
  'Hållbar utveckling och Agenda 2030 är ett genomgående perspektiv i tillväxtstrategin.',
  'Besöksnäringen, handeln och industrin är viktiga för kommunens attraktivitet och kompetensförsörjning.',
];

async function seed(path: string): Promise<void> {
  const store = await openStore(path);
  const municipalities = listMunicipalities();
  await saveMunicipalities(store.db, municipalities);
  const sites: Site[] = municipalities.map((m) => ({ code: m.code, name: m.name, url: `http://127.0.0.1:9/${m.code}/` }));
  const run = await startOrResumeRun(store.db, 2017, sites, {});
  const journal = createSqlJournal(store.db, run.id);
  let n = 0;
  for (const m of municipalities) {
    const docs = 1 + (Number(m.code) % 3);
    for (let d = 0; d < docs; d++) {
      n++;
      const url = `http://127.0.0.1:9/${m.code}/dokument-${d}.pdf`;
      const isProgram = d === 0 && n % 5 !== 0;
      const type = (['business', 'growth', 'other'] as const)[n % 3]!;
      const pages = Array.from({ length: 12 }, (_, p) => `${m.name}. ${Array.from({ length: 40 }, (_, i) => PHRASES[(i + p + n) % PHRASES.length]).join(' ')}`);
      const entry = { url, score: 1, depth: 0, referrer: null, anchor: null, via: 'link' as const };
      await journal.enqueue(m.code, [entry]);
      await journal.commitFetch(m.code, entry, { url, finalUrl: url, status: 200, contentType: 'application/pdf', bytes: 1000, sha256: `sha-${url}`, etag: null, lastModified: null, unchanged: false, error: null, fetchedAt: new Date().toISOString(), durationMs: 1 }, [], {
        kind: 'document',
        document: { municipalityCode: m.code, url, sha256: `sha-${url}`, format: 'pdf', title: `Näringslivsprogram ${m.name}`, pageCount: pages.length, scanned: false, warnings: [], pages, source: 'crawl' },
        classification: {
          isProgram, programType: isProgram ? type : null, title: `Näringslivsprogram för ${m.name} 2016–2020`, validFrom: 2016, validTo: 2020, regionalLink: (['rus', 'intermunicipal', 'none'] as const)[n % 3]!, actionPlan: (['included', 'linked', 'none'] as const)[(n >> 1) % 3]!, sustainability: n % 4 === 0,
          evidence: [{ aspect: 'regionalLink', quote: 'den regionala utvecklingsstrategin', page: 2 }, { aspect: 'actionPlan', quote: 'Handlingsplanen beskriver aktiviteter per år', page: 3 }],
          details: { adoptedBy: 'kommunfullmäktige', adoptedDate: '2016', validUntilFurtherNotice: false, isDraft: false, writtenWithBusiness: true, yearlyActivities: true, goals: { present: true, measurable: true, kinds: ['result'], indicators: [] }, agenda2030: { mentioned: n % 4 === 0, goals: [] }, regionalReference: null, documentKind: 'program' },
          confidence: { isProgram: 0.5 + (n % 50) / 100 }, needsReview: n % 7 === 0, reviewReasons: [], signals: [],
        },
        classifierVersion: 'bench',
      });
    }
    await journal.finishSite(m.code, 'done', null);
  }
  await completeRunIfFinished(store.db, run.id);
  await updateSearchIndex(store.db, store.dialect);
  await store.close();
  process.stderr.write(`Seedade 290 kommuner, ${n} dokument.\n`);
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${url}`);
}

function p95(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
}

if (process.env["BENCH_SEED_ONLY"]) { await seed(process.env["BENCH_SEED_ONLY"]); process.exit(0); }
const dir = values.db ? null : mkdtempSync(join(tmpdir(), 'pk-bench-'));
const db = values.db ?? join(dir!, 'bench.db');
if (!values.db) await seed(db);
const base = `http://127.0.0.1:${values.port}`;
const server = spawn(process.execPath, [join(import.meta.dirname, '..', 'bin', 'programkartan.js'), 'serve', '--db', db, '--port', values.port!], { stdio: ['ignore', 'ignore', 'inherit'] });
try {
  await waitFor(`${base}/api/v1/years`);
  const report = (await (await fetch(`${base}/api/v1/report?year=2017`)).json()) as { programs: Array<{ documentId: number }> };
  const programId = report.programs[0]?.documentId ?? 1;
  const targets: Array<[string, string]> = [
    ['Översikt', '/?ar=2017'],
    ['Sökning', `/exempel?q=${encodeURIComponent('näringslivsprogrammet')}`],
    ['Programsida', `/program/${programId}`],
    ['Statisk fil (CSS)', '/assets/govuk-frontend.min.css'],
  ];
  console.log(`autocannon: ${values.connections} anslutningar, ${values.duration} s per sida, server: en process (programkartan serve)`);
  console.log('sida'.padEnd(22), 'p95 ms'.padStart(8), 'req/s'.padStart(9), '  fel');
  for (const [name, path] of targets) {
    await fetch(base + path); // warm the cache for this page
    const times: number[] = [];
    const instance = autocannon({ url: base + path, connections: Number(values.connections), duration: Number(values.duration) });
    instance.on('response', (_client, _status, _bytes, time) => times.push(time));
    const result = await instance;
    console.log(name.padEnd(22), p95(times).toFixed(1).padStart(8), result.requests.average.toFixed(0).padStart(9), `  ${result.non2xx + result.errors}`);
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  if (dir) rmSync(dir, { recursive: true, force: true });
}
