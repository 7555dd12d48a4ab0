/**
 * A crawl worker: takes site jobs of any run from the queue, crawls each
 * site with the run's stored settings through the shared pipeline pieces
 * (SQL journal, processResource, crawlSite) under PostgreSQL-wide politeness,
 * finishes the site and completes the run when its last site is done. Any
 * number of workers may run on any machines.
 *
 * A job is held by heartbeats; when a heartbeat finds the job taken over
 * (this worker was presumed dead) the site's crawl is stopped at once. A
 * worker that is killed stops beating, pg-boss fails the job, and another
 * worker resumes the site from the journal: commits are idempotent per
 * run+URL and documents unique per municipality+hash, so nothing doubles.
 */
import { CompiledQuery } from 'kysely';
import { crawlSite, SharedOriginScheduler, type CrawlOptions, type SlotClient } from '../crawler/index.ts';
import { sleep } from './sleep.ts';
import type { ProcessedResource, Site } from '../domain/index.ts';
import { isProgramValidIn, processResource, withStoredJudgement } from '../pipeline/index.ts';
import { findMunicipality } from '../registry/index.ts';
import { completeRunIfFinished, createSqlJournal, runSites, type StoreConnection } from '../store/index.ts';
import { openCrawlQueue, type CrawlQueue, type SiteJob } from './crawl-queue.ts';
import { crawlOptionsFor, parseRunSettings } from './run-settings.ts';

export interface WorkerOptions {
  /** Sites this worker crawls at once. */
  concurrency: number;
  /** Exit once no run has queued or active jobs. */
  untilIdle: boolean;
  signal?: AbortSignal;
  /** How often this worker looks for jobs whose worker died (default 10 s). */
  superviseSeconds?: number;
  /** Wait between polls when there is nothing to take (default 500 ms). */
  pollMs?: number;
  onEvent?(event: WorkerEvent): void;
}

export type WorkerEvent =
  | { type: 'job-start'; runId: number; siteCode: string; attempt: number }
  | { type: 'job-done'; runId: number; siteCode: string; status: 'done' | 'unreachable'; fetched: number }
  | { type: 'job-failed'; runId: number; siteCode: string; error: string }
  | { type: 'job-lost'; runId: number; siteCode: string }
  | { type: 'run-completed'; runId: number };

export interface WorkerSummary {
  jobs: number;
  sitesDone: number;
  failed: number;
  lost: number;
}

interface RunContext {
  runId: number;
  year: number;
  crawl: CrawlOptions;
  sites: Map<string, Site>;
  scheduler: SharedOriginScheduler;
}

/** The scheduler's SQL goes through the store's own pool. */
function slotClient(store: StoreConnection): SlotClient {
  return {
    async query(text, values) {
      const result = await store.db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as Array<Record<string, unknown>> };
    },
  };
}

/** Runs the worker until the signal aborts, or (untilIdle) until no work is left. */
export async function runWorker(store: StoreConnection, databaseUrl: string, options: WorkerOptions): Promise<WorkerSummary> {
  if (store.dialect !== 'postgres') throw new Error('worker needs a PostgreSQL database (--db postgres://… or DATABASE_URL)');
  const queue = await openCrawlQueue(databaseUrl, { supervise: true, superviseSeconds: options.superviseSeconds ?? 10, poolSize: 4 });
  const summary: WorkerSummary = { jobs: 0, sitesDone: 0, failed: 0, lost: 0 };
  const contexts = new Map<number, Promise<RunContext | null>>();
  const concurrency = Math.max(1, options.concurrency);
  const active = new Set<Promise<void>>();
  const pollMs = options.pollMs ?? 500;
  try {
    while (!options.signal?.aborted) {
      const free = concurrency - active.size;
      const jobs = free > 0 ? await queue.fetch(free) : [];
      for (const job of jobs) {
        const task: Promise<void> = handleJob(store, queue, job, contexts, options, summary).finally(() => active.delete(task));
        active.add(task);
      }
      if (jobs.length > 0 && active.size < concurrency) continue;
      if (jobs.length === 0 && active.size === 0 && options.untilIdle && !(await hasOpenWork(store, queue))) break;
      await Promise.race([...active, sleep(pollMs, options.signal).catch(() => undefined)]);
    }
  } finally {
    await Promise.allSettled([...active]);
    await queue.close();
  }
  return summary;
}

async function handleJob(
  store: StoreConnection,
  queue: CrawlQueue,
  job: SiteJob,
  contexts: Map<number, Promise<RunContext | null>>,
  options: WorkerOptions,
  summary: WorkerSummary,
): Promise<void> {
  const { runId, siteCode } = job.data;
  summary.jobs += 1;
  const controller = new AbortController();
  const stop = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', stop, { once: true });
  let lost = false;
  const beatMs = Math.max(1000, ((job.heartbeatSeconds ?? 30) * 1000) / 3);
  const heartbeat = setInterval(() => {
    queue.touch(job).then(
      (held) => {
        if (!held && !lost) {
          lost = true;
          controller.abort(new Error('job taken over by another worker'));
        }
      },
      () => undefined, // a missed beat is retried at the next interval
    );
  }, beatMs);
  try {
    let context = contexts.get(runId);
    if (!context) {
      context = loadRunContext(store, runId);
      contexts.set(runId, context);
    }
    const run = await context;
    const site = run?.sites.get(siteCode);
    if (!run || !site) {
      // A run or site that no longer exists (or was not enqueued): nothing to crawl.
      await queue.complete(job);
      return;
    }
    options.onEvent?.({ type: 'job-start', runId, siteCode, attempt: job.retryCount + 1 });
    const countyCode = findMunicipality(siteCode)?.countyCode ?? null;
    const result = await crawlSite<ProcessedResource>(site, run.crawl, {
      journal: createSqlJournal(store.db, runId),
      signal: controller.signal,
      scheduler: run.scheduler,
      process: async (resource) => withStoredJudgement(store.db, siteCode, await processResource(resource, { site, year: run.year, countyCode })),
      isGoal: (processed) => isProgramValidIn(processed, run.year),
    });
    summary.sitesDone += 1;
    options.onEvent?.({ type: 'job-done', runId, siteCode, status: result.status, fetched: result.fetched });
    if (await completeRunIfFinished(store.db, runId)) options.onEvent?.({ type: 'run-completed', runId });
    await queue.complete(job);
  } catch (error) {
    if (lost) {
      summary.lost += 1;
      options.onEvent?.({ type: 'job-lost', runId, siteCode });
      return;
    }
    summary.failed += 1;
    const message = options.signal?.aborted ? 'worker stopped' : error instanceof Error ? error.message : String(error);
    options.onEvent?.({ type: 'job-failed', runId, siteCode, error: message });
    // Failing hands the job back at once (retry) instead of waiting for the heartbeat to lapse.
    await queue.fail(job, new Error(message)).catch(() => undefined);
  } finally {
    clearInterval(heartbeat);
    options.signal?.removeEventListener('abort', stop);
  }
}

async function loadRunContext(store: StoreConnection, runId: number): Promise<RunContext | null> {
  const run = await store.db.selectFrom('runs').select(['id', 'year', 'options_json']).where('id', '=', runId).executeTakeFirst();
  if (!run) return null;
  const settings = parseRunSettings(JSON.parse(run.options_json));
  if (!settings) return null;
  const crawl = crawlOptionsFor(settings);
  const sites = new Map((await runSites(store.db, runId)).map((s) => [s.code, { code: s.code, name: s.name, url: s.url }]));
  // The lease outlives any live request (timeout) so only a dead holder's lease can run out.
  const scheduler = new SharedOriginScheduler(slotClient(store), { leaseMs: crawl.timeoutMs + 5000 });
  return { runId, year: Number(run.year), crawl, sites, scheduler };
}

/** True while some queued run still has queued or active jobs (active ones may belong to a dead worker). */
export async function hasOpenWork(store: StoreConnection, queue: CrawlQueue): Promise<boolean> {
  const runs = await store.db.selectFrom('runs').select(['id', 'options_json']).where('status', '=', 'running').execute();
  for (const run of runs) {
    if (!parseRunSettings(JSON.parse(run.options_json))) continue;
    const counts = await queue.counts(Number(run.id));
    if (counts.queued + counts.active > 0) return true;
  }
  return false;
}
