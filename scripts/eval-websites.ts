/**
 * Blind, held-out measurement of crawler + classifier on the hand-written
 * municipal websites in test/websites-blind/ (or another set given with
 * --dir DIR, e.g. test/websites-blind-2). Builds the sites, serves each on its
 * own 127.0.0.1 port, runs the real CLI (inventory, then report) and compares
 * with DIR/truth.csv. Always exits 0.
 *
 * A set's DIR/build.ts exports build(), SITES_DIR and urlToFile(pathname, root);
 * DIR/sites.ts exports buildSites() (objects with code and slug). A site may
 * have a file .redirects ("FROM TO [STATUS]" per line): FROM answers STATUS
 * (default 301) to TO. A set's
 * build.ts may also export contentType(file, fallback) to type files by content.
 *
 * Run: npx node scripts/eval-websites.ts [--dir DIR] [--keep] [--paths]
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface SetBuild {
  build: () => Promise<number>;
  SITES_DIR: string;
  urlToFile: (pathname: string, root: string) => string;
  /** Optional: Content-Type from the file (documents behind extension-less URLs, ISO-8859-1 pages). */
  contentType?: (file: string, fallback: string) => string;
}
interface SetSites {
  buildSites: () => Array<{ code: string; slug: string }>;
}
const dirArg = process.argv.indexOf('--dir');
const SET_DIR = resolve(dirArg >= 0 ? (process.argv[dirArg + 1] ?? 'test/websites-blind') : 'test/websites-blind');
const setBuild = (await import(pathToFileURL(join(SET_DIR, 'build.ts')).href)) as SetBuild;
const setSites = (await import(pathToFileURL(join(SET_DIR, 'sites.ts')).href)) as SetSites;
const { build, SITES_DIR, urlToFile, contentType } = setBuild;
const { buildSites } = setSites;

function redirectsOf(dir: string): Map<string, string> {
  const f = join(dir, '.redirects');
  const m = new Map<string, string>();
  if (!existsSync(f)) return m;
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const [from, to] = line.trim().split(/\s+/);
    if (from && to) m.set(from, to);
  }
  return m;
}

/** The status of each redirect: the optional third column of .redirects (301 when absent). */
function redirectStatusOf(dir: string): Map<string, number> {
  const f = join(dir, '.redirects');
  const m = new Map<string, number>();
  if (!existsSync(f)) return m;
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const [from, to, status] = line.trim().split(/\s+/);
    if (from && to) m.set(from, status && /^30[1278]$/.test(status) ? Number(status) : 301);
  }
  return m;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};

interface Stats {
  requests: number;
  byKind: Record<string, number>;
  disallowedHits: string[];
  calendarHits: number;
  notFound: number;
  paths: string[];
}

function disallowRules(dir: string): string[] {
  const f = join(dir, 'robots.txt');
  if (!existsSync(f)) return [];
  return readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => /^disallow:/i.test(l))
    .map((l) => l.slice(9).trim())
    .filter(Boolean);
}

function calendar(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const yy = y ?? 2024;
  const mm = m ?? 1;
  const fmt = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  const prev = fmt(new Date(Date.UTC(yy, mm - 2, 1)));
  const next = fmt(new Date(Date.UTC(yy, mm, 1)));
  return `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Evenemang ${month}</title></head><body><nav><a href="/">Startsida</a> <a href="/kalender/">Kalender</a></nav><main><h1>Evenemang ${month}</h1><ul><li><a href="/kalender/?manad=${month}&amp;dag=01">Dag 1</a></li><li><a href="/kalender/?manad=${month}&amp;kategori=kultur">Kultur</a></li></ul><a href="/kalender/?manad=${prev}">Föregående månad</a> <a href="/kalender/?manad=${next}">Nästa månad</a></main></body></html>`;
}

function serveSite(dir: string, stats: Stats): Promise<Server> {
  const disallow = disallowRules(dir);
  const redirects = redirectsOf(dir);
  const redirectStatus = redirectStatusOf(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    stats.requests++;
    stats.paths.push(url.pathname + url.search);
    const ext = extname(url.pathname).toLowerCase();
    const kind = ext === '.pdf' || ext === '.docx' ? 'doc' : url.pathname === '/robots.txt' || url.pathname === '/sitemap.xml' ? 'meta' : 'page';
    stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
    if (disallow.some((d) => url.pathname.startsWith(d))) stats.disallowedHits.push(url.pathname + url.search);
    const send = (status: number, type: string, body: string | Buffer) => {
      if (status === 404) stats.notFound++;
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (url.pathname.startsWith('/kalender/')) stats.calendarHits++;
    const target = redirects.get(url.pathname);
    if (target) {
      res.writeHead(redirectStatus.get(url.pathname) ?? 301, { location: target, 'content-length': 0 });
      return res.end();
    }
    const month = url.searchParams.get('manad');
    if (url.pathname === '/kalender/' && month && /^\d{4}-\d{2}$/.test(month)) return send(200, TYPES['.html']!, calendar(month));
    let rel: string;
    try {
      rel = urlToFile(url.pathname, '');
    } catch {
      return send(400, 'text/plain', 'bad request');
    }
    const base = normalize(join(dir, rel));
    if (!base.startsWith(dir)) return send(404, 'text/plain', 'not found');
    const query = url.search.slice(1);
    let file = base;
    if (query && existsSync(`${base}@${query}`)) file = `${base}@${query}`;
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, TYPES['.html']!, '<!DOCTYPE html><html><body><h1>Sidan kunde inte hittas</h1><a href="/">Till startsidan</a></body></html>');
    const fallbackType = TYPES[extname(base).toLowerCase()] ?? 'application/octet-stream';
    const type = contentType ? contentType(file, fallbackType) : fallbackType;
    if (url.pathname === '/robots.txt' || url.pathname === '/sitemap.xml') return send(200, type, readFileSync(file, 'utf8').replaceAll('{{ORIGIN}}', origin));
    res.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function run(args: string[], logFile: string): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => {
      writeFileSync(logFile, stderr);
      resolve({ code: code ?? 1, stdout });
    });
  });
}

interface Truth {
  code: string;
  name: string;
  expectedStatus: string;
  programUrls: string[];
}

const norm = (u: string) => {
  try {
    return decodeURIComponent(new URL(u, 'http://x').pathname);
  } catch {
    return u;
  }
};

/** An expected URL with a query string (/file.ashx?id=12) matches only when every expected parameter is there too. */
function sameQuery(expected: string, got: string): boolean {
  try {
    const e = new URL(expected, 'http://x').searchParams;
    const g = new URL(got, 'http://x').searchParams;
    return [...e.entries()].every(([k, v]) => g.get(k) === v);
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep');
  const n = await build();
  console.error(`built ${n} pages`);
  const truth: Truth[] = readFileSync(join(SITES_DIR, '..', 'truth.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const [code = '', name = '', expectedStatus = '', urls = ''] = l.split(',');
      return { code, name, expectedStatus, programUrls: urls ? urls.split(';') : [] };
    });
  const sites = buildSites();
  const siteRedirects = new Map<string, Map<string, string>>();
  const tmp = mkdtempSync(join(tmpdir(), 'eval-websites-'));
  const servers: Server[] = [];
  const stats = new Map<string, Stats>();
  const csv = ['code,name,url'];
  for (const t of truth) {
    const site = sites.find((s) => s.code === t.code);
    if (!site) throw new Error(`no site for ${t.code}`);
    const st: Stats = { requests: 0, byKind: {}, disallowedHits: [], calendarHits: 0, notFound: 0, paths: [] };
    stats.set(t.code, st);
    siteRedirects.set(t.code, redirectsOf(join(SITES_DIR, site.slug)));
    const server = await serveSite(join(SITES_DIR, site.slug), st);
    servers.push(server);
    csv.push(`${t.code},${t.name},http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  }
  const sitesCsv = join(tmp, 'sites.csv');
  const db = join(tmp, 'eval.db');
  writeFileSync(sitesCsv, `${csv.join('\n')}\n`);
  const help = await run(['--', 'programkartan', 'inventory', '--help'], join(tmp, 'help.log'));
  const extra = help.stdout.includes('--delay-ms') ? ['--delay-ms', '50'] : [];
  const t0 = Date.now();
  const inv = await run(['programkartan', 'inventory', '--sites', sitesCsv, '--year', '2024', '--db', db, '--allow-private-hosts', ...extra], join(tmp, 'inventory.log'));
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`inventory exit ${inv.code} in ${secs}s (log: ${join(tmp, 'inventory.log')})`);
  const rep = await run(['programkartan', 'report', '--db', db, '--year', '2024', '--format', 'json'], join(tmp, 'report.log'));
  for (const s of servers) s.close();
  let report: { programs?: Array<{ municipality: string; url: string; title?: string; validFrom?: number | null; validTo?: number | null; programType?: string }>; municipalityStatus?: Array<{ code: string; status: string; error?: string | null }> } = {};
  try {
    report = JSON.parse(rep.stdout) as typeof report;
  } catch {
    console.log(`report failed (exit ${rep.code}): ${readFileSync(join(tmp, 'report.log'), 'utf8').slice(0, 500)}`);
  }
  writeFileSync(join(tmp, 'report.json'), rep.stdout);
  let tp = 0, fp = 0, fn = 0, statusOk = 0, urlHit = 0, urlTotal = 0, totalReq = 0;
  for (const t of truth) {
    const st = stats.get(t.code)!;
    const status = report.municipalityStatus?.find((m) => m.code === t.code);
    const got = status?.status ?? '(missing)';
    const progs = (report.programs ?? []).filter((p) => p.municipality === t.code);
    const redir = siteRedirects.get(t.code) ?? new Map<string, string>();
    const gotUrls = progs.map((p) => norm(redir.get(norm(p.url)) ?? p.url));
    const expFound = t.expectedStatus === 'program_found';
    const gotFound = got === 'program_found';
    if (expFound && gotFound) tp++;
    else if (!expFound && gotFound) fp++;
    else if (expFound && !gotFound) fn++;
    if (got === t.expectedStatus) statusOk++;
    const hits = t.programUrls.filter((u) => gotUrls.includes(norm(u)) && progs.some((p) => norm(redir.get(norm(p.url)) ?? p.url) === norm(u) && sameQuery(u, redir.get(norm(p.url)) ?? p.url))).length;
    urlHit += hits;
    urlTotal += t.programUrls.length;
    totalReq += st.requests;
    const mark = got === t.expectedStatus && hits === t.programUrls.length ? 'OK  ' : 'MISS';
    console.log(`\n${mark} ${t.code} ${t.name}: expected ${t.expectedStatus}, reported ${got}${status?.error ? ` (error: ${status.error})` : ''}`);
    console.log(`     expected urls: ${t.programUrls.join(' ; ') || '-'}`);
    console.log(`     reported: ${progs.map((p) => `${new URL(p.url, 'http://x').pathname}${new URL(p.url, 'http://x').search} [${p.programType} ${p.validFrom}-${p.validTo} "${p.title}"]`).join(' ; ') || '-'}`);
    console.log(`     requests ${st.requests} (pages ${st.byKind.page ?? 0}, docs ${st.byKind.doc ?? 0}, meta ${st.byKind.meta ?? 0}, 404 ${st.notFound}, /kalender/ ${st.calendarHits})${st.disallowedHits.length ? ` DISALLOWED: ${st.disallowedHits.join(' ')}` : ''}`);
    if (process.argv.includes('--paths')) console.log(`     paths: ${st.paths.join(' ')}`);
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  console.log(`\nTOTALS: sites ${truth.length}; status exact ${statusOk}/${truth.length}; program_found precision ${(precision * 100).toFixed(0)}% (${tp}/${tp + fp}) recall ${(recall * 100).toFixed(0)}% (${tp}/${tp + fn}); program URL recall ${urlHit}/${urlTotal}; reported programs ${(report.programs ?? []).length}; total requests ${totalReq}; inventory ${secs}s`);
  if (!keep) rmSync(tmp, { recursive: true, force: true });
  else console.log(`kept ${tmp}`);
}

await main().catch((e: unknown) => console.log(`eval failed: ${e instanceof Error ? e.stack : String(e)}`));
process.exit(0);
