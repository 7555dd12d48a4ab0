/**
 * Whole-page cache for anonymous visitors. Public pages depend only on the
 * URL and the data version, so their bytes are kept until the data changes;
 * signed-in users (whose pages carry their name and CSRF token) bypass it.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from './app-env.ts';
import { SESSION_COOKIE } from './auth.ts';

const CACHEABLE = /^\/(?:$|program\/\d+$|kommun\/\d{4}$|exempel$|jamfor$|ar$|om$)/;
const LIMIT = 400;

export function anonymousPageCache(): MiddlewareHandler<AppEnv> {
  let version = '';
  let pages = new Map<string, { body: Uint8Array<ArrayBuffer>; type: string }>();
  return async (c, next) => {
    if (c.req.method !== 'GET' || getCookie(c, SESSION_COOKIE) || !CACHEABLE.test(c.req.path)) return next();
    const current = await c.var.services.data.version();
    if (current !== version) {
      version = current;
      pages = new Map();
    }
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const hit = pages.get(key);
    if (hit) return c.body(hit.body, 200, { 'Content-Type': hit.type, 'Cache-Control': 'private, no-store' });
    await next();
    const res = c.res;
    if (res.status !== 200 || res.headers.has('set-cookie')) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    if (pages.size >= LIMIT) pages.delete(pages.keys().next().value!);
    // Only store if the data did not change while rendering.
    if (version === current) pages.set(key, { body, type: res.headers.get('content-type') ?? 'text/html; charset=utf-8' });
  };
}
