/**
 * `npm start`: runs the demo inventory into .cache/demo/programkartan.db if
 * it is missing, then serves the web app on it at http://localhost:3000.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.ts';

const db = join('.cache', 'demo', 'programkartan.db');
if (!existsSync(db)) {
  process.stderr.write('Ingen demodatabas ännu: kör demo-inventeringen först (ett par minuter)…\n');
  const demo = spawnSync(process.execPath, [join('scripts', 'demo.ts'), '--db', db, '--delay-ms', '20'], { stdio: 'inherit' });
  if (demo.status !== 0 && demo.status !== 3) process.exit(demo.status ?? 1);
}
process.exit(await main(['serve', '--db', db, '--port', process.env['PORT'] ?? '3000', ...(process.env['HOST'] ? ['--host', process.env['HOST']] : [])]));
