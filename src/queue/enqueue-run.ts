/**
 * `inventory --enqueue`: stores the run (year, sites, crawl settings) and one
 * job per unfinished site, then returns. Enqueuing the same year and sites
 * again resumes that run and adds jobs only for sites without an open job.
 */
import type { CrawlOptions } from '../crawler/index.ts';
import { InputError, type Site } from '../domain/index.ts';
import { listMunicipalities } from '../registry/index.ts';
import { runSites, saveMunicipalities, startOrResumeRun, type StoreConnection } from '../store/index.ts';
import { openCrawlQueue } from './crawl-queue.ts';
import { crawlSettingsFrom, runOptionsFor } from './run-settings.ts';

export interface EnqueueInput {
  year: number;
  sites: Site[];
  crawl: Partial<CrawlOptions>;
  /** A worker silent this long loses its job to another worker (pg-boss minimum: 10). */
  heartbeatSeconds?: number;
  /** Attempts after the first, for a site whose crawl failed or whose worker died. */
  retryLimit?: number;
}

export interface EnqueueResult {
  runId: number;
  resumed: boolean;
  /** Jobs added now. */
  enqueued: number;
  sitesTotal: number;
}

export const DEFAULT_HEARTBEAT_SECONDS = 30;

export async function enqueueRun(store: StoreConnection, databaseUrl: string, input: EnqueueInput): Promise<EnqueueResult> {
  if (store.dialect !== 'postgres') throw new InputError('--enqueue needs a PostgreSQL database (--db postgres://… or DATABASE_URL): workers on other machines must reach the queue');
  const heartbeatSeconds = input.heartbeatSeconds ?? DEFAULT_HEARTBEAT_SECONDS;
  if (!Number.isInteger(heartbeatSeconds) || heartbeatSeconds < 10) throw new InputError('--heartbeat-seconds must be an integer of at least 10');
  await saveMunicipalities(store.db, listMunicipalities());
  const run = await startOrResumeRun(store.db, input.year, input.sites, runOptionsFor({ mode: 'queued', crawl: crawlSettingsFrom(input.crawl), heartbeatSeconds }));
  const queue = await openCrawlQueue(databaseUrl);
  try {
    const open = await queue.openSites(run.id);
    const sites = await runSites(store.db, run.id);
    const todo = sites.filter((s) => s.status !== 'done' && s.status !== 'unreachable' && !open.has(s.code));
    await queue.enqueue(
      todo.map((s) => ({ runId: run.id, siteCode: s.code })),
      { heartbeatSeconds, retryLimit: input.retryLimit ?? 5 },
    );
    return { runId: run.id, resumed: run.resumed, enqueued: todo.length, sitesTotal: sites.length };
  } finally {
    await queue.close();
  }
}
