/**
 * A run killed with SIGKILL resumes where it stopped: sites finished before
 * the kill get no request afterwards, nothing is fetched twice within the
 * run, nothing is stored twice, and the result equals an uninterrupted run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMunicipalities } from '../src/registry/index.ts';
import { generateWeb, startSimWeb, writeSitesCsv, type RunningSimWeb } from '../src/simweb/index.ts';
import { runCli, spawnCli } from './helpers/cli.ts';

const YEAR = 2017;

function count(db: string, sql: string): number {
  if (!existsSync(db)) return 0;
  let conn: DatabaseSync | null = null;
  try {
    conn = new DatabaseSync(db, { readOnly: true, timeout: 5000 });
    return Number((conn.prepare(sql).get() as { n: number }).n);
  } catch {
    return 0; // tables not created yet
  } finally {
    conn?.close();
  }
}

describe('resume after SIGKILL', { timeout: 400_000 }, () => {
  let dir: string;
  let running: RunningSimWeb;
  let csv: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pk-resume-'));
    const web = generateWeb({ year: YEAR, seed: 5, municipalities: listMunicipalities().slice(30, 42) });
    running = await startSimWeb(web, { basePort: 0 });
    csv = join(dir, 'sites.csv');
    await writeSitesCsv(running.sites, csv);
  });
  afterAll(async () => {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not refetch, duplicate or lose anything', async () => {
    const db = join(dir, 'killed.db');
    const args = ['inventory', '--sites', csv, '--year', String(YEAR), '--db', db, '--allow-private-hosts', '--delay-ms', '40', '--concurrency', '4', '--no-progress'];
    const child = spawnCli(args);
    // Kill once some sites are finished and others are half-way.
    let exited = false;
    child.once('exit', () => (exited = true));
    for (let i = 0; i < 2400 && !exited; i++) {
      await sleep(50);
      if (count(db, "select count(*) as n from run_sites where status in ('done','unreachable')") >= 3 && count(db, 'select count(*) as n from fetches') >= 40) break;
    }
    expect(exited, 'the run ended before it could be killed').toBe(false);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('close', resolve));
    const finishedBefore = new Set(
      (() => {
        const conn = new DatabaseSync(db, { readOnly: true });
        const rows = conn.prepare("select site_code from run_sites where status in ('done','unreachable')").all() as Array<{ site_code: string }>;
        conn.close();
        return rows.map((r) => r.site_code);
      })(),
    );
    const fetchesBefore = count(db, 'select count(*) as n from fetches');
    expect(finishedBefore.size).toBeGreaterThanOrEqual(3);
    expect(finishedBefore.size).toBeLessThan(12);
    const logMark = running.log.length;

    const resumed = await runCli([...args, '--format', 'json']);
    expect([0, 3]).toContain(resumed.code);
    expect((JSON.parse(resumed.stdout) as { resumed: boolean }).resumed).toBe(true);
    const after = running.log.slice(logMark);
    expect(after.filter((e) => finishedBefore.has(e.siteCode))).toEqual([]);
    expect(count(db, 'select count(*) as n from fetches')).toBeGreaterThan(fetchesBefore);
    expect(count(db, 'select count(*) as n from (select url from fetches group by run_id, url having count(*) > 1)')).toBe(0);
    expect(count(db, 'select count(*) as n from (select document_id from sightings group by run_id, document_id, url having count(*) > 1)')).toBe(0);
    expect(count(db, "select count(*) as n from runs where status = 'completed'")).toBe(1);

    // Same outcome as a run that was never interrupted.
    const cleanDb = join(dir, 'clean.db');
    await runCli(['inventory', '--sites', csv, '--year', String(YEAR), '--db', cleanDb, '--allow-private-hosts', '--delay-ms', '40', '--concurrency', '12', '--no-progress']);
    const a = JSON.parse((await runCli(['report', '--db', db, '--year', String(YEAR), '--format', 'json'])).stdout) as { programs: unknown[]; withProgram: number };
    const b = JSON.parse((await runCli(['report', '--db', cleanDb, '--year', String(YEAR), '--format', 'json'])).stdout) as { programs: unknown[]; withProgram: number };
    const strip = (r: { programs: unknown[] }) => r.programs.map((p) => ({ ...(p as Record<string, unknown>), documentId: 0 }));
    expect(a.withProgram).toBe(b.withProgram);
    expect(strip(a)).toEqual(strip(b));
    expect(running.robotsViolations()).toEqual([]);
  }, 400_000);
});
