/**
 * A real HTTP server on 127.0.0.1 for the crawler's tests: routes by path,
 * logs every request with its arrival time and headers so tests can assert
 * what a polite crawler did (and did not) ask for. Test support only.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  path: string;
  at: number;
  headers: IncomingHttpHeaders;
}

export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  log: LoggedRequest[];
  /** Paths requested, in order. */
  paths(): string[];
  close(): Promise<void>;
}

/** Starts a server; unknown paths get 404. `routes` may be changed while it runs. */
export async function startTestServer(routes: Map<string, Route> | Record<string, Route>): Promise<TestServer> {
  const table = routes instanceof Map ? routes : new Map(Object.entries(routes));
  const log: LoggedRequest[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    log.push({ path, at: performance.now(), headers: request.headers });
    const route = table.get(path) ?? table.get(path.split('?')[0] ?? path) ?? table.get('*');
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Sidan finns inte</body></html>');
      return;
    }
    Promise.resolve(route(request, response)).catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    paths: () => log.map((entry) => entry.path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Route answering with a fixed body. */
export function reply(body: string | Uint8Array, contentType = 'text/html; charset=utf-8', status = 200, headers: Record<string, string> = {}): Route {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': contentType, ...headers }).end(body);
  };
}

/** Route answering with an HTML page made of links [href, anchor]. */
export function page(title: string, links: Array<[string, string]>, extra = ''): Route {
  const items = links.map(([href, anchor]) => `<li><a href="${href}">${anchor}</a></li>`).join('');
  return reply(`<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1>${extra}<ul>${items}</ul></body></html>`);
}
