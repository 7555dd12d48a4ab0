/** `programkartan report`: read the store → build the year's report → print JSON or text. */
import { InputError } from '../domain/index.ts';
import { loadConfig } from '../config/index.ts';
import { openStore } from '../store/index.ts';
import { formatReportText, loadReport } from '../report/index.ts';

export async function reportCommand(flags: { db?: string; year: number; format?: string }): Promise<number> {
  const format = flags.format ?? 'text';
  if (format !== 'json' && format !== 'text') throw new InputError(`--format "${format}" must be json or text`);
  const config = loadConfig({ database: flags.db });
  if (!config.database) throw new InputError('--db is required (a SQLite file path or postgres:// URL; or set DATABASE_URL)');
  const store = await openStore(config.database);
  try {
    const report = await loadReport(store.db, flags.year);
    if (report.municipalities === 0) process.stderr.write(`Ingen inventering för ${flags.year} i databasen (no inventory run for that year).\n`);
    process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : `${formatReportText(report)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
