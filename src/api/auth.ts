/**
 * Sessions, roles and CSRF. A session id is 32 random bytes in an HttpOnly,
 * SameSite=Lax cookie (Secure over https); the database keeps only its
 * SHA-256, so a leaked database does not leak live sessions. Every non-GET
 * request must carry the synchronizer token of its session (form field
 * `csrf` or header `X-CSRF-Token`) and, when the browser sends one, an
 * Origin equal to our own. Before login, a double-submit cookie plays the
 * session's role.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { createSession, deleteSession, findSession, type Role } from '../store/index.ts';
import type { AppEnv } from './app-env.ts';
import { HttpError } from './http-error.ts';

export const SESSION_COOKIE = 'pk_session';
export const PRELOGIN_CSRF_COOKIE = 'pk_csrf';

export function sessionKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

function isSecure(c: Context<AppEnv>): boolean {
  const setting = c.var.services.secureCookies;
  if (setting !== 'auto') return setting;
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.var.services.trustProxy && c.req.header('x-forwarded-proto') === 'https';
}

/** Loads the session named by the cookie (anonymous requests skip the database). */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  c.set('session', token ? await findSession(c.var.services.data.db, sessionKey(token)) : null);
  await next();
};

/** Starts a session for a user and sets the cookie. */
export async function startSession(c: Context<AppEnv>, userId: number): Promise<void> {
  const token = randomToken();
  const ttl = c.var.services.sessionTtlMs;
  await createSession(c.var.services.data.db, { id: sessionKey(token), userId, csrfToken: randomToken(), expiresAt: new Date(Date.now() + ttl) });
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: isSecure(c), path: '/', maxAge: Math.floor(ttl / 1000) });
  deleteCookie(c, PRELOGIN_CSRF_COOKIE, { path: '/' });
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const session = c.var.session;
  if (session) await deleteSession(c.var.services.data.db, session.id);
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isSecure(c), httpOnly: true, sameSite: 'Lax' });
}

/** The token the login form must echo before there is a session (double submit). */
export function preloginCsrf(c: Context<AppEnv>): string {
  const existing = getCookie(c, PRELOGIN_CSRF_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const token = randomToken();
  setCookie(c, PRELOGIN_CSRF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: isSecure(c), path: '/', maxAge: 3600 });
  return token;
}

function equalTokens(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function submittedToken(c: Context<AppEnv>): Promise<string | null> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
    const body = await c.req.parseBody();
    const value = body['csrf'];
    return typeof value === 'string' ? value : null;
  }
  return null;
}

/** Rejects cross-site requests: Origin (when sent) must be our own, and the token must match. */
export async function checkCsrf(c: Context<AppEnv>): Promise<void> {
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new HttpError(403, 'Ogiltig Origin (cross-site request refused)');
    }
    if (originHost !== host) throw new HttpError(403, 'Begäran kom från en annan webbplats (cross-site request refused)');
  } else if (origin === 'null' || c.req.header('sec-fetch-site') === 'cross-site') {
    throw new HttpError(403, 'Begäran kom från en annan webbplats (cross-site request refused)');
  }
  const expected = c.var.session?.csrfToken ?? getCookie(c, PRELOGIN_CSRF_COOKIE) ?? null;
  const token = await submittedToken(c);
  if (!expected || !token || !equalTokens(expected, token)) throw new HttpError(403, 'CSRF-token saknas eller är fel – ladda om sidan och försök igen (missing or invalid CSRF token)');
}

/** CSRF only, for the login and logout forms. */
export const csrfProtect: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') await checkCsrf(c);
  await next();
};

/**
 * Requires a signed-in user with one of `roles` (admin may do everything a
 * reviewer may). Anonymous: 401 for the API, a redirect to the login page for
 * pages; wrong role: 403. Then CSRF for writes.
 */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.var.session;
    if (!session) {
      if (c.req.path.startsWith('/api/')) throw new HttpError(401, 'Inloggning krävs (authentication required)', { headers: { 'WWW-Authenticate': 'Cookie realm="programkartan"' } });
      if (c.req.method === 'GET') return c.redirect(`/logga-in?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
      return c.redirect('/logga-in', 303);
    }
    if (!roles.includes(session.user.role) && session.user.role !== 'admin') throw new HttpError(403, 'Du har inte behörighet till detta (forbidden for your role)');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') await checkCsrf(c);
    await next();
  };
}
