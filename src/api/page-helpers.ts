/** Small helpers shared by page routes: the viewer, rendering a page, parsing ids and years. */
import type { Context } from 'hono';
import { renderPage, type Html, type PageOptions, type Viewer } from '../web/index.ts';
import type { AppEnv } from './app-env.ts';
import { HttpError } from './http-error.ts';

export function viewerOf(c: Context<AppEnv>): Viewer | null {
  const s = c.var.session;
  return s ? { username: s.user.username, role: s.user.role, csrfToken: s.csrfToken } : null;
}

export function page(c: Context<AppEnv>, options: Omit<PageOptions, 'viewer' | 'body'> & { body: Html }, status: 200 | 400 | 401 | 403 | 404 | 422 | 429 = 200): Response {
  // Pages can show per-user content (login state, CSRF tokens): never cache them in shared caches.
  c.header('Cache-Control', 'private, no-store');
  return c.html(renderPage({ ...options, viewer: viewerOf(c) }), status);
}

export function parseId(raw: string | undefined): number {
  const n = Number(raw);
  if (!raw || !/^\d{1,9}$/.test(raw) || !Number.isSafeInteger(n)) throw new HttpError(404, 'Sidan finns inte.');
  return n;
}

export function parseYearParam(raw: string | undefined | null): number | null {
  if (!raw) return null;
  if (!/^\d{4}$/.test(raw)) throw new HttpError(400, 'Året ska skrivas med fyra siffror, t.ex. 2017.');
  return Number(raw);
}
