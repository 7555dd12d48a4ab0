/**
 * Login and logout. Login is rate limited per IP and per username (failed
 * attempts in a sliding window, kept in the database so restarts do not
 * reset it) and answers the same for unknown users and wrong passwords.
 */
import { Hono, type Context } from 'hono';
import { countFailedLogins, findUserByName, recordLoginAttempt } from '../../store/index.ts';
import { renderLogin } from '../../web/index.ts';
import type { AppEnv } from '../app-env.ts';
import { csrfProtect, endSession, preloginCsrf, startSession } from '../auth.ts';
import { HttpError } from '../http-error.ts';
import { page } from '../page-helpers.ts';
import { dummyHash, verifyPassword } from '../password.ts';

/** Only local paths, so the login form cannot redirect elsewhere. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/granskning';
}

export function clientIp(c: Context<AppEnv>): string {
  if (c.var.services.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

export function authPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/logga-in', (c) => {
    if (c.var.session) return c.redirect(safeNext(c.req.query('next')), 303);
    return page(c, { title: 'Logga in', section: 'logga-in', body: renderLogin({ csrf: preloginCsrf(c), username: '', next: safeNext(c.req.query('next')), error: null }) });
  });

  app.post('/logga-in', csrfProtect, async (c) => {
    const body = await c.req.parseBody();
    const username = typeof body['username'] === 'string' ? body['username'].trim().slice(0, 100) : '';
    const password = typeof body['password'] === 'string' ? body['password'].slice(0, 1000) : '';
    const next = safeNext(body['next']);
    const { db } = c.var.services.data;
    const ip = clientIp(c);
    const limit = c.var.services.loginLimit;
    const failed = await countFailedLogins(db, { ip, username }, new Date(Date.now() - limit.windowMs));
    if (failed.byIp >= limit.max || failed.byUsername >= limit.max) {
      throw new HttpError(429, `För många misslyckade inloggningar. Försök igen om ${Math.ceil(limit.windowMs / 60_000)} minuter.`, { headers: { 'Retry-After': String(Math.ceil(limit.windowMs / 1000)) } });
    }
    const user = username ? await findUserByName(db, username) : null;
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    await recordLoginAttempt(db, { ip, username, success: ok && user !== null });
    if (!ok || !user) {
      return page(c, { title: 'Logga in', section: 'logga-in', body: renderLogin({ csrf: preloginCsrf(c), username, next, error: 'Fel användarnamn eller lösenord.' }) }, 401);
    }
    await startSession(c, user.id);
    return c.redirect(next, 303);
  });

  app.post('/logga-ut', csrfProtect, async (c) => {
    await endSession(c);
    return c.redirect('/', 303);
  });
  return app;
}
