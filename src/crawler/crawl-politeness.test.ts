/** robots.txt, Crawl-delay, per-origin politeness and sitemap seeds, against a real local server. */
import { afterEach, describe, expect, it } from 'vitest';
import { crawlSites } from './crawl-site.ts';
import { createMemoryJournal } from './memory-journal.ts';
import { runCrawl, site, testOptions, type Seen } from './crawl-test-kit.ts';
import { page, reply, startTestServer, type TestServer } from './test-server.ts';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function serve(routes: Parameters<typeof startTestServer>[0]): Promise<TestServer> {
  const server = await startTestServer(routes);
  servers.push(server);
  return server;
}

function minGap(server: TestServer): number {
  const times = server.log.map((entry) => entry.at).sort((a, b) => a - b);
  let gap = Number.POSITIVE_INFINITY;
  for (let i = 1; i < times.length; i += 1) gap = Math.min(gap, times[i]! - times[i - 1]!);
  return gap;
}

describe('robots.txt', () => {
  it('never requests disallowed paths, for links, sitemaps and redirects alike', async () => {
    const server: TestServer = await serve({
      '/robots.txt': reply('User-agent: *\nDisallow: /intern\n\nUser-agent: Programkartan\nDisallow: /hemligt\nDisallow: /intern\n', 'text/plain'),
      '/': page('Start', [
        ['/naringsliv', 'Näringsliv'],
        ['/hemligt/naringslivsprogram', 'Näringslivsprogram (hemligt)'],
        ['/intern/program.pdf', 'Programmet'],
        ['/flyttad', 'Flyttad sida'],
      ]),
      '/naringsliv': page('Näringsliv', [['/hemligt/strategi', 'Strategi']]),
      '/flyttad': (_req, res) => {
        res.writeHead(301, { location: '/hemligt/ny-plats' }).end();
      },
      '/sitemap.xml': (_req, res) => {
        const locs = ['/hemligt/tillvaxtprogram', '/naringsliv/tillvaxtprogram'].map((p) => `<url><loc>http://127.0.0.1:${server.port}${p}</loc></url>`);
        res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset>${locs.join('')}</urlset>`);
      },
    });
    const { result, journal } = await runCrawl(site(`${server.origin}/`), testOptions());
    expect(result.status).toBe('done');
    expect(server.paths().filter((path) => path.startsWith('/hemligt') || path.startsWith('/intern'))).toEqual([]);
    expect(server.paths()).toContain('/naringsliv');
    expect(server.paths()).toContain('/naringsliv/tillvaxtprogram');
    const moved = journal.records.find((record) => record.url.endsWith('/flyttad'));
    expect(moved?.error).toMatch(/^robots_disallowed/);
  });

  it('respects Crawl-delay for our agent between every request to the origin', async () => {
    const links: Array<[string, string]> = Array.from({ length: 5 }, (_, i) => [`/program-${i}`, `Program ${i}`]);
    const server = await serve({
      '/robots.txt': reply('User-agent: Programkartan\nCrawl-delay: 0.2\nAllow: /\n', 'text/plain'),
      '/': page('Start', links),
      '*': page('Program', []),
    });
    const { result } = await runCrawl(site(`${server.origin}/`), testOptions({ politenessMs: 10 }));
    expect(result.fetched).toBe(6);
    // Robots comes first; every later request keeps the 200 ms Crawl-delay.
    const times = server.log.map((entry) => entry.at);
    for (let i = 2; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(199);
  });

  it('treats a 5xx robots.txt as disallow all (RFC 9309) and reports the site unreachable', async () => {
    const server = await serve({ '/robots.txt': reply('oops', 'text/plain', 503), '/': page('Start', []) });
    const { result } = await runCrawl(site(`${server.origin}/`), testOptions({ retries: 1 }));
    expect(result.status).toBe('unreachable');
    expect(result.error).toMatch(/robots\.txt returned 503/);
    expect(server.paths()).toEqual(['/robots.txt', '/robots.txt']);
  });

  it('treats a 404 robots.txt as allow all', async () => {
    const server = await serve({ '/': page('Start', [['/naringsliv', 'Näringsliv']]), '/naringsliv': page('Näringsliv', []) });
    const { result } = await runCrawl(site(`${server.origin}/`), testOptions());
    expect(result).toMatchObject({ status: 'done', fetched: 2 });
  });
});

describe('politeness', () => {
  it('keeps the delay between all requests to one origin, even when two sites share it', async () => {
    const links: Array<[string, string]> = Array.from({ length: 6 }, (_, i) => [`/sida-${i}`, `Sida ${i}`]);
    const server = await serve({ '/': page('Start', links), '/b/': page('Start B', links), '*': page('Sida', []) });
    const journal = createMemoryJournal<Seen>();
    await crawlSites(
      [site(`${server.origin}/`, '0001'), site(`${server.origin}/b/`, '0002')],
      testOptions({ politenessMs: 150, siteConcurrency: 2 }),
      { journal, process: async () => null },
    );
    expect(server.log.length).toBeGreaterThan(10);
    // performance.now() on both sides of one process: allow 1 ms of timer rounding.
    expect(minGap(server)).toBeGreaterThanOrEqual(149);
    expect(journal.finished.get('0001')?.status).toBe('done');
    expect(journal.finished.get('0002')?.status).toBe('done');
  });
});

describe('sitemaps', () => {
  it('seeds the frontier from robots Sitemap lines (redirected) and sitemap indexes, best URLs first', async () => {
    const server = await serve({
      '/robots.txt': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\nAllow: /\nSitemap: http://127.0.0.1:${server.port}/old-sitemap.xml\n`);
      },
      '/old-sitemap.xml': (_req, res) => {
        res.writeHead(301, { location: '/sitemap-index.xml' }).end();
      },
      '/sitemap-index.xml': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/xml' }).end(`<sitemapindex><sitemap><loc>http://127.0.0.1:${server.port}/sitemap-pages.xml</loc></sitemap></sitemapindex>`);
      },
      '/sitemap-pages.xml': (_req, res) => {
        const locs = ['/naringsliv/naringslivsprogram', '/kultur/bibliotek', '/naringsliv/styrdokument'].map((p) => `<url><loc>http://127.0.0.1:${server.port}${p}</loc></url>`);
        res.writeHead(200, { 'content-type': 'application/xml' }).end(`<urlset>${locs.join('')}</urlset>`);
      },
      '/': page('Start', []),
      '*': page('Sida', []),
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions());
    const fetched = journal.records.map((record) => new URL(record.url).pathname);
    expect(fetched[0]).toBe('/');
    expect(fetched.slice(1, 3).sort()).toEqual(['/naringsliv/naringslivsprogram', '/naringsliv/styrdokument']);
    // Not a program word in sight: not worth a seed.
    expect(fetched).not.toContain('/kultur/bibliotek');
  });
});
