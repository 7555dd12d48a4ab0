/**
 * End to end: the real CLI crawls a simulated municipal web on loopback,
 * stores into a real SQLite file and reports; then re-runs conditionally.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMunicipalities } from '../src/registry/index.ts';
import { generateWeb, startSimWeb, writeSitesCsv, type RunningSimWeb, type SimWeb } from '../src/simweb/index.ts';
import { runCli } from './helpers/cli.ts';

const YEAR = 2017;
const DELAY = 60;

describe('inventory on a simulated web', { timeout: 300_000 }, () => {
  let dir: string;
  let web: SimWeb;
  let running: RunningSimWeb;
  let csv: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pk-e2e-'));
    web = generateWeb({ year: YEAR, seed: 11, municipalities: listMunicipalities().slice(0, 24) });
    running = await startSimWeb(web, { basePort: 0 });
    csv = join(dir, 'sites.csv');
    db = join(dir, 'inventory.db');
    await writeSitesCsv(running.sites, csv);
  });
  afterAll(async () => {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the programs, obeys robots.txt and politeness, and reports in the contract shape', async () => {
    const result = await runCli(['inventory', '--sites', csv, '--year', String(YEAR), '--db', db, '--allow-private-hosts', '--delay-ms', String(DELAY), '--no-progress']);
    const expectedUnreachable = web.truth.filter((t) => t.expectedStatus === 'unreachable').length;
    expect(result.stderr).toMatch(/kommuner klara/);
    expect(result.code).toBe(expectedUnreachable > 0 ? 3 : 0);
    expect(running.robotsViolations()).toEqual([]);
    expect(running.minGapMs()).toBeGreaterThanOrEqual(DELAY - 1);
    expect(running.log.every((e) => /Programkartan/.test(e.userAgent))).toBe(true);

    const report = await runCli(['report', '--db', db, '--year', String(YEAR), '--format', 'json']);
    expect(report.code).toBe(0);
    const json = JSON.parse(report.stdout) as { municipalities: number; withProgram: number; programs: Array<{ municipality: string; url: string; programType: string }>; summary: Record<string, unknown>; municipalityStatus: Array<{ code: string; status: string }> };
    expect(json.municipalities).toBe(24);
    const expected = new Set(web.truth.filter((t) => t.expectedStatus === 'program_found').map((t) => t.code));
    const found = new Set(json.programs.map((p) => p.municipality));
    const missed = [...expected].filter((c) => !found.has(c));
    const wrong = [...found].filter((c) => !expected.has(c));
    expect({ missed, wrong }).toEqual({ missed: [], wrong: [] });
    expect(json.withProgram).toBe(expected.size);
    for (const t of web.truth) expect(json.municipalityStatus.find((m) => m.code === t.code)?.status, `status of ${t.code}`).toBe(t.expectedStatus);
    // One program per municipality and period: no duplicates.
    const keys = json.programs.map((p) => `${p.municipality}|${p.url}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('re-runs with conditional requests and stores nothing twice', async () => {
    const before = running.log.length;
    const result = await runCli(['inventory', '--sites', csv, '--year', String(YEAR), '--db', db, '--allow-private-hosts', '--delay-ms', String(DELAY), '--no-progress', '--format', 'json']);
    expect([0, 3]).toContain(result.code);
    const rerun = running.log.slice(before);
    expect(rerun.some((e) => e.ifNoneMatch !== null && e.status === 304)).toBe(true);
    // A program met again unchanged (304) is still the program found: the re-run stays as narrow as the first run.
    expect(rerun.length).toBeLessThanOrEqual(before);
    const summary = JSON.parse(result.stdout) as { resumed: boolean; withProgram: number };
    expect(summary.resumed).toBe(false);
    expect(summary.withProgram).toBe(web.truth.filter((t) => t.expectedStatus === 'program_found').length);
    expect(running.robotsViolations()).toEqual([]);
  }, 300_000);
});
