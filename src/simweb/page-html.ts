/** HTML of a simulated page without a server (offline corpora for the classifier). */
import type { SimWeb } from './sim-types.ts';
import { decodePath } from './generate-site.ts';
import { renderPage } from './render-page.ts';

export function pageHtml(web: SimWeb, siteCode: string, path: string, origin = 'http://127.0.0.1'): string | null {
  const site = web.sites.find((s) => s.code === siteCode);
  const resource = site?.resources.get(decodePath(path));
  if (!site || !resource || resource.kind !== 'page') return null;
  return renderPage(site, resource.build(), { origin, sessionId: null });
}
