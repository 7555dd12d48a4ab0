/** `programkartan worker`: take crawl jobs of any run from the PostgreSQL queue. */
import { loadConfig } from '../config/index.ts';
import { InputError } from '../domain/index.ts';
import { runWorker, type WorkerEvent } from '../queue/index.ts';
import { isPostgresUrl, openStore } from '../store/index.ts';

export interface WorkerFlags {
  db?: string;
  untilIdle?: boolean;
  concurrency?: string;
  superviseSeconds?: string;
  progress?: boolean;
}

function describe(event: WorkerEvent): string {
  switch (event.type) {
    case 'job-start':
      return `körning ${event.runId}: kommun ${event.siteCode} påbörjad${event.attempt > 1 ? ` (försök ${event.attempt})` : ''}`;
    case 'job-done':
      return `körning ${event.runId}: kommun ${event.siteCode} ${event.status === 'done' ? 'klar' : 'ej nåbar'} (${event.fetched} hämtningar)`;
    case 'job-failed':
      return `körning ${event.runId}: kommun ${event.siteCode} misslyckades: ${event.error}`;
    case 'job-lost':
      return `körning ${event.runId}: kommun ${event.siteCode} togs över av en annan worker`;
    case 'run-completed':
      return `körning ${event.runId} är klar`;
  }
}

export async function workerCommand(flags: WorkerFlags): Promise<number> {
  const config = loadConfig({ siteConcurrency: flags.concurrency, database: flags.db });
  if (!config.database || !isPostgresUrl(config.database)) throw new InputError('worker needs --db postgres://… (or DATABASE_URL)');
  const supervise = flags.superviseSeconds === undefined ? undefined : Number(flags.superviseSeconds);
  if (supervise !== undefined && !(Number.isInteger(supervise) && supervise >= 1)) throw new InputError('--supervise-seconds must be a whole number of at least 1');
  const store = await openStore(config.database);
  const controller = new AbortController();
  const onSignal = () => {
    process.stderr.write('worker: stoppar, pågående jobb lämnas tillbaka till kön\n');
    controller.abort(new Error('worker stopped'));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const summary = await runWorker(store, config.database, {
      concurrency: config.siteConcurrency,
      untilIdle: flags.untilIdle === true,
      signal: controller.signal,
      ...(supervise === undefined ? {} : { superviseSeconds: supervise }),
      onEvent: flags.progress === false ? undefined : (event) => process.stderr.write(`${describe(event)}\n`),
    });
    process.stderr.write(`worker: ${summary.jobs} jobb, ${summary.sitesDone} kommuner klara, ${summary.failed} misslyckade, ${summary.lost} övertagna\n`);
    return controller.signal.aborted ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
