/**
 * The web app: pages and JSON API on one database, as a Hono app that tests
 * drive in-process with `app.request(...)` and `serve` mounts on Node.
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database, StoreConnection } from '../store/index.ts';
import type { AppEnv, AppServices } from './app-env.ts';
import { loadSession } from './auth.ts';
import { createDataService, type DataService } from './data-service.ts';
import { errorResponse } from './error-handler.ts';
import { HttpError } from './http-error.ts';
import { anonymousPageCache } from './page-cache.ts';
import { apiV1 } from './routes/api-v1.ts';
import { authPages } from './routes/auth-pages.ts';
import { exportRoutes } from './routes/exports.ts';
import { publicPages } from './routes/public-pages.ts';
import { reviewPages } from './routes/review-pages.ts';
import { serveStaticFile } from './static-files.ts';

export interface AppOptions {
  db: Kysely<Database>;
  dialect: StoreConnection['dialect'];
  /** Secure cookies: true, false, or 'auto' (when the request came over https). Default 'auto'. */
  secureCookies?: boolean | 'auto';
  /** Failed logins allowed per IP and per username within the window (default 5 per 15 minutes). */
  loginLimit?: { max: number; windowMs: number };
  sessionTtlMs?: number;
  /** Trust X-Forwarded-For/-Proto (behind a reverse proxy). Default false. */
  trustProxy?: boolean;
  allowPrivateHosts?: boolean;
}

const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Builds the app; `app.data` exposes the cached read models (to warm or invalidate them). */
export function createApp(options: AppOptions): Hono<AppEnv> & { data: DataService } {
  const data = createDataService(options.db, options.dialect);
  const services: AppServices = {
    data,
    secureCookies: options.secureCookies ?? 'auto',
    loginLimit: options.loginLimit ?? { max: 5, windowMs: 15 * 60_000 },
    sessionTtlMs: options.sessionTtlMs ?? 8 * 3600_000,
    trustProxy: options.trustProxy ?? false,
    allowPrivateHosts: options.allowPrivateHosts ?? false,
  };
  const app = new Hono<AppEnv>();

  // Static files first: no session lookup, no security headers needed beyond nosniff.
  app.get('/assets/*', (c) => serveStaticFile(c, 'assets') ?? c.text('Not found', 404));
  app.get('/static/*', (c) => serveStaticFile(c, 'static') ?? c.text('Not found', 404));
  app.get('/favicon.ico', (c) => c.redirect('/assets/images/favicon.ico', 301));

  app.use('*', async (c, next) => {
    c.set('services', services);
    c.set('session', null);
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    c.header('X-Frame-Options', 'DENY');
    await next();
  });
  app.use('*', anonymousPageCache());
  app.use('*', loadSession);

  app.route('/api/v1', apiV1());
  app.route('/export', exportRoutes());
  app.route('/', authPages());
  app.route('/', reviewPages());
  app.route('/', publicPages());

  app.notFound((c) => errorResponse(c, new HttpError(404, c.req.path.startsWith('/api/') ? 'not found' : 'Sidan finns inte.')));
  app.onError((error, c) => errorResponse(c, error));
  return Object.assign(app, { data });
}
