/**
 * A run's progress for `programkartan status`: its sites from the store
 * (done, unreachable, fetched, documents, errors) and, for a queued run in
 * PostgreSQL, its jobs from the queue (queued, active, taken over, failed).
 */
import { runSites, type StoreConnection } from '../store/index.ts';
import type { JobCounts } from './crawl-queue.ts';
import { parseRunSettings } from './run-settings.ts';

export interface RunStatus {
  runId: number;
  year: number;
  status: string;
  queued: boolean;
  startedAt: string;
  finishedAt: string | null;
  sites: { total: number; done: number; unreachable: number; running: number; pending: number };
  fetched: number;
  documents: number;
  errors: number;
  /** Null for a run that was not enqueued, or on SQLite. */
  jobs: JobCounts | null;
}

/** The run with `runId`, or the latest run; null when there is none. */
export async function runStatus(store: StoreConnection, runId: number | null, jobCounts: ((runId: number) => Promise<JobCounts>) | null): Promise<RunStatus | null> {
  let query = store.db.selectFrom('runs').selectAll();
  query = runId === null ? query.orderBy('id', 'desc').limit(1) : query.where('id', '=', runId);
  const run = await query.executeTakeFirst();
  if (!run) return null;
  const id = Number(run.id);
  const sites = await runSites(store.db, id);
  const queued = parseRunSettings(JSON.parse(run.options_json)) !== null;
  const count = (status: string) => sites.filter((s) => s.status === status).length;
  return {
    runId: id,
    year: Number(run.year),
    status: run.status,
    queued,
    startedAt: run.started_at,
    finishedAt: run.finished_at,
    sites: { total: sites.length, done: count('done'), unreachable: count('unreachable'), running: count('running'), pending: count('pending') },
    fetched: sites.reduce((n, s) => n + s.fetched, 0),
    documents: sites.reduce((n, s) => n + s.documents, 0),
    errors: sites.reduce((n, s) => n + s.errors, 0),
    jobs: queued && jobCounts ? await jobCounts(id) : null,
  };
}

/** One paragraph for people (Swedish, like the other commands' summaries). */
export function formatRunStatus(s: RunStatus): string {
  const finished = s.sites.done + s.sites.unreachable;
  const lines = [
    `Körning ${s.runId} (${s.year}): ${s.status}${s.queued ? ', köad' : ''}, startad ${s.startedAt}${s.finishedAt ? `, klar ${s.finishedAt}` : ''}`,
    `  kommuner: ${finished}/${s.sites.total} klara (${s.sites.unreachable} ej nåbara), ${s.sites.running} pågår, ${s.sites.pending} väntar`,
    `  ${s.fetched} hämtningar, ${s.documents} dokument, ${s.errors} fel`,
  ];
  if (s.jobs) lines.push(`  jobb: ${s.jobs.queued} i kö, ${s.jobs.active} aktiva, ${s.jobs.completed} klara, ${s.jobs.failed} misslyckade, ${s.jobs.retried} övertagna/omförsökta`);
  return lines.join('\n');
}
