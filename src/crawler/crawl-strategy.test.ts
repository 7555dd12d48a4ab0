/**
 * The focused strategy stops following weak links once the goal is found;
 * the breadth-first baseline ignores scores and visits shallow pages first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crawlSite, createMemoryJournal, DEFAULT_CRAWL_OPTIONS, OriginScheduler } from './index.ts';

function startServer(): Promise<{ server: Server; base: string; paths: string[] }> {
  const paths: string[] = [];
  const pages: Record<string, string> = {
    '/': '<a href="/naringsliv">Näringsliv</a><a href="/a">A</a><a href="/b">B</a><a href="/c">C</a>',
    '/naringsliv': '<a href="/naringsliv/naringslivsprogram.pdf">Näringslivsprogram 2016–2020</a><a href="/d">D</a>',
    '/a': '<a href="/a/1">A1</a>',
    '/b': '<a href="/b/1">B1</a>',
    '/c': '<p>C</p>',
    '/d': '<p>D</p>',
    '/a/1': '<p>A1</p>',
    '/b/1': '<p>B1</p>',
  };
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    paths.push(path);
    if (path === '/robots.txt' || path === '/sitemap.xml') return void res.writeHead(404).end();
    if (path.endsWith('.pdf')) return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n%%EOF');
    const html = pages[path];
    if (!html) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body>${html}</body></html>`);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths })));
}

describe('crawl strategies', () => {
  let server: Server | null = null;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const options = { ...DEFAULT_CRAWL_OPTIONS, politenessMs: 0, allowPrivateHosts: true, retries: 0 };

  it('focused: stops at weak links once the program is found', async () => {
    const s = await startServer();
    server = s.server;
    const journal = createMemoryJournal<string>();
    await crawlSite({ code: '0114', name: 'T', url: `${s.base}/` }, options, {
      journal,
      scheduler: new OriginScheduler(),
      process: async (r) => (r.kind === 'pdf' ? 'program' : null),
      isGoal: (p) => p === 'program',
    });
    const pages = s.paths.filter((p) => p !== '/robots.txt' && p !== '/sitemap.xml');
    expect(pages.slice(0, 3)).toEqual(['/', '/naringsliv', '/naringsliv/naringslivsprogram.pdf']);
    expect(pages).not.toContain('/a/1');
    expect(pages.length).toBeLessThan(8);
  });

  it('focused: a crawl killed right after finding the program resumes as narrowly as it left off', async () => {
    const s = await startServer();
    server = s.server;
    const journal = createMemoryJournal<string>();
    const controller = new AbortController();
    const hooks = {
      journal,
      scheduler: new OriginScheduler(),
      process: async (r: { kind: string | null }) => (r.kind === 'pdf' ? 'program' : null),
      isGoal: (p: string) => p === 'program',
    };
    await expect(
      crawlSite({ code: '0114', name: 'T', url: `${s.base}/` }, options, {
        ...hooks,
        signal: controller.signal,
        onEvent: (event) => {
          if (event.type === 'fetch' && event.record.url.endsWith('.pdf')) controller.abort(new Error('killed'));
        },
      }),
    ).rejects.toThrow('killed');
    const before = s.paths.length;
    await crawlSite({ code: '0114', name: 'T', url: `${s.base}/` }, options, hooks);
    const after = s.paths.slice(before).filter((p) => p !== '/robots.txt' && p !== '/sitemap.xml');
    expect(after).not.toContain('/a/1');
    expect(after.length).toBeLessThan(5);
  });

  it('focused without a goal hook spends the budget; breadth-first goes level by level', async () => {
    const s = await startServer();
    server = s.server;
    await crawlSite({ code: '0114', name: 'T', url: `${s.base}/` }, { ...options, strategy: 'breadth-first' }, {
      journal: createMemoryJournal<null>(),
      scheduler: new OriginScheduler(),
      process: async () => null,
    });
    const pages = s.paths.filter((p) => p !== '/robots.txt' && p !== '/sitemap.xml');
    expect(pages).toHaveLength(9);
    expect(pages.slice(0, 5)).toEqual(['/', '/naringsliv', '/a', '/b', '/c']);
  });
});
