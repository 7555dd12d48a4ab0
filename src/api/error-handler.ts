/**
 * The one place errors become responses: HttpError keeps its status, an
 * InputError is a 400, anything else a 500 without internals. The API gets
 * JSON `{ "error": { "status", "message" } }`, pages get an HTML page.
 */
import type { Context } from 'hono';
import { InputError } from '../domain/index.ts';
import { renderError, renderPage } from '../web/index.ts';
import type { AppEnv } from './app-env.ts';
import { HttpError } from './http-error.ts';
import { viewerOf } from './page-helpers.ts';

export function errorResponse(c: Context<AppEnv>, error: unknown): Response {
  let status: HttpError['status'] = 500;
  let message = 'Ett internt fel inträffade (internal error).';
  let headers: Record<string, string> = {};
  if (error instanceof HttpError) {
    status = error.status;
    message = error.message;
    headers = error.headers;
  } else if (error instanceof InputError) {
    status = 400;
    message = error.message;
  } else {
    process.stderr.write(`programkartan serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  for (const [k, v] of Object.entries(headers)) c.header(k, v);
  if (c.req.path.startsWith('/api/')) return c.json({ error: { status, message } }, status);
  const viewer = c.var.session === undefined ? null : viewerOf(c);
  return c.html(renderPage({ title: 'Fel', viewer, body: renderError(status, message) }), status);
}
