/** `programkartan inventory`: parse → run the pipeline → print a summary. */
import { readFile } from 'node:fs/promises';
import { InputError, type Site } from '../domain/index.ts';
import { loadConfig, type Config } from '../config/index.ts';
import { parseSitesCsv, registrySites, selectSites } from '../registry/index.ts';
import { isPostgresUrl, openStore } from '../store/index.ts';
import { runInventory } from '../pipeline/index.ts';
import { loadReport } from '../report/index.ts';
import { createProgressView } from './progress.ts';
import { EXIT } from './errors.ts';

export interface InventoryFlags {
  sites?: string;
  year: number;
  db?: string;
  county?: string;
  only?: string[];
  allowPrivateHosts?: boolean;
  delayMs?: string;
  concurrency?: string;
  pageBudget?: string;
  timeoutMs?: string;
  format?: string;
  progress?: boolean;
  enqueue?: boolean;
  heartbeatSeconds?: string;
}

async function readSites(path: string): Promise<Site[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`--sites ${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseSitesCsv(text, path);
}

export async function inventoryCommand(flags: InventoryFlags): Promise<number> {
  const config = loadConfig({ politenessMs: flags.delayMs, siteConcurrency: flags.concurrency, pageBudget: flags.pageBudget, timeoutMs: flags.timeoutMs, database: flags.db });
  if (!config.database) throw new InputError('--db is required (a SQLite file path or postgres:// URL; or set DATABASE_URL)');
  if (flags.format !== undefined && flags.format !== 'json' && flags.format !== 'text') throw new InputError(`--format "${flags.format}" must be json or text`);
  const allSites = flags.sites ? await readSites(flags.sites) : registrySites();
  const sites = selectSites(allSites, { county: flags.county, only: flags.only });
  if (flags.enqueue) return enqueueCommand(flags, sites, config);
  const store = await openStore(config.database);
  const controller = new AbortController();
  const onSignal = () => {
    process.stderr.write('\nAvbryter … körningen kan återupptas med samma kommando.\n');
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const view = flags.progress === false ? null : createProgressView();
  try {
    const summary = await runInventory(store.db, {
      year: flags.year,
      sites,
      signal: controller.signal,
      crawl: {
        politenessMs: config.politenessMs,
        siteConcurrency: config.siteConcurrency,
        pageBudget: config.pageBudget,
        timeoutMs: config.timeoutMs,
        maxBytes: config.maxBytes,
        retries: config.retries,
        allowPrivateHosts: flags.allowPrivateHosts === true,
      },
      onProgress: (p) => view?.update(p),
    });
    view?.stop();
    const report = await loadReport(store.db, flags.year);
    const seconds = (summary.durationMs / 1000).toFixed(1);
    const line =
      `${summary.resumed ? 'Återupptog' : 'Körde'} inventering ${flags.year} (körning ${summary.runId}) på ${seconds} s: ` +
      `${summary.sitesDone}/${summary.sitesTotal} kommuner klara, ${summary.unreachable} ej nåbara, ${summary.fetched} hämtningar, ` +
      `${summary.documents} dokument, ${summary.errors} fel. Program hittade i ${report.withProgram} av ${report.municipalities} kommuner.`;
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify({ ...summary, withProgram: report.withProgram, municipalities: report.municipalities }, null, 2)}\n`);
    process.stderr.write(`${line}\n`);
    if (controller.signal.aborted) return EXIT.failed;
    return summary.unreachable > 0 ? EXIT.someUnreachable : EXIT.ok;
  } finally {
    view?.stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}

/** `inventory --enqueue`: plan the run as jobs for workers and return at once. */
async function enqueueCommand(flags: InventoryFlags, sites: Site[], config: Config): Promise<number> {
  const database = config.database ?? '';
  if (!isPostgresUrl(database)) throw new InputError('--enqueue needs --db postgres://… (or DATABASE_URL): workers on other machines must reach the queue');
  const heartbeat = flags.heartbeatSeconds === undefined ? undefined : Number(flags.heartbeatSeconds);
  const store = await openStore(database);
  try {
    const { enqueueRun } = await import('../queue/index.ts');
    const result = await enqueueRun(store, database, {
      year: flags.year,
      sites,
      crawl: { politenessMs: config.politenessMs, pageBudget: config.pageBudget, timeoutMs: config.timeoutMs, maxBytes: config.maxBytes, retries: config.retries, allowPrivateHosts: flags.allowPrivateHosts === true },
      ...(heartbeat === undefined ? {} : { heartbeatSeconds: heartbeat }),
    });
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${result.runId}\n`);
    process.stderr.write(`${result.resumed ? 'Återupptog' : 'Planerade'} inventering ${flags.year} (körning ${result.runId}): ${result.enqueued} nya jobb för ${result.sitesTotal} kommuner. Starta workers: programkartan worker --db …\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
