/**
 * npm run bench:workers — wall time of one queued inventory of the simulated
 * web worked by 1, 2 and 4 `programkartan worker` processes on PostgreSQL,
 * and the speed-ups. Politeness is scaled down (--delay-ms 50) and each
 * worker crawls few sites at once (--concurrency 2), as a fleet of small
 * workers would, so the crawl waits on politeness and the network rather
 * than on this machine's two cores. Every run is checked: completed, robots
 * obeyed, gaps per origin at least the delay, the same programs found.
 *
 * With --compare it also inventories the same web in one process on SQLite
 * and with three workers on PostgreSQL and checks the reports are identical
 * (the full 290-site version of test/distributed.e2e.test.ts).
 *
 * PostgreSQL: DATABASE_URL's server (a database per measurement is created
 * there) or, by default, a throw-away cluster (test/helpers/postgres.ts).
 *
 * Options: --sites N (290), --delay-ms MS (50), --concurrency N (2),
 * --latency-ms MS (20, added by the simulated servers to every response),
 * --workers 1,2,4, --compare.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { listMunicipalities } from '../src/registry/index.ts';
import { generateWeb, startSimWeb, writeSitesCsv, type RunningSimWeb, type SimWeb } from '../src/simweb/index.ts';
import { runCli, spawnCli } from '../test/helpers/cli.ts';
import { createTestDatabase, type TestDatabase } from '../test/helpers/postgres.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '290' },
    'delay-ms': { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '2' },
    'latency-ms': { type: 'string', default: '20' },
    workers: { type: 'string', default: '1,2,4' },
    compare: { type: 'boolean', default: false },
    year: { type: 'string', default: '2017' },
  },
});
const YEAR = Number(values.year);
const DELAY = Number(values['delay-ms']);
const web: SimWeb = generateWeb({ year: YEAR, seed: 1, municipalities: listMunicipalities().slice(0, Number(values.sites)) });
// robots.txt Crawl-delay is politeness too: scaled down by the same factor as the delay (default 1000 ms),
// or a single site with "Crawl-delay: 2" would be the long pole whatever the number of workers.
for (const site of web.sites) {
  if (site.robotsTxt) site.robotsTxt = site.robotsTxt.replace(/^Crawl-delay:\s*([\d.]+)/gim, (_, s: string) => `Crawl-delay: ${((Number(s) * DELAY) / 1000).toFixed(3)}`);
}
const dir = mkdtempSync(join(tmpdir(), 'pk-bench-workers-'));
const CRAWL = ['--allow-private-hosts', '--delay-ms', String(DELAY), '--timeout-ms', '10000', '--no-progress'];

async function database(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (!base) return createTestDatabase();
  const name = `pk_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function serve(): Promise<{ running: RunningSimWeb; csv: string }> {
  const running = await startSimWeb(web, { basePort: 0, latencyMs: Number(values['latency-ms']) });
  const csv = join(dir, `sites-${Math.random().toString(36).slice(2, 8)}.csv`);
  await writeSitesCsv(running.sites, csv);
  return { running, csv };
}

function waitExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawnCli(args);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout?.resume();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

async function report(db: string, running: RunningSimWeb): Promise<unknown> {
  const result = await runCli(['report', '--db', db, '--year', String(YEAR), '--format', 'json']);
  if (result.code !== 0) throw new Error(`report failed: ${result.stderr}`);
  const origins = new Map(running.sites.map((s) => [new URL(s.url).origin, `site-${s.code}`]));
  return JSON.parse(result.stdout.replace(/http:\/\/127\.0\.0\.1:\d+/g, (o) => origins.get(o) ?? o), (k, v: unknown) => (k === 'documentId' ? undefined : v));
}

/** Enqueues the whole web and times `workers` worker processes until the queue is idle. */
async function queuedRun(workers: number): Promise<{ seconds: number; report: unknown; robots: number; minGap: number; fetched: number }> {
  const db = await database();
  const { running, csv } = await serve();
  try {
    const enqueued = await runCli(['inventory', '--sites', csv, '--year', String(YEAR), '--db', db.url, '--enqueue', ...CRAWL]);
    if (enqueued.code !== 0) throw new Error(`enqueue failed: ${enqueued.stderr}`);
    const started = performance.now();
    const exits = await Promise.all(Array.from({ length: workers }, () => waitExit(['worker', '--db', db.url, '--until-idle', '--concurrency', String(values.concurrency), '--no-progress'])));
    const seconds = (performance.now() - started) / 1000;
    const failed = exits.find((e) => e.code !== 0);
    if (failed) throw new Error(`worker exited ${failed.code}: ${failed.stderr}`);
    const status = JSON.parse((await runCli(['status', '--db', db.url, '--format', 'json'])).stdout) as { status: string; fetched: number };
    if (status.status !== 'completed') throw new Error(`run not completed: ${status.status}`);
    return { seconds, report: await report(db.url, running), robots: running.robotsViolations().length, minGap: running.minGapMs(), fetched: status.fetched };
  } finally {
    await running.close();
    await db.drop();
  }
}

const counts = String(values.workers).split(',').map(Number);
process.stderr.write(`bench:workers — ${web.sites.length} sites, delay ${DELAY} ms, ${values.concurrency} sites per worker, latency ${values['latency-ms']} ms\n`);
const results: Array<{ workers: number; seconds: number; robots: number; minGap: number; fetched: number; report: unknown }> = [];
for (const n of counts) {
  const r = await queuedRun(n);
  results.push({ workers: n, ...r });
  process.stderr.write(`  ${n} worker(s): ${r.seconds.toFixed(1)} s, ${r.fetched} fetches, robots violations ${r.robots}, min gap ${r.minGap.toFixed(1)} ms\n`);
}
const one = results.find((r) => r.workers === 1) ?? results[0]!;
console.log('\n| workers | seconds | speed-up | fetches | robots violations | min gap ms |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.workers} | ${r.seconds.toFixed(1)} | ${(one.seconds / r.seconds).toFixed(2)}× | ${r.fetched} | ${r.robots} | ${r.minGap.toFixed(1)} |`);
const same = results.every((r) => JSON.stringify(r.report) === JSON.stringify(one.report));
console.log(`\nsame report for every worker count: ${same ? 'yes' : 'NO'}`);
const four = results.find((r) => r.workers === 4);
if (four) console.log(`goal 4 workers ≥ 2.5× faster than 1: ${one.seconds / four.seconds >= 2.5 ? 'met' : 'NOT met'} (${(one.seconds / four.seconds).toFixed(2)}×)`);

if (values.compare) {
  const { running, csv } = await serve();
  const sqlite = join(dir, 'compare.db');
  const local = await runCli(['inventory', '--sites', csv, '--year', String(YEAR), '--db', sqlite, ...CRAWL]);
  if (local.code !== 0 && local.code !== 3) throw new Error(`SQLite inventory failed: ${local.stderr}`);
  const embedded = await report(sqlite, running);
  await running.close();
  const three = await queuedRun(3);
  const equal = JSON.stringify(embedded) === JSON.stringify(three.report);
  console.log(`SQLite (one process) vs PostgreSQL (three workers), ${web.sites.length} sites: reports ${equal ? 'identical' : 'DIFFERENT'}`);
  if (!equal) process.exitCode = 1;
}
rmSync(dir, { recursive: true, force: true });
