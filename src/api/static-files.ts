/**
 * Static files: GOV.UK Frontend's compiled CSS, JS, fonts and images under
 * /assets and our own under /static. Read once into memory (a handful of
 * small files) and served with an ETag and a day's cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Context } from 'hono';
import { STATIC_DIR } from '../web/index.ts';

const GOVUK_DIR = new URL('../../node_modules/govuk-frontend/dist/govuk/', import.meta.url);

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  json: 'application/json',
};

interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
}

const cache = new Map<string, StaticFile | null>();

function resolve(prefix: 'assets' | 'static', rest: string): URL[] {
  if (prefix === 'static') return [new URL(rest, STATIC_DIR)];
  // The CSS refers to /assets/fonts and /assets/images; the bundles sit one level up.
  return [new URL(`assets/${rest}`, GOVUK_DIR), new URL(rest, GOVUK_DIR)];
}

function load(prefix: 'assets' | 'static', rest: string): StaticFile | null {
  const key = `${prefix}/${rest}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  let found: StaticFile | null = null;
  const ext = rest.split('.').pop() ?? '';
  const type = TYPES[ext];
  // GOV.UK's Transport typeface is licensed for GOV.UK services only: we never serve it (browsers fall back to Arial).
  const restrictedFont = prefix === 'assets' && rest.startsWith('fonts/');
  // Only known file types, only plain relative names: nothing outside the two folders.
  if (type && !restrictedFont && /^[a-z0-9][a-z0-9._/-]*$/i.test(rest) && !rest.includes('..')) {
    for (const url of resolve(prefix, rest)) {
      try {
        const body = new Uint8Array(readFileSync(url));
        found = { body, type, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
        break;
      } catch {
        // try the next location
      }
    }
  }
  cache.set(key, found);
  return found;
}

export function serveStaticFile(c: Context, prefix: 'assets' | 'static'): Response | null {
  const rest = c.req.path.slice(prefix.length + 2);
  const file = load(prefix, rest);
  if (!file) return null;
  const headers = { 'Content-Type': file.type, ETag: file.etag, 'Cache-Control': 'public, max-age=86400' };
  if (c.req.header('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
  return new Response(file.body, { status: 200, headers });
}
