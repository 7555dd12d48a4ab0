/** `programkartan status`: a run's progress (sites, fetches, documents, errors, jobs). */
import { loadConfig } from '../config/index.ts';
import { InputError } from '../domain/index.ts';
import { formatRunStatus, openCrawlQueue, runStatus, type CrawlQueue } from '../queue/index.ts';
import { openStore } from '../store/index.ts';

export interface StatusFlags {
  db?: string;
  run?: string;
  format?: string;
}

export async function statusCommand(flags: StatusFlags): Promise<number> {
  const config = loadConfig({ database: flags.db });
  if (!config.database) throw new InputError('--db is required (a SQLite file path or postgres:// URL; or set DATABASE_URL)');
  const runId = flags.run === undefined ? null : Number(flags.run);
  if (runId !== null && !(Number.isInteger(runId) && runId > 0)) throw new InputError(`--run "${flags.run}" must be a run number`);
  const store = await openStore(config.database);
  let queue: CrawlQueue | null = null;
  try {
    if (store.dialect === 'postgres') queue = await openCrawlQueue(config.database, { poolSize: 2 });
    const status = await runStatus(store, runId, queue ? (id) => queue!.counts(id) : null);
    if (!status) throw new InputError(runId === null ? 'no runs in this database yet' : `no run ${runId} in this database`);
    process.stdout.write(flags.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : `${formatRunStatus(status)}\n`);
    return 0;
  } finally {
    await queue?.close();
    await store.close();
  }
}
