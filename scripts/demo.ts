/**
 * The README's main job on the embedded default: start the bundled simulated
 * municipal web on loopback, run the inventory into a SQLite file, print the
 * report. Options: --sites N (default 60), --year YYYY (2017), --delay-ms (200),
 * --db PATH (.cache/demo/programkartan.db).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listMunicipalities } from '../src/registry/index.ts';
import { generateWeb, startSimWeb, writeSitesCsv } from '../src/simweb/index.ts';
import { main } from '../src/cli/main.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '60' },
    year: { type: 'string', default: '2017' },
    'delay-ms': { type: 'string', default: '200' },
    db: { type: 'string', default: join('.cache', 'demo', 'programkartan.db') },
    seed: { type: 'string', default: '1' },
  },
});

const count = Math.min(290, Math.max(1, Number(values.sites)));
const year = Number(values.year);
mkdirSync(join('.cache', 'demo'), { recursive: true });
// Spread the demo over the whole country: every k-th municipality.
const all = listMunicipalities();
const step = all.length / count;
const municipalities = Array.from({ length: count }, (_, i) => all[Math.floor(i * step)]!).filter(Boolean);
const web = generateWeb({ year, seed: Number(values.seed), municipalities });
const running = await startSimWeb(web, { basePort: 0 });
const csv = join('.cache', 'demo', 'sites.csv');
await writeSitesCsv(running.sites, csv);
process.stderr.write(`Simulerad kommunwebb: ${running.sites.length} webbplatser på 127.0.0.1 (${csv}).\n`);

let code = await main(['inventory', '--sites', csv, '--year', String(year), '--db', values.db!, '--allow-private-hosts', '--delay-ms', values['delay-ms']!]);
if (code === 0 || code === 3) {
  process.stderr.write('\n');
  code = await main(['report', '--db', values.db!, '--year', String(year)]);
  const truth = web.truth.filter((t) => t.expectedStatus === 'program_found').length;
  process.stderr.write(`\n(Facit för den simulerade webben: ${truth} av ${web.truth.length} kommuner har ett gällande program ${year}. Robots-överträdelser: ${running.robotsViolations().length}.)\n`);
  process.stderr.write(`Databas: ${values.db}  —  JSON: npx programkartan report --db ${values.db} --year ${year} --format json\n`);
}
await running.close();
process.exit(code);
