/**
 * Starts the simulated municipal web and writes its sites CSV:
 *   npx node scripts/simweb.ts --sites 290 --year 2017 --seed 1 --out /tmp/sites.csv [--base-port 0] [--latency 0] [--truth /tmp/truth.json]
 * Serves until Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { generateWeb, loadMunicipalities, startSimWeb, writeSitesCsv } from '../src/simweb/index.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '290' },
    year: { type: 'string', default: '2017' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: '/tmp/sites.csv' },
    'base-port': { type: 'string', default: '0' },
    latency: { type: 'string', default: '0' },
    truth: { type: 'string' },
  },
});

const count = Number(values.sites);
const year = Number(values.year);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || count > 290 || !Number.isInteger(year) || !Number.isInteger(seed)) {
  process.stderr.write('usage: simweb.ts --sites 1..290 --year YYYY --seed N --out FILE.csv\n');
  process.exit(2);
}

const web = generateWeb({ year, seed, municipalities: loadMunicipalities().slice(0, count) });
const running = await startSimWeb(web, { basePort: Number(values['base-port']), latencyMs: Number(values.latency) });
await writeSitesCsv(running.sites, values.out);
if (values.truth) await writeFile(values.truth, JSON.stringify(web.truth, null, 2));
const withProgram = web.truth.filter((t) => t.expectedStatus === 'program_found').length;
process.stdout.write(`Simulated web: ${running.sites.length} sites on 127.0.0.1 (year ${year}, seed ${seed}); ${withProgram} with a valid program; sites CSV: ${values.out}. Ctrl-C to stop.\n`);

const stop = async (): Promise<void> => {
  process.stdout.write(`\nStopping: ${running.log.length} requests served, ${running.robotsViolations().length} robots violations.\n`);
  await running.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
