/**
 * The crawl job queue: pg-boss (jobs in PostgreSQL, SKIP LOCKED fetches,
 * heartbeats, retries) behind the few operations the workers need. One job
 * is one site of one run; a job whose worker stops sending heartbeats (a
 * killed machine) is failed by pg-boss's supervisor and retried by another
 * worker, which resumes the site from the crawl journal.
 */
import { PgBoss, type Job } from 'pg-boss';
import { redactUrl } from '../store/index.ts';

export const CRAWL_QUEUE = 'programkartan-crawl-site';
const SCHEMA = 'pgboss';

/** What a job carries: everything else is read from the run the job belongs to. */
export interface SiteJobData {
  runId: number;
  siteCode: string;
}

export type SiteJob = Job<SiteJobData>;

export interface QueueOptions {
  /** Connections for pg-boss's own pool. */
  poolSize?: number;
  /** How often this instance looks for jobs whose heartbeat stopped (pg-boss supervise). */
  superviseSeconds?: number;
  /** Run pg-boss maintenance and supervision (workers yes; status and enqueue no). */
  supervise?: boolean;
}

export interface JobCounts {
  queued: number;
  active: number;
  completed: number;
  failed: number;
  /** Jobs that were taken over after a worker died or failed (retryCount > 0). */
  retried: number;
}

export interface CrawlQueue {
  boss: PgBoss;
  enqueue(jobs: SiteJobData[], options: { heartbeatSeconds: number; retryLimit: number }): Promise<void>;
  fetch(max: number): Promise<SiteJob[]>;
  /** Heartbeat; false when this worker no longer holds the job (it was taken over). */
  touch(job: SiteJob): Promise<boolean>;
  complete(job: SiteJob): Promise<void>;
  fail(job: SiteJob, error: unknown): Promise<void>;
  counts(runId: number): Promise<JobCounts>;
  /** Sites of the run with a queued or active job. */
  openSites(runId: number): Promise<Set<string>>;
  close(): Promise<void>;
}

const LIST_LIMIT = 100_000;

/** Connects to the queue in the database at `url`, installing pg-boss's schema and the queue if needed. */
export async function openCrawlQueue(url: string, options: QueueOptions = {}): Promise<CrawlQueue> {
  const supervise = options.supervise ?? false;
  const boss = new PgBoss({
    connectionString: url,
    schema: SCHEMA,
    max: options.poolSize ?? 4,
    application_name: 'programkartan-queue',
    supervise,
    schedule: false,
    superviseIntervalSeconds: options.superviseSeconds ?? 10,
    // Heartbeat failures are only looked for on a queue's monitor pass, which this throttles.
    monitorIntervalSeconds: options.superviseSeconds ?? 10,
  });
  // pg-boss reports background errors as events; an unhandled 'error' event would end the process.
  boss.on('error', (error: unknown) => process.stderr.write(`queue: ${error instanceof Error ? error.message : String(error)}\n`));
  try {
    await boss.start();
    if (!(await boss.getQueue(CRAWL_QUEUE))) await boss.createQueue(CRAWL_QUEUE).catch(async (error: unknown) => {
      // Two processes starting at once may both try to create it.
      if (!(await boss.getQueue(CRAWL_QUEUE))) throw error;
    });
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw new Error(`cannot open the job queue at ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const jobsOf = async (runId: number) => boss.findJobs<SiteJobData>(CRAWL_QUEUE, { data: { runId }, limit: LIST_LIMIT });

  return {
    boss,
    async enqueue(jobs, { heartbeatSeconds, retryLimit }) {
      for (let i = 0; i < jobs.length; i += 500) {
        await boss.insert(
          CRAWL_QUEUE,
          jobs.slice(i, i + 500).map((data) => ({
            data,
            heartbeatSeconds,
            retryLimit,
            retryDelay: 1,
            // The heartbeat decides when a worker is gone; expiry is only a backstop for a stuck one.
            expireInSeconds: 4 * 60 * 60,
          })),
        );
      }
    },
    async fetch(max) {
      return (await boss.fetch<SiteJobData>(CRAWL_QUEUE, { batchSize: max })) ?? [];
    },
    async touch(job) {
      const result = (await boss.touch(CRAWL_QUEUE, { id: job.id, retryCount: job.retryCount })) as { affected?: number };
      return (result.affected ?? 0) > 0;
    },
    async complete(job) {
      await boss.complete(CRAWL_QUEUE, { id: job.id, retryCount: job.retryCount });
    },
    async fail(job, error) {
      await boss.fail(CRAWL_QUEUE, { id: job.id, retryCount: job.retryCount }, { message: error instanceof Error ? error.message : String(error) });
    },
    async counts(runId) {
      const counts: JobCounts = { queued: 0, active: 0, completed: 0, failed: 0, retried: 0 };
      for (const job of await jobsOf(runId)) {
        const state = job.state;
        if (state === 'created' || state === 'retry') counts.queued += 1;
        else if (state === 'active') counts.active += 1;
        else if (state === 'completed') counts.completed += 1;
        else if (state === 'failed' || state === 'cancelled') counts.failed += 1;
        if (job.retryCount > 0) counts.retried += 1;
      }
      return counts;
    },
    async openSites(runId) {
      const open = new Set<string>();
      for (const job of await jobsOf(runId)) {
        const state = job.state;
        if (state === 'created' || state === 'retry' || state === 'active') open.add(job.data.siteCode);
      }
      return open;
    },
    async close() {
      await boss.stop({ graceful: false, close: true });
    },
  };
}
