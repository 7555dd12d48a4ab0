/**
 * The simulated web over real HTTP on 127.0.0.1: robots.txt, sitemaps,
 * redirects, conditional requests, stable bytes across restarts, flaky and
 * unreachable sites, the request log, and a link-following check that every
 * valid program can be found by a polite crawler.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { generateWeb, loadMunicipalities, startSimWeb, sitesCsv, type RunningSimWeb, type SimWeb } from './index.ts';

const UA = 'Programkartan-test/1.0';
const all = loadMunicipalities();
let web: SimWeb;
let running: RunningSimWeb;

const get = (url: string, headers: Record<string, string> = {}): Promise<Response> => fetch(url, { headers: { 'user-agent': UA, ...headers }, redirect: 'manual' });
const urlOf = (code: string): string => running.sites.find((s) => s.code === code)?.url ?? '';

beforeAll(async () => {
  web = generateWeb({ year: 2017, seed: 1, municipalities: all.slice(0, 60) });
  running = await startSimWeb(web);
});
afterAll(async () => {
  await running.close();
});

describe('startSimWeb over HTTP', () => {
  it('gives every site its own origin on 127.0.0.1 and writes the sites CSV', () => {
    expect(running.sites).toHaveLength(60);
    expect(new Set(running.sites.map((s) => new URL(s.url).port)).size).toBe(60);
    for (const s of running.sites) expect(new URL(s.url).hostname).toBe('127.0.0.1');
    const csv = sitesCsv(running.sites).split('\n');
    expect(csv[0]).toBe('code,name,url');
    expect(csv[1]).toBe(`${running.sites[0]?.code},${running.sites[0]?.name},${running.sites[0]?.url}`);
  });

  it('serves robots.txt with sitemap lines, or 404 where a site has none', async () => {
    for (const t of web.truth.filter((x) => x.expectedStatus !== 'unreachable')) {
      const site = web.sites.find((s) => s.code === t.code);
      const res = await get(`${urlOf(t.code)}robots.txt`);
      const body = await res.text();
      if (site?.robotsTxt === null) expect(res.status).toBe(404);
      else {
        expect(res.status).toBe(200);
        expect(body).toContain('User-agent: *');
        if (t.features.includes('sitemap') || t.features.includes('sitemap-index')) expect(body).toContain(`Sitemap: ${urlOf(t.code)}sitemap.xml`);
        for (const d of t.disallowedPaths.filter((p) => !p.endsWith('.pdf'))) expect(body).toContain(`Disallow: ${d}`);
      }
    }
  });

  it('serves sitemaps and sitemap indexes with absolute URLs of this origin', async () => {
    const index = web.truth.find((t) => t.features.includes('sitemap-index'));
    expect(index).toBeDefined();
    const root = await (await get(`${urlOf(index?.code ?? '')}sitemap.xml`)).text();
    expect(root).toContain('<sitemapindex');
    const child = /<loc>([^<]+sitemap-1\.xml)<\/loc>/.exec(root)?.[1] ?? '';
    const urls = [...(await (await get(child)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(20);
    for (const u of urls) expect(u.startsWith(urlOf(index?.code ?? ''))).toBe(true);
    const first = await get(urls[0] ?? '');
    expect(first.status).toBe(200);
  });

  it('redirects, answers 304 to If-None-Match and If-Modified-Since, and lies about Content-Type on some documents', async () => {
    const redirected = web.truth.find((t) => t.features.includes('start-redirect'));
    const r = await get(urlOf(redirected?.code ?? ''));
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toMatch(/^\/start/);

    const t = web.truth.find((x) => x.validPrograms.some((p) => p.format === 'pdf'));
    const program = t?.validPrograms.find((p) => p.format === 'pdf');
    const url = new URL(program?.path ?? '', urlOf(t?.code ?? '')).href;
    const first = await get(url);
    expect(first.status).toBe(200);
    const bytes = new Uint8Array(await first.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const etag = first.headers.get('etag') ?? '';
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect(lastModified).not.toBe('');
    expect((await get(url, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(url, { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get(url, { 'if-none-match': '"other"' })).status).toBe(200);
    expect(running.log.some((e) => e.ifNoneMatch === etag && e.status === 304)).toBe(true);

    const lying = web.truth.find((x) => x.features.includes('content-type-lie'));
    expect(lying).toBeDefined();
  });

  it('fails flaky pages with 500 first and then succeeds; unreachable sites stay unreachable', async () => {
    const flaky = web.sites.find((s) => [...s.resources.values()].some((r) => r.flakyFailures));
    if (flaky) {
      const [path, resource] = [...flaky.resources.entries()].find(([, r]) => r.flakyFailures) ?? ['', null];
      const url = new URL(encodeURI(path), urlOf(flaky.code)).href;
      const statuses: number[] = [];
      for (let i = 0; i <= (resource?.flakyFailures ?? 0); i++) statuses.push((await get(url)).status);
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.slice(0, -1).every((s) => s === 500)).toBe(true);
    }
    const big = generateWeb({ year: 2017, seed: 1, municipalities: all });
    const kinds = new Set(big.sites.map((s) => s.unreachable).filter(Boolean));
    expect(kinds).toEqual(new Set(['closed-port', 'start-500', 'start-404']));
  });

  it('logs requests and reports robots violations and the smallest gap per origin', async () => {
    const t = web.truth.find((x) => x.disallowedPaths.length > 0 && x.expectedStatus !== 'unreachable');
    const before = running.robotsViolations().length;
    await (await get(new URL(t?.disallowedPaths[0] ?? '', urlOf(t?.code ?? '')).href)).arrayBuffer();
    expect(running.robotsViolations().length).toBe(before + 1);
    // Another user agent is not ours to judge.
    await (await fetch(new URL(t?.disallowedPaths[0] ?? '', urlOf(t?.code ?? '')).href, { headers: { 'user-agent': 'Other/1' } })).arrayBuffer();
    expect(running.robotsViolations().length).toBe(before + 1);
    expect(running.minGapMs()).toBeGreaterThanOrEqual(0);
    expect(running.log.every((e) => e.status > 0 && e.time > 0)).toBe(true);
  });

  it('serves the same document bytes after a restart with the same seed', async () => {
    const t = web.truth.find((x) => x.validPrograms.some((p) => p.format === 'docx')) ?? web.truth.find((x) => x.lookalikes.some((l) => l.format === 'docx'));
    const path = t?.validPrograms.find((p) => p.format === 'docx')?.path ?? t?.lookalikes.find((l) => l.format === 'docx')?.path ?? '';
    const hash = async (base: string): Promise<string> => createHash('sha256').update(new Uint8Array(await (await get(new URL(path, base).href)).arrayBuffer())).digest('hex');
    const a = await hash(urlOf(t?.code ?? ''));
    const again = await startSimWeb(generateWeb({ year: 2017, seed: 1, municipalities: all.slice(0, 60) }));
    try {
      const b = await hash(again.sites.find((s) => s.code === t?.code)?.url ?? '');
      expect(b).toBe(a);
    } finally {
      await again.close();
    }
  });

  it('streams huge responses with an honest Content-Length and serves session-id URLs', async () => {
    const t = web.truth.find((x) => x.hugePaths.length > 0);
    expect(t).toBeDefined();
    const url = new URL(t?.hugePaths[0] ?? '', urlOf(t?.code ?? '')).href;
    const head = await fetch(url, { method: 'HEAD', headers: { 'user-agent': UA } });
    expect(Number(head.headers.get('content-length'))).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const controller = new AbortController();
    const res = await fetch(url, { headers: { 'user-agent': UA }, signal: controller.signal });
    const reader = res.body?.getReader();
    const first = await reader?.read();
    expect(first?.value?.byteLength ?? 0).toBeGreaterThan(0);
    controller.abort();

    const sessionSite = generateWeb({ year: 2017, seed: 1, municipalities: all }).truth.find((x) => x.features.includes('session-ids'));
    expect(sessionSite).toBeDefined();
    const local = web.truth.find((x) => x.features.includes('session-ids'));
    if (local) {
      const html = await (await fetch(urlOf(local.code), { headers: { 'user-agent': UA } })).text();
      const link = /href="([^"]*;jsessionid=[^"]+)"/.exec(html)?.[1];
      expect(link).toBeDefined();
      expect((await get(new URL(link ?? '', urlOf(local.code)).href)).status).toBe(200);
    }
  });

  it('lets a polite link-following crawler find every valid program', async () => {
    const targets = web.truth.filter((t) => t.validPrograms.length > 0).slice(0, 12);
    expect(targets.length).toBeGreaterThan(5);
    await Promise.all(
      targets.map(async (t) => {
        const base = urlOf(t.code);
        const disallow = t.disallowedPaths;
        const seen = new Set<string>();
        const found = new Set<string>();
        const queue: string[] = [base];
        const robots = await (await get(`${base}robots.txt`)).text();
        const sitemap = /Sitemap: (\S+)/.exec(robots)?.[1];
        if (sitemap) queue.push(sitemap);
        while (queue.length > 0 && seen.size < 600) {
          const url = queue.shift() as string;
          const u = new URL(url);
          u.pathname = u.pathname.replace(/;jsessionid=[^/]*/i, '');
          if (u.origin !== new URL(base).origin || u.search || seen.has(u.href) || disallow.some((d) => u.pathname.startsWith(d))) continue;
          if (t.trapPaths.some((p) => u.pathname.startsWith(p))) continue;
          seen.add(u.href);
          found.add(u.pathname);
          // Documents are found by their link; fetching them adds nothing to the link graph.
          if (/\.(pdf|docx|mp4)$/i.test(u.pathname)) continue;
          let res = await get(u.href);
          for (let retry = 0; retry < 2 && res.status >= 500; retry++) res = await get(u.href);
          const location = res.headers.get('location');
          if (location) queue.push(new URL(location, u).href);
          const type = res.headers.get('content-type') ?? '';
          const body = await res.text();
          if (body.startsWith('<?xml')) for (const m of body.matchAll(/<loc>([^<]+)<\/loc>/g)) queue.push(m[1] ?? '');
          else if (type.includes('text/html') && body.includes('<html')) {
            const $ = cheerio.load(body);
            $('a[href]').each((_, el) => {
              const href = $(el).attr('href') ?? '';
              if (!href.startsWith('mailto:')) queue.push(new URL(href, u).href);
            });
          }
        }
        for (const p of t.validPrograms) expect(found.has(p.path), `${t.code} ${p.path} (${p.placement})`).toBe(true);
      }),
    );
    expect(running.robotsViolations().filter((e) => e.userAgent === UA).length).toBeLessThanOrEqual(1);
  });
});
