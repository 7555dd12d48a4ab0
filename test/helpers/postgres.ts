/**
 * Throw-away PostgreSQL for tests. With PROGRAMKARTAN_TEST_DATABASE_URL set
 * (CI starts one cluster in .ci/run) every caller gets a fresh database in
 * that cluster; otherwise the first caller in a test process initdb's a
 * temporary cluster on loopback (as the `postgres` OS user when running as
 * root, since PostgreSQL refuses to run as root) and later callers share it.
 * When the binaries are missing the PG tests skip with a message — except
 * under CI=true, where a missing PostgreSQL is a failure, not a skip.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const TEST_DATABASE_ENV = 'PROGRAMKARTAN_TEST_DATABASE_URL';

interface Cluster {
  /** URL of the maintenance database (postgres) of the cluster. */
  adminUrl: string;
  stop(): void;
}

let cluster: Cluster | null = null;

/** Where initdb/pg_ctl live, or null when PostgreSQL is not installed. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  return which.status === 0 && path ? path.replace(/\/initdb$/, '') : null;
}

/**
 * Whether PostgreSQL tests can run here. Use with `describe.skipIf(!postgresAvailable())`;
 * throws under CI=true when neither a URL nor the binaries are there, so CI fails instead of skipping.
 */
export function postgresAvailable(): boolean {
  if (process.env[TEST_DATABASE_ENV]) return true;
  if (postgresBinDir()) return true;
  if (process.env.CI === 'true') throw new Error(`PostgreSQL tests must run in CI: set ${TEST_DATABASE_ENV} or install postgresql`);
  process.stderr.write(`[postgres] skipping PostgreSQL tests: no ${TEST_DATABASE_ENV} and no initdb found (apt-get install postgresql)\n`);
  return false;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function asPostgresUser(command: string, args: string[]): { command: string; args: string[] } {
  // PostgreSQL refuses to run as root; as root we switch to the postgres OS user.
  if (process.getuid?.() === 0) return { command: 'runuser', args: ['-u', 'postgres', '--', command, ...args] };
  return { command, args };
}

function run(command: string, args: string[]): void {
  const c = asPostgresUser(command, args);
  execFileSync(c.command, c.args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

async function startCluster(): Promise<Cluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL binaries not found');
  const dir = mkdtempSync(join(tmpdir(), 'pk-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  // Durability off: a test cluster is thrown away, speed matters more.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    const c = asPostgresUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    spawnSync(c.command, c.args, { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  // Test runners may end their worker processes without an 'exit' event: a watchdog stops the cluster once this process is gone.
  const pgCtl = asPostgresUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
  const watchdog = `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; ${[pgCtl.command, ...pgCtl.args].map((a) => `'${a}'`).join(' ')} >/dev/null 2>&1; rm -rf '${dir}'`;
  spawn('sh', ['-c', watchdog], { detached: true, stdio: 'ignore' }).unref();
  return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  /** Drops the database (the shared cluster itself stops when the process exits). */
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file or test. */
export async function createTestDatabase(): Promise<TestDatabase> {
  let adminUrl = process.env[TEST_DATABASE_ENV];
  if (!adminUrl) {
    cluster ??= await startCluster();
    adminUrl = cluster.adminUrl;
  }
  const name = `pk_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    },
  };
}

export interface TestDialect {
  name: 'sqlite' | 'postgres';
  /** A fresh, empty database: a SQLite file or a postgres:// URL. */
  create(): Promise<{ target: string; cleanup(): Promise<void> }>;
}

/**
 * The dialects the shared store suite runs on (Kysely's per-dialect loop):
 * SQLite always, PostgreSQL where it can run (see postgresAvailable).
 */
export function testDialects(): TestDialect[] {
  const sqlite: TestDialect = {
    name: 'sqlite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'pk-store-'));
      return { target: join(dir, 'test.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  };
  const postgres: TestDialect = {
    name: 'postgres',
    async create() {
      const database = await createTestDatabase();
      return { target: database.url, cleanup: () => database.drop() };
    },
  };
  return postgresAvailable() ? [sqlite, postgres] : [sqlite];
}
