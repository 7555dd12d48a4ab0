/** The CLI's bad-input behaviour: clear one-line errors and the contract's exit codes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.ts';

describe('CLI bad input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pk-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects an unknown year with exit 2 and a one-line message', async () => {
    const r = await runCli(['inventory', '--year', '17', '--db', join(dir, 'a.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--year "17"/);
  });

  it('rejects a malformed sites CSV with line numbers, and stores nothing', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'code,name,url\n0114,Upplands Väsby,http://127.0.0.1:9/\nabc,X,nope\n');
    const r = await runCli(['inventory', '--sites', csv, '--year', '2017', '--db', join(dir, 'b.db')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 3: code "abc"/);
    expect(r.stderr).toMatch(/line 3: url "nope"/);
  });

  it('rejects a missing sites file and a missing --db', async () => {
    expect((await runCli(['inventory', '--sites', join(dir, 'none.csv'), '--year', '2017', '--db', join(dir, 'c.db')])).stderr).toMatch(/cannot read file \(ENOENT\)/);
    const r = await runCli(['report', '--year', '2017'], { DATABASE_URL: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--db is required/);
  });

  it('refuses private addresses without --allow-private-hosts and exits 3 (site unreachable)', async () => {
    const csv = join(dir, 'private.csv');
    writeFileSync(csv, 'code,name,url\n0114,Upplands Väsby,http://127.0.0.1:9/\n');
    const db = join(dir, 'd.db');
    const r = await runCli(['inventory', '--sites', csv, '--year', '2017', '--db', db, '--no-progress']);
    expect(r.code).toBe(3);
    const report = JSON.parse((await runCli(['report', '--db', db, '--year', '2017', '--format', 'json'])).stdout) as { municipalityStatus: Array<{ status: string; error: string }> };
    expect(report.municipalityStatus[0]?.status).toBe('unreachable');
    expect(report.municipalityStatus[0]?.error).toMatch(/private|allow-private-hosts/i);
  });

  it('reports an unreachable host (connection refused) as exit 3', async () => {
    const csv = join(dir, 'refused.csv');
    writeFileSync(csv, 'code,name,url\n0114,Upplands Väsby,http://127.0.0.1:9/\n');
    const r = await runCli(['inventory', '--sites', csv, '--year', '2017', '--db', join(dir, 'e.db'), '--allow-private-hosts', '--no-progress']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/1 ej nåbara/);
  });
});
