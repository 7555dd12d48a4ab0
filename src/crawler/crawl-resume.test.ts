/** Resume after a kill, a pre-filled journal, finished sites and many sites at once. */
import { afterEach, describe, expect, it } from 'vitest';
import type { FrontierEntry } from '../domain/index.ts';
import { crawlSites } from './crawl-site.ts';
import { createMemoryJournal } from './memory-journal.ts';
import { runCrawl, site, testOptions, type Seen } from './crawl-test-kit.ts';
import { page, type Route, startTestServer, type TestServer } from './test-server.ts';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

/** A site of a start page linking to 12 pages, each linking to one more page. */
async function twelvePageSite(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const links: Array<[string, string]> = Array.from({ length: 12 }, (_, i) => [`/program-${i}`, `Program ${i}`]);
  routes.set('/', page('Start', links));
  for (let i = 0; i < 12; i += 1) {
    routes.set(`/program-${i}`, page(`Program ${i}`, [[`/program-${i}/bilaga`, 'Bilaga']]));
    routes.set(`/program-${i}/bilaga`, page('Bilaga', []));
  }
  const server = await startTestServer(routes);
  servers.push(server);
  return server;
}

const pagePaths = (server: TestServer) => server.paths().filter((path) => path !== '/robots.txt' && path !== '/sitemap.xml');

describe('resume', () => {
  it('continues a killed crawl without refetching committed pages or duplicating records', async () => {
    const server = await twelvePageSite();
    const journal = createMemoryJournal<Seen>();
    const controller = new AbortController();
    let commits = 0;
    await expect(
      runCrawl(site(`${server.origin}/`), testOptions(), journal, {
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'fetch' && ++commits === 7) controller.abort(new Error('killed'));
        },
      }),
    ).rejects.toThrow('killed');
    const committedBefore = journal.records.map((record) => record.url);
    expect(committedBefore).toHaveLength(7);
    expect(journal.finished.size).toBe(0);
    const requestsBefore = server.log.length;

    const { result } = await runCrawl(site(`${server.origin}/`), testOptions(), journal);
    expect(result).toMatchObject({ status: 'done', fetched: 25 });
    const urls = journal.records.map((record) => record.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toHaveLength(25);
    const refetched = server.log.slice(requestsBefore).map((entry) => `${server.origin}${entry.path}`);
    expect(refetched.filter((url) => committedBefore.includes(url))).toEqual([]);
    // Seeds are not enqueued again: the sitemap was read on the first start only.
    expect(server.paths().filter((path) => path === '/sitemap.xml')).toHaveLength(1);
  });

  it('does not fetch what a pre-filled journal already committed', async () => {
    const server = await twelvePageSite();
    const journal = createMemoryJournal<Seen>();
    const entry = (path: string, score: number): FrontierEntry => ({ url: `${server.origin}${path}`, score, depth: 1, referrer: `${server.origin}/`, anchor: null, via: 'link' });
    const all = Array.from({ length: 12 }, (_, i) => entry(`/program-${i}`, 50 - i));
    await journal.enqueue('0114', [{ ...entry('/', 1000), depth: 0, referrer: null, via: 'seed' }, ...all]);
    const record = (url: string) => ({ url, finalUrl: url, status: 200, contentType: 'text/html', bytes: 1, sha256: 'x', etag: null, lastModified: null, unchanged: false, error: null, fetchedAt: new Date().toISOString(), durationMs: 1 });
    await journal.commitFetch('0114', { ...entry('/', 1000), depth: 0 }, record(`${server.origin}/`), [], null);
    for (const done of all.slice(0, 6)) await journal.commitFetch('0114', done, record(done.url), [], null);

    const { result } = await runCrawl(site(`${server.origin}/`), testOptions(), journal);
    expect(result.status).toBe('done');
    const fetched = pagePaths(server);
    expect(fetched.filter((path) => ['/', '/program-0', '/program-5'].includes(path))).toEqual([]);
    expect(fetched).toContain('/program-6');
    expect(fetched).toContain('/program-11');
    expect(new Set(journal.records.map((r) => r.url)).size).toBe(journal.records.length);
  });

  it('returns at once for a site the journal says is done', async () => {
    const server = await twelvePageSite();
    const journal = createMemoryJournal<Seen>();
    await runCrawl(site(`${server.origin}/`), testOptions({ pageBudget: 3 }), journal);
    const before = server.log.length;
    const { result, events } = await runCrawl(site(`${server.origin}/`), testOptions(), journal);
    expect(result).toMatchObject({ status: 'done', fetched: 3 });
    expect(server.log.length).toBe(before);
    expect(events).toEqual([]);
  });
});

describe('crawlSites', () => {
  it('crawls many sites with bounded concurrency; an unreachable or failing site does not stop the others', async () => {
    const a = await twelvePageSite();
    const b = await twelvePageSite();
    const journal = createMemoryJournal<Seen>();
    const broken = { ...journal, loadSite: async (code: string) => (code === 'X' ? Promise.reject(new Error('disk full')) : journal.loadSite(code)) };
    let running = 0;
    let peak = 0;
    const sites = [site(`${a.origin}/`, 'A'), site('http://127.0.0.1:1/', 'DEAD'), site('x', 'X'), site(`${b.origin}/`, 'B')];
    await expect(
      crawlSites(sites, testOptions({ siteConcurrency: 2, pageBudget: 5, retries: 0 }), {
        journal: broken,
        process: async () => null,
        onEvent: (event) => {
          if (event.type === 'site-start') peak = Math.max(peak, ++running);
          if (event.type === 'site-done') running -= 1;
        },
      }),
    ).rejects.toThrow(/1 site\(s\) failed: disk full/);
    expect(peak).toBeLessThanOrEqual(2);
    expect(journal.finished.get('A')?.status).toBe('done');
    expect(journal.finished.get('B')?.status).toBe('done');
    expect(journal.finished.get('DEAD')).toMatchObject({ status: 'unreachable', error: 'connection refused' });
  });
});
