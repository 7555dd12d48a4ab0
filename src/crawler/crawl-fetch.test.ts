/** Fetch behaviour against real local servers: redirects, retries, timeouts, size cap, private addresses, conditional requests. */
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../simweb/render-documents.ts';
import { crawlSite } from './crawl-site.ts';
import { retryAfterMs } from './fetcher.ts';
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

const count = (server: TestServer, path: string) => server.paths().filter((p) => p === path).length;

describe('redirects', () => {
  it('follows a 301 to another path on the site and records the final URL', async () => {
    const server = await serve({
      '/': page('Start', [['/gammal-naringsliv', 'Näringsliv']]),
      '/gammal-naringsliv': (_req, res) => {
        res.writeHead(301, { location: '/naringsliv/' }).end();
      },
      '/naringsliv/': page('Näringsliv', [['/naringsliv/program', 'Näringslivsprogram']]),
      '/naringsliv/program': page('Program', []),
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions());
    const moved = journal.records.find((record) => record.url.endsWith('/gammal-naringsliv'));
    expect(moved).toMatchObject({ status: 200, finalUrl: `${server.origin}/naringsliv/`, error: null });
    // Links on the target page resolve against the final URL.
    expect(server.paths()).toContain('/naringsliv/program');
    expect(journal.processed.find((seen) => seen.url.endsWith('/gammal-naringsliv'))?.kind).toBe('html');
  });

  it('refuses an off-site redirect (127.0.0.1 → localhost is another host) and records offsite_redirect', async () => {
    const server = await serve({
      '/': page('Start', [['/ut', 'Näringslivsprogram']]),
      '/ut': (_req, res) => {
        res.writeHead(302, { location: `http://localhost:${server.port}/landning` }).end();
      },
      '/landning': page('Landning', []),
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions());
    const record = journal.records.find((entry) => entry.url.endsWith('/ut'));
    expect(record?.status).toBe(302);
    expect(record?.error).toMatch(/^offsite_redirect: .*localhost/);
    expect(server.paths()).not.toContain('/landning');
  });

  it('follows the start page to a new host and crawls that host as the site', async () => {
    const server = await serve({
      '/': (req, res) => {
        if (req.headers.host?.startsWith('localhost')) page('Ny webbplats', [['/naringsliv', 'Näringsliv']])(req, res);
        else res.writeHead(301, { location: `http://localhost:${server.port}/` }).end();
      },
      '/naringsliv': page('Näringsliv', []),
    });
    const { journal, result } = await runCrawl(site(`${server.origin}/`), testOptions());
    expect(result.status).toBe('done');
    expect(journal.records.map((record) => record.finalUrl)).toEqual([`http://localhost:${server.port}/`, `http://localhost:${server.port}/naringsliv`]);
  });

  it('stops after five redirects', async () => {
    const server = await serve({
      '/': page('Start', [['/loop/0', 'Program']]),
      '*': (req, res) => {
        if (!req.url?.startsWith('/loop/')) return void res.writeHead(404).end();
        const n = Number(req.url.split('/').pop());
        res.writeHead(302, { location: `/loop/${n + 1}` }).end();
      },
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions({ pageBudget: 2 }));
    expect(journal.records.find((entry) => entry.url.endsWith('/loop/0'))?.error).toMatch(/^too_many_redirects/);
    expect(server.paths().filter((p) => p.startsWith('/loop/'))).toHaveLength(6);
  });
});

describe('errors and retries', () => {
  it('retries a 5xx with backoff, then records it', async () => {
    const server = await serve({ '/': page('Start', [['/trasig', 'Näringsliv']]), '/trasig': reply('fel', 'text/plain', 503) });
    const { journal, result } = await runCrawl(site(`${server.origin}/`), testOptions({ retries: 2 }));
    expect(count(server, '/trasig')).toBe(3);
    expect(journal.records.find((entry) => entry.url.endsWith('/trasig'))).toMatchObject({ status: 503, error: 'http_status: 503' });
    expect(result.status).toBe('done');
  });

  it('recovers when a retry succeeds', async () => {
    let calls = 0;
    const server = await serve({
      '/': page('Start', [['/ibland', 'Näringsliv']]),
      '/ibland': (_req, res) => {
        calls += 1;
        if (calls === 1) res.writeHead(500).end();
        else page('Ibland', [])(_req, res);
      },
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions());
    expect(journal.records.find((entry) => entry.url.endsWith('/ibland'))).toMatchObject({ status: 200, error: null });
    expect(calls).toBe(2);
  });

  it('retries a 429 after the Retry-After the server asks for', async () => {
    const at: number[] = [];
    const server = await serve({
      '/': page('Start', [['/upptagen', 'Näringsliv']]),
      '/upptagen': (_req, res) => {
        at.push(Date.now());
        if (at.length === 1) res.writeHead(429, { 'retry-after': '1' }).end();
        else page('Upptagen', [])(_req, res);
      },
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions());
    expect(journal.records.find((entry) => entry.url.endsWith('/upptagen'))).toMatchObject({ status: 200, error: null });
    expect(at).toHaveLength(2);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once on a Retry-After longer than it is willing to wait', async () => {
    const server = await serve({
      '/': page('Start', [['/stangt', 'Näringsliv']]),
      '/stangt': (_req, res) => {
        res.writeHead(429, { 'retry-after': '3600' }).end();
      },
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions({ retries: 3 }));
    expect(count(server, '/stangt')).toBe(1);
    expect(journal.records.find((entry) => entry.url.endsWith('/stangt'))).toMatchObject({ status: 429, error: 'http_status: 429' });
  });

  it('does not retry a 404', async () => {
    const server = await serve({ '/': page('Start', [['/borta', 'Näringslivsprogram']]) });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions({ retries: 3 }));
    expect(count(server, '/borta')).toBe(1);
    expect(journal.records.find((entry) => entry.url.endsWith('/borta'))).toMatchObject({ status: 404, error: 'http_status: 404' });
  });

  it('records a timeout after retrying a slow server', async () => {
    const server = await serve({
      '/': page('Start', [['/seg', 'Näringsliv']]),
      '/seg': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body>');
        // Never finishes: the body must be cut off by the per-request timeout.
        setTimeout(() => res.end('</body></html>'), 5_000).unref();
      },
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions({ timeoutMs: 300, retries: 1 }));
    expect(count(server, '/seg')).toBe(2);
    const record = journal.records.find((entry) => entry.url.endsWith('/seg'));
    expect(record?.status).toBeNull();
    expect(record?.error).toMatch(/^timeout/);
  });

  it('aborts an oversized response, by Content-Length and while streaming', async () => {
    const big = new Uint8Array(300_000).fill(65);
    const server = await serve({
      '/': page('Start', [['/stor.pdf', 'Näringslivsprogram'], ['/strom.pdf', 'Tillväxtprogram']]),
      '/stor.pdf': reply(big, 'application/pdf'),
      '/strom.pdf': (_req, res) => {
        // Chunked, no Content-Length: the cap must apply while reading.
        res.writeHead(200, { 'content-type': 'application/pdf' });
        for (let i = 0; i < 30; i += 1) res.write(big.subarray(0, 10_000));
        res.end();
      },
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions({ maxBytes: 100_000 }));
    for (const path of ['/stor.pdf', '/strom.pdf']) {
      const record = journal.records.find((entry) => entry.url.endsWith(path));
      expect(record?.error).toMatch(/^too_large/);
      expect(count(server, path)).toBe(1);
    }
  });

  it('drops media responses at the headers, whatever the URL says', async () => {
    const server = await serve({
      '/': page('Start', [['/naringsliv/film', 'Näringslivsprogrammet presenteras']]),
      '/naringsliv/film': reply(new Uint8Array(2_000_000), 'video/mp4'),
    });
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions());
    expect(journal.records.find((entry) => entry.url.endsWith('/film'))).toMatchObject({ status: null, bytes: 0, error: 'unwanted_type: video/mp4' });
    expect(count(server, '/naringsliv/film')).toBe(1);
  });
});

describe('private addresses', () => {
  it('refuses 127.0.0.1 without allowPrivateHosts: no request reaches the server, site unreachable', async () => {
    const server = await serve({ '/': page('Start', []) });
    const { result } = await runCrawl(site(`${server.origin}/`), testOptions({ allowPrivateHosts: false }));
    expect(result.status).toBe('unreachable');
    expect(result.error).toMatch(/address 127\.0\.0\.1 is private; use --allow-private-hosts/);
    expect(server.log).toHaveLength(0);
  });

  it('refuses a host name that resolves to loopback (checked at connect time)', async () => {
    const server = await serve({ '/': page('Start', []) });
    const { result } = await runCrawl(site(`http://localhost:${server.port}/`), testOptions({ allowPrivateHosts: false }));
    expect(result.status).toBe('unreachable');
    expect(result.error).toMatch(/is private; use --allow-private-hosts/);
    expect(server.log).toHaveLength(0);
  });

  it('refuses an IPv6 loopback literal', async () => {
    const { result } = await runCrawl(site('http://[::1]:9/'), testOptions({ allowPrivateHosts: false }));
    expect(result).toMatchObject({ status: 'unreachable', error: 'address ::1 is private; use --allow-private-hosts' });
  });

  it('reports a refused connection as unreachable', async () => {
    const server = await serve({});
    const port = server.port;
    await server.close();
    servers = [];
    const { result } = await runCrawl(site(`http://127.0.0.1:${port}/`), testOptions({ retries: 0 }));
    expect(result).toMatchObject({ status: 'unreachable', fetched: 0 });
    expect(result.error).toMatch(/connection refused/);
  });

  it('reports a start page 404 as unreachable', async () => {
    const server = await serve({});
    const { result } = await runCrawl(site(`${server.origin}/`), testOptions());
    expect(result).toMatchObject({ status: 'unreachable', error: 'start page returned 404' });
  });
});

describe('processing', () => {
  it('records a failing process hook on the fetch and goes on crawling', async () => {
    const server = await serve({ '/': page('Start', [['/program', 'Program']]), '/program': page('Program', []) });
    const journal = createMemoryJournal<Seen>();
    const result = await crawlSite(site(`${server.origin}/`), testOptions(), {
      journal,
      process: async ({ record }) => {
        if (record.url.endsWith('/')) throw new Error('extractor crashed');
        return { url: record.url, finalUrl: record.finalUrl, status: record.status, kind: null, unchanged: false, error: null };
      },
    });
    expect(result).toMatchObject({ status: 'done', fetched: 2 });
    expect(journal.records[0]).toMatchObject({ status: 200, error: 'process_failed: extractor crashed' });
    expect(journal.processed.map((seen) => seen.url)).toEqual([`${server.origin}/program`]);
  });
});

describe('conditional requests', () => {
  it('sends If-None-Match on the second crawl and records 304 as unchanged', async () => {
    const pdf = await renderPdf({ title: 'Näringslivsprogram', pages: [['Kommunens näringslivsprogram 2016–2020.']] });
    const server = await serve({
      '/': page('Start', [['/naringslivsprogram.pdf', 'Näringslivsprogram']]),
      '/naringslivsprogram.pdf': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
        else reply(pdf, 'application/octet-stream', 200, { etag: '"v1"', 'last-modified': 'Tue, 01 Mar 2016 10:00:00 GMT' })(req, res);
      },
    });
    const journal = createMemoryJournal<Seen>();
    await runCrawl(site(`${server.origin}/`, 'A'), testOptions(), journal);
    expect(journal.processed.find((seen) => seen.url.endsWith('.pdf'))).toMatchObject({ status: 200, kind: 'pdf', unchanged: false });
    // A new run: another site code stands in for a fresh run on the same fetch history.
    await runCrawl(site(`${server.origin}/`, 'B'), testOptions(), journal);
    const pdfRequests = server.log.filter((entry) => entry.path === '/naringslivsprogram.pdf');
    expect(pdfRequests).toHaveLength(2);
    expect(pdfRequests[1]?.headers['if-none-match']).toBe('"v1"');
    expect(pdfRequests[1]?.headers['if-modified-since']).toBe('Tue, 01 Mar 2016 10:00:00 GMT');
    const second = journal.records.filter((record) => record.url.endsWith('.pdf'))[1];
    expect(second).toMatchObject({ status: 304, unchanged: true, bytes: 0 });
    expect(second?.sha256).toBe(journal.records.filter((record) => record.url.endsWith('.pdf'))[0]?.sha256);
    expect(journal.processed.filter((seen) => seen.url.endsWith('.pdf'))[1]).toMatchObject({ kind: 'pdf', unchanged: true });
  });

  it('marks a 200 with the same body hash as unchanged', async () => {
    const server = await serve({ '/': page('Start', [['/program', 'Program']]), '/program': page('Program', []) });
    const journal = createMemoryJournal<Seen>();
    await runCrawl(site(`${server.origin}/`, 'A'), testOptions(), journal);
    await runCrawl(site(`${server.origin}/`, 'B'), testOptions(), journal);
    const program = journal.records.filter((record) => record.url.endsWith('/program'));
    expect(program.map((record) => record.unchanged)).toEqual([false, true]);
    // HTML is fetched without validators so its links stay available.
    expect(server.log.filter((entry) => entry.path === '/program')[1]?.headers['if-none-match']).toBeUndefined();
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sat, 28 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Sat, 28 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('snart', now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
  });
});
