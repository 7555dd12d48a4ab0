/** `programkartan serve`: open the store → build the app → listen (default 127.0.0.1:3000). */
import { serve } from '@hono/node-server';
import { InputError } from '../domain/index.ts';
import { loadConfig } from '../config/index.ts';
import { openStore, updateSearchIndex } from '../store/index.ts';
import { createApp } from '../api/index.ts';

export interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
  trustProxy?: boolean;
  allowPrivateHosts?: boolean;
}

/** Starts the server; resolves when it stops (SIGINT/SIGTERM). */
export async function serveCommand(flags: ServeFlags): Promise<number> {
  const config = loadConfig({ database: flags.db });
  if (!config.database) throw new InputError('--db is required (a SQLite file path or postgres:// URL; or set DATABASE_URL)');
  const port = Number(flags.port ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port "${flags.port}" must be a port number`);
  const host = flags.host ?? '127.0.0.1';
  const store = await openStore(config.database);
  const indexed = await updateSearchIndex(store.db, store.dialect);
  if (indexed > 0) process.stderr.write(`Sökindex: ${indexed} dokument indexerade.\n`);
  const app = createApp({ db: store.db, dialect: store.dialect, trustProxy: flags.trustProxy ?? false, allowPrivateHosts: flags.allowPrivateHosts ?? false });
  // Warm the caches so the first visitor does not pay for the report and the map.
  const years = await app.data.years();
  if (years.length > 0) await app.request('/');
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      process.stderr.write(`Programkartan: http://${host.includes(':') ? `[${host}]` : host}:${info.port}/ (databas ${store.location})\n`);
    });
    server.on('error', (error) => {
      process.stderr.write(`programkartan serve: ${error.message}\n`);
      void store.close().then(() => resolve(1));
    });
    const stop = (): void => {
      server.close(() => void store.close().then(() => resolve(0)));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
