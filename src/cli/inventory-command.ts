/** `programkartan inventory`: parse → run the pipeline → print a summary. */
import { readFile } from 'node:fs/promises';
import { InputError, type Site } from '../domain/index.ts';
import { loadConfig } from '../config/index.ts';
import { parseSitesCsv, registrySites, selectSites } from '../registry/index.ts';
import { openStore } from '../store/index.ts';
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
