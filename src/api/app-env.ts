/** The Hono environment every route shares: the viewer's session and the app's services. */
import type { SessionWithUser } from '../store/index.ts';
import type { DataService } from './data-service.ts';

export interface AppServices {
  data: DataService;
  secureCookies: boolean | 'auto';
  loginLimit: { max: number; windowMs: number };
  sessionTtlMs: number;
  trustProxy: boolean;
  /** Let reviewers add documents from loopback/private URLs (tests, local fixtures). */
  allowPrivateHosts: boolean;
}

export interface AppEnv {
  Variables: {
    session: SessionWithUser | null;
    services: AppServices;
  };
}
