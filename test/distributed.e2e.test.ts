/**
 * End to end, server mode: the same simulated web inventoried by one process
 * on SQLite and by three `programkartan worker` processes on PostgreSQL gives
 * the same report; and when one of the three workers is killed with SIGKILL
 * mid-run, another takes its job over, the run completes, no site is crawled
 * twice, nothing is stored twice and politeness holds across the workers.
 *
 * A subset of the 290 sites keeps the suite fast (SITES below); the full
 * 290-site comparison is `node scripts/bench-workers.ts --compare`.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMunicipalities } from '../src/registry/index.ts';
import { generateWeb, startSimWeb, writeSitesCsv, type RequestLogEntry, type RunningSimWeb, type SimWeb } from '../src/simweb/index.ts';
import { openStore } from '../src/store/index.ts';
import { runCli, spawnCli } from './helpers/cli.ts';
import { createTestDatabase, postgresAvailable, type TestDatabase } from './helpers/postgres.ts';

const YEAR = 2017;
const SITES = 20;
const DELAY = 20;
const CRAWL_FLAGS = ['--allow-private-hosts', '--delay-ms', String(DELAY), '--timeout-ms', '5000', '--no-progress'];

interface Worker {
  child: ChildProcess;
  stderr: string;
  exit: Promise<number | null>;
}

function startWorker(db: string): Worker {
  const child = spawnCli(['worker', '--db', db, '--until-idle', '--concurrency', '2', '--supervise-seconds', '1']);
  const worker: Worker = { child, stderr: '', exit: new Promise((resolve) => child.on('close', (code) => resolve(code))) };
  child.stderr?.on('data', (d: Buffer) => (worker.stderr += d.toString()));
  child.stdout?.resume();
  return worker;
}

/**
 * The report without database ids (they differ between databases by design)
 * and with each server's random port replaced by its site code.
 */
async function reportOf(db: string, running: RunningSimWeb): Promise<unknown> {
  const result = await runCli(['report', '--db', db, '--year', String(YEAR), '--format', 'json']);
  expect(result.code, result.stderr).toBe(0);
  const origins = new Map(running.sites.map((s) => [new URL(s.url).origin, `site-${s.code}`]));
  const text = result.stdout.replace(/http:\/\/127\.0\.0\.1:\d+/g, (origin) => origins.get(origin) ?? origin);
  return JSON.parse(text, (key, value: unknown) => (key === 'documentId' ? undefined : value));
}

/** Requests per site and path: what a crawl asked each server for. */
function requestCounts(log: RequestLogEntry[]): Map<string, Map<string, number>> {
  const bySite = new Map<string, Map<string, number>>();
  for (const e of log) {
    const paths = bySite.get(e.siteCode) ?? new Map<string, number>();
    paths.set(e.path, (paths.get(e.path) ?? 0) + 1);
    bySite.set(e.siteCode, paths);
  }
  return bySite;
}

async function enqueue(csv: string, db: string): Promise<number> {
  const result = await runCli(['inventory', '--sites', csv, '--year', String(YEAR), '--db', db, '--enqueue', '--heartbeat-seconds', '10', ...CRAWL_FLAGS]);
  expect(result.code, result.stderr).toBe(0);
  return Number(result.stdout.trim());
}

async function fetchesPerSite(target: string): Promise<Record<string, number>> {
  const store = await openStore(target);
  try {
    const rows = await store.db.selectFrom('fetches').select(['site_code']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('site_code').orderBy('site_code').execute();
    return Object.fromEntries(rows.map((r) => [r.site_code, Number(r.n)]));
  } finally {
    await store.close();
  }
}

describe.skipIf(!postgresAvailable())('distributed inventory on PostgreSQL', () => {
  let dir: string;
  let web: SimWeb;
  let baseline: { report: unknown; log: RequestLogEntry[]; fetches: Record<string, number> };
  const databases: TestDatabase[] = [];
  const servers: RunningSimWeb[] = [];

  async function serve(): Promise<{ running: RunningSimWeb; csv: string }> {
    const running = await startSimWeb(web, { basePort: 0 });
    servers.push(running);
    const csv = join(dir, `sites-${servers.length}.csv`);
    await writeSitesCsv(running.sites, csv);
    return { running, csv };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pk-dist-'));
    web = generateWeb({ year: YEAR, seed: 11, municipalities: listMunicipalities().slice(0, SITES) });
    // The embedded baseline: one process, SQLite.
    const { running, csv } = await serve();
    const db = join(dir, 'baseline.db');
    const result = await runCli(['inventory', '--sites', csv, '--year', String(YEAR), '--db', db, ...CRAWL_FLAGS]);
    expect([0, 3], result.stderr).toContain(result.code);
    baseline = { report: await reportOf(db, running), log: [...running.log], fetches: await fetchesPerSite(db) };
  }, 300_000);

  afterAll(async () => {
    for (const s of servers) await s.close();
    for (const d of databases) await d.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same report with three workers as one process on SQLite', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const { running, csv } = await serve();
    const runId = await enqueue(csv, database.url);
    expect(runId).toBeGreaterThan(0);
    const workers = [startWorker(database.url), startWorker(database.url), startWorker(database.url)];
    const codes = await Promise.all(workers.map((w) => w.exit));
    expect(codes, workers.map((w) => w.stderr).join('\n')).toEqual([0, 0, 0]);
    // The work was shared: more than one worker crawled sites.
    expect(workers.filter((w) => /påbörjad/.test(w.stderr)).length).toBeGreaterThan(1);

    expect(await reportOf(database.url, running)).toEqual(baseline.report);
    expect(await fetchesPerSite(database.url)).toEqual(baseline.fetches);
    expect(running.robotsViolations()).toEqual([]);
    expect(running.minGapMs()).toBeGreaterThanOrEqual(DELAY - 1);

    const status = await runCli(['status', '--db', database.url, '--run', String(runId), '--format', 'json']);
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ runId, status: 'completed', queued: true, sites: { total: SITES, pending: 0, running: 0 }, jobs: { queued: 0, active: 0, completed: SITES, failed: 0 } });
  }, 300_000);

  it('survives a worker killed with SIGKILL mid-run: the job is taken over, nothing doubles, politeness holds', async () => {
    const database = await createTestDatabase();
    databases.push(database);
    const { running, csv } = await serve();
    const runId = await enqueue(csv, database.url);
    const workers = [startWorker(database.url), startWorker(database.url), startWorker(database.url)];
    const victim = workers[0]!;
    // Kill the first worker while it is inside a site: it has started one that it has not finished.
    const held = (): string[] => {
      const started = [...victim.stderr.matchAll(/kommun (\d{4}) påbörjad/g)].map((m) => m[1]!);
      return started.filter((code) => !new RegExp(`kommun ${code} (klar|ej nåbar)`).test(victim.stderr));
    };
    const deadline = Date.now() + 120_000;
    while (!(held().length > 0 && running.log.length >= baseline.log.length * 0.2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const heldSites = held();
    expect(heldSites.length).toBeGreaterThan(0);
    victim.child.kill('SIGKILL');
    expect(await victim.exit).toBeNull();
    const codes = await Promise.all(workers.slice(1).map((w) => w.exit));
    expect(codes, workers.map((w) => w.stderr).join('\n')).toEqual([0, 0]);

    const status = await runCli(['status', '--db', database.url, '--run', String(runId), '--format', 'json']);
    const json = JSON.parse(status.stdout) as { status: string; sites: { done: number; unreachable: number }; jobs: Record<string, number> };
    expect(json.status).toBe('completed');
    expect(json.sites.done + json.sites.unreachable).toBe(SITES);
    expect(json.jobs).toMatchObject({ queued: 0, active: 0, completed: SITES, failed: 0 });
    // Another worker took the dead worker's job(s) over.
    expect(json.jobs.retried).toBeGreaterThanOrEqual(1);
    expect(workers.slice(1).some((w) => /försök 2/.test(w.stderr))).toBe(true);

    // Same results, nothing stored twice.
    expect(await reportOf(database.url, running)).toEqual(baseline.report);
    // A resumed site forgets that its program was already found and may fetch on up to its page budget
    // (new URLs only: fetches are unique per run and URL); every other site fetched exactly the baseline.
    const fetches = await fetchesPerSite(database.url);
    for (const [site, n] of Object.entries(baseline.fetches)) {
      if (heldSites.includes(site)) expect(fetches[site]).toBeGreaterThanOrEqual(n);
      else expect(fetches[site], `fetches of site ${site}`).toBe(n);
    }
    const store = await openStore(database.url);
    try {
      const documents = await store.db.selectFrom('documents').select(['municipality_code', 'sha256']).execute();
      expect(new Set(documents.map((d) => `${d.municipality_code}|${d.sha256}`)).size).toBe(documents.length);
      const sites = await store.db.selectFrom('run_sites').select(['site_code', 'status', 'finished_at']).where('run_id', '=', runId).execute();
      expect(sites.every((s) => s.finished_at !== null && (s.status === 'done' || s.status === 'unreachable'))).toBe(true);
    } finally {
      await store.close();
    }

    // No site crawled twice: every site asked its server for exactly what the baseline asked,
    // except the killed worker's sites, which may repeat the request in flight and the
    // robots.txt/sitemap reads of the resumed crawl (once each at most) and go on to new pages.
    const expected = requestCounts(baseline.log);
    const actual = requestCounts(running.log);
    for (const [site, paths] of expected) {
      const got = actual.get(site) ?? new Map<string, number>();
      if (!heldSites.includes(site)) {
        expect(Object.fromEntries(got), `requests of site ${site}`).toEqual(Object.fromEntries(paths));
        continue;
      }
      const repeated = [...got].filter(([path, n]) => paths.has(path) && n > paths.get(path)!);
      expect(repeated.every(([path, n]) => n === paths.get(path)! + 1), `site ${site} repeats ${JSON.stringify(repeated)}`).toBe(true);
      expect(repeated.length, `site ${site} repeats ${JSON.stringify(repeated)}`).toBeLessThanOrEqual(4);
      expect([...got].every(([path, n]) => paths.has(path) || n === 1), `site ${site}: a new page requested twice`).toBe(true);
    }
    expect(running.robotsViolations()).toEqual([]);
    expect(running.minGapMs()).toBeGreaterThanOrEqual(DELAY - 1);
  }, 300_000);
});
