/**
 * Serves a simulated web over real HTTP: one node:http server per site on
 * 127.0.0.1 (one origin each), lazy document rendering with a byte cache,
 * ETag/Last-Modified with 304s, redirects, flaky 500s, slow pages, lying
 * Content-Types, huge streamed bodies and traps. Every request is logged so
 * tests can check robots compliance and politeness.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import robotsParserModule from 'robots-parser';
import type { Site } from '../domain/index.ts';
import type { Resource, SimSite, SimWeb } from './sim-types.ts';
import { decodePath, encodePath } from './generate-site.ts';
import { renderPage } from './render-page.ts';
import { trapPage } from './traps.ts';
import { MIME, renderDocumentResource } from './document-bytes.ts';
import { hashSeed } from './prng.ts';

export interface RequestLogEntry {
  siteCode: string;
  origin: string;
  method: string;
  /** Raw request target: path plus query, as sent. */
  path: string;
  userAgent: string;
  /** performance.now() in ms when the request arrived. */
  time: number;
  status: number;
  ifNoneMatch: string | null;
}

export interface StartOptions {
  host?: '127.0.0.1';
  /** 0 (default) = a random free port per site; otherwise site i listens on basePort + i. */
  basePort?: number;
  /** Added to every response. */
  latencyMs?: number;
  /** Keep rendered document bytes in memory (default true). */
  documentCache?: boolean;
}

export interface RunningSimWeb {
  sites: Site[];
  log: RequestLogEntry[];
  /** Requests by a Programkartan User-Agent to paths its site's robots.txt disallows. */
  robotsViolations(): RequestLogEntry[];
  /** Smallest gap in ms between two requests to the same origin (Infinity with fewer than two). */
  minGapMs(): number;
  close(): Promise<void>;
}

/** The few robots-parser methods used here, declared locally (its typings are loose). */
interface RobotsRules {
  isDisallowed(url: string, ua?: string): boolean | undefined;
}
const robotsParser = robotsParserModule as unknown as (url: string, txt: string) => RobotsRules;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function etagOf(body: Uint8Array | string): string {
  return `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * A port nobody listens on. Chosen below Linux's ephemeral range (32768+),
 * where other servers asking for port 0 never land, then checked free.
 */
async function closedPort(host: string, salt: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20000 + (hashSeed(salt, attempt, process.pid) % 12000);
    const probe = createServer();
    try {
      await listen(probe, host, port);
    } catch {
      continue;
    }
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }
  throw new Error('no free port for a closed-port site');
}

export async function startSimWeb(web: SimWeb, options: StartOptions = {}): Promise<RunningSimWeb> {
  const host = options.host ?? '127.0.0.1';
  const latency = options.latencyMs ?? 0;
  const useCache = options.documentCache ?? true;
  const log: RequestLogEntry[] = [];
  const documentCache = new Map<string, Promise<Uint8Array>>();
  const flakyCounts = new Map<string, number>();
  const servers: Server[] = [];
  const sites: Site[] = [];
  const origins = new Map<string, SimSite>();
  let sessionCounter = 0;

  const handle = async (site: SimSite, origin: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const entry: RequestLogEntry = {
      siteCode: site.code,
      origin,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      userAgent: String(req.headers['user-agent'] ?? ''),
      time: performance.now(),
      status: 0,
      ifNoneMatch: typeof req.headers['if-none-match'] === 'string' ? req.headers['if-none-match'] : null,
    };
    log.push(entry);
    const head = entry.method === 'HEAD';
    const send = (status: number, headers: Record<string, string | number>, body: Uint8Array | string | null): void => {
      entry.status = status;
      const bytes = body === null ? null : typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      res.writeHead(status, { ...headers, ...(bytes ? { 'Content-Length': bytes.byteLength } : {}) });
      res.end(head || !bytes ? undefined : bytes);
    };
    const notFound = (): void => send(404, { 'Content-Type': MIME.html }, `<!DOCTYPE html><html lang="sv"><head><title>Sidan hittades inte</title></head><body><h1>Sidan kunde inte hittas</h1><p><a href="/">Till startsidan</a></p></body></html>`);

    if (latency > 0) await sleep(latency);
    if (site.unreachable === 'start-500') return send(500, { 'Content-Type': MIME.html }, '<h1>Internal Server Error</h1>');
    if (site.unreachable === 'start-404') return notFound();

    const raw = entry.path;
    const q = raw.indexOf('?');
    let rawPath = q >= 0 ? raw.slice(0, q) : raw;
    const query = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : '');
    const sidMatch = /;jsessionid=([^/?;]*)/i.exec(rawPath);
    rawPath = rawPath.replace(/;jsessionid=[^/?;]*/gi, '');
    const path = decodePath(rawPath);
    const sessionId = site.sessionIds ? (sidMatch?.[1] ?? hashSeed(site.code, sessionCounter++).toString(16).toUpperCase()) : null;
    const ctx = { origin, sessionId };

    const conditional = (status: number, headers: Record<string, string>, body: Uint8Array | string, lastModified: string | null): void => {
      const etag = etagOf(body);
      const lm = lastModified ? new Date(`${lastModified}T08:00:00Z`) : null;
      const h = { ...headers, ETag: etag, ...(lm ? { 'Last-Modified': lm.toUTCString() } : {}) };
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      if (typeof inm === 'string') {
        if (inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*')) return send(304, { ETag: etag, ...(lm ? { 'Last-Modified': lm.toUTCString() } : {}) }, null);
      } else if (typeof ims === 'string' && lm && Date.parse(ims) >= lm.getTime()) {
        return send(304, { ETag: etag, 'Last-Modified': lm.toUTCString() }, null);
      }
      send(status, h, body);
    };

    if (path === '/robots.txt') {
      if (site.robotsTxt === null) return notFound();
      return conditional(200, { 'Content-Type': 'text/plain; charset=utf-8' }, site.robotsTxt.replaceAll('{origin}', origin), null);
    }

    let resource: Resource | undefined = site.resources.get(path);
    if (!resource) {
      const trap = trapPage(site, path, query, web.options.year);
      if (trap) return conditional(200, { 'Content-Type': MIME.html }, renderPage(site, trap, ctx), null);
      // Trailing-slash mismatch: real CMSs redirect to the canonical form.
      const alt = path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
      if (alt !== '' && site.resources.get(alt)?.kind === 'page') return send(301, { Location: encodePath(alt) }, null);
      return notFound();
    }
    if (resource.delayMs) await sleep(resource.delayMs);
    if (resource.flakyFailures) {
      const key = `${site.code} ${path}`;
      const seen = flakyCounts.get(key) ?? 0;
      flakyCounts.set(key, seen + 1);
      if (seen < resource.flakyFailures) return send(500, { 'Content-Type': MIME.html, 'Retry-After': '1' }, '<h1>Tillfälligt fel</h1><p>Försök igen om en stund.</p>');
    }
    switch (resource.kind) {
      case 'redirect':
        return send(resource.status, { Location: encodePath(resource.location), 'Content-Type': MIME.html }, `<p>Flyttad till <a href="${encodePath(resource.location)}">${encodePath(resource.location)}</a></p>`);
      case 'status':
        return send(resource.status, { 'Content-Type': MIME.html }, `<h1>${resource.status}</h1>`);
      case 'text':
        return conditional(200, { 'Content-Type': resource.contentType ?? resource.mime }, resource.body.replaceAll('{origin}', origin), resource.lastModified);
      case 'page':
        return conditional(200, { 'Content-Type': resource.contentType ?? MIME.html }, renderPage(site, resource.build(), ctx), resource.lastModified);
      case 'document': {
        const key = `${site.code} ${path}`;
        let bytes = useCache ? documentCache.get(key) : undefined;
        if (!bytes) {
          bytes = renderDocumentResource(resource);
          if (useCache) documentCache.set(key, bytes);
        }
        return conditional(200, { 'Content-Type': resource.contentType ?? MIME[resource.format] }, await bytes, resource.lastModified);
      }
      case 'huge':
        return streamHuge(resource, entry, head, res);
    }
  };

  for (const [index, site] of web.sites.entries()) {
    const requested = options.basePort ? options.basePort + index : 0;
    if (site.unreachable === 'closed-port') {
      const port = requested || (await closedPort(host, site.code));
      sites.push({ code: site.code, name: site.name, url: `http://${host}:${port}/` });
      continue;
    }
    let origin = '';
    const server = createServer((req, res) => {
      handle(site, origin, req, res).catch((error: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end(String(error));
        } else res.destroy();
      });
    });
    const port = await listen(server, host, requested);
    origin = `http://${host}:${port}`;
    origins.set(origin, site);
    servers.push(server);
    sites.push({ code: site.code, name: site.name, url: `${origin}/` });
  }

  const robotsFor = new Map<string, RobotsRules | null>();
  const robots = (origin: string): RobotsRules | null => {
    if (!robotsFor.has(origin)) {
      const txt = origins.get(origin)?.robotsTxt ?? null;
      robotsFor.set(origin, txt === null ? null : robotsParser(`${origin}/robots.txt`, txt.replaceAll('{origin}', origin)));
    }
    return robotsFor.get(origin) ?? null;
  };

  return {
    sites,
    log,
    robotsViolations: () =>
      log.filter((e) => {
        if (!/programkartan/i.test(e.userAgent)) return false;
        const r = robots(e.origin);
        return r !== null && r.isDisallowed(`${e.origin}${e.path}`, e.userAgent) === true;
      }),
    minGapMs: () => {
      const byOrigin = new Map<string, number[]>();
      for (const e of log) byOrigin.set(e.origin, [...(byOrigin.get(e.origin) ?? []), e.time]);
      let min = Infinity;
      for (const times of byOrigin.values()) {
        times.sort((x, y) => x - y);
        for (let i = 1; i < times.length; i++) min = Math.min(min, (times[i] ?? 0) - (times[i - 1] ?? 0));
      }
      return min;
    },
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
      documentCache.clear();
    },
  };
}

/** Streams a large body without holding it in memory; stops when the client goes away. */
function streamHuge(resource: Extract<Resource, { kind: 'huge' }>, entry: RequestLogEntry, head: boolean, res: ServerResponse): void {
  entry.status = 200;
  res.writeHead(200, { 'Content-Type': resource.contentType ?? resource.mime, 'Content-Length': resource.bytes, 'Last-Modified': new Date(`${resource.lastModified}T08:00:00Z`).toUTCString(), ETag: `"huge-${resource.bytes}"` });
  if (head) {
    res.end();
    return;
  }
  const chunk = Buffer.alloc(64 * 1024, 0x41);
  const first = Buffer.from(resource.head, 'latin1');
  let sent = 0;
  const pump = (): void => {
    while (sent < resource.bytes) {
      if (res.destroyed) return;
      const size = Math.min(chunk.length, resource.bytes - sent);
      const piece = sent === 0 ? Buffer.concat([first, chunk]).subarray(0, size) : chunk.subarray(0, size);
      sent += size;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  res.on('close', () => {
    sent = resource.bytes;
  });
  pump();
}
