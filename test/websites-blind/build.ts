/**
 * Builds the blind test websites into test/websites-blind/sites/<slug>/:
 * wraps the hand-written pages (sites.ts) and the filler pages in each site's
 * CMS furniture, renders documents (docs.ts) to real PDF/DOCX with fixed
 * dates, and writes robots.txt / sitemap.xml where a site has them.
 *
 * File mapping (used by scripts/eval-websites.ts too): URL path is decoded;
 * "/x/" and extensionless "/x" map to "x/index.html"; a query string q is
 * stored as "<file>@q". "{{ORIGIN}}" in robots.txt and sitemap.xml is
 * replaced by the server with its own origin.
 *
 * Run: npx node test/websites-blind/build.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx, renderPdf } from '../../src/simweb/render-documents.ts';
import { calendarPage, fillerPages, GENERIC_NEWS, newsUrl, shellFor } from './filler.ts';
import { esc, layout, pageUrl } from './layout.ts';
import { buildSites } from './sites.ts';

export const ROOT = dirname(fileURLToPath(import.meta.url));
export const SITES_DIR = join(ROOT, 'sites');
const FIXED = new Date('2024-01-15T10:00:00Z');

export function urlToFile(path: string, query: string): string {
  let p = decodeURIComponent(path);
  const last = p.split('/').pop() ?? '';
  if (p.endsWith('/')) p += 'index.html';
  else if (!/\.[a-z0-9]{2,5}$/i.test(last)) p += '/index.html';
  return p.slice(1) + (query ? `@${query}` : '');
}

function write(dir: string, url: string, data: string | Uint8Array): void {
  const q = url.indexOf('?');
  const file = join(dir, urlToFile(q < 0 ? url : url.slice(0, q), q < 0 ? '' : url.slice(q + 1)));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

export async function build(): Promise<number> {
  rmSync(SITES_DIR, { recursive: true, force: true });
  let count = 0;
  for (const site of buildSites()) {
    const dir = join(SITES_DIR, site.slug);
    const shell = shellFor(site.name, site.cms);
    const news = [...GENERIC_NEWS, ...site.news];
    const pages = fillerPages(site.name, site.cms, news, 8);
    pages.set('/kalender/', calendarPage());
    for (const [p, page] of Object.entries(site.pages)) pages.set(p, page);
    const latest = [...news].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 4);
    const u = (parts: string[]) => pageUrl(site.cms, parts);
    pages.set('/', {
      title: 'Startsida',
      crumbs: [],
      body: `<h1 class="sr-only">${esc(site.name)} kommun</h1><section class="hero"><p>Välkommen till ${esc(site.name)} kommun</p></section>
<section class="quick"><h2>Hitta snabbt</h2><ul><li><a href="${u(['Barn och utbildning', 'Förskola'])}">Förskola</a></li><li><a href="${u(['Bo och bygga', 'Bygglov'])}">Bygglov</a></li><li><a href="${u(['Bo och bygga', 'Avfall och återvinning'])}">Sophämtning</a></li><li><a href="${u(['Kommun och politik', 'lediga-jobb'])}">Lediga jobb</a></li><li><a href="${u(['Näringsliv och arbete', 'Starta och driva företag'])}">Företagare</a></li>${site.homePuffs.map(([l, h]) => `<li><a href="${h}">${esc(l)}</a></li>`).join('')}</ul></section>
<section class="news"><h2>Nyheter</h2><ul>${latest.map((n) => `<li><a href="${newsUrl(site.cms, n)}">${esc(n.title)}</a> <time>${n.date}</time></li>`).join('')}</ul><a href="${u(['nyheter'])}">Alla nyheter</a></section>
<section class="events"><h2>Evenemang</h2><a href="/kalender/">Se alla evenemang</a></section>`,
    });
    for (const [p, page] of pages) {
      write(dir, p, layout(shell, page.title, page.crumbs, page.body));
      count++;
    }
    for (const [p, entry] of Object.entries(site.docs)) {
      const bytes = entry.kind === 'pdf' ? await renderPdf(entry.spec, { creationDate: FIXED }) : await renderDocx(entry.spec, { creationDate: FIXED });
      write(dir, p, bytes);
    }
    write(dir, '/assets/main.css', 'body{font-family:sans-serif}.sr-only{position:absolute;left:-9999px}\n');
    write(dir, '/assets/main.js', 'document.documentElement.classList.add("js");\n');
    write(dir, '/assets/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#036"/></svg>\n');
    if (site.robots) write(dir, '/robots.txt', site.robots.replace('Sitemap: /', 'Sitemap: {{ORIGIN}}/'));
    if (site.sitemap) {
      const urls = [...pages.keys()].filter((p) => !p.includes('?')).sort();
      write(dir, '/sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((p) => `<url><loc>{{ORIGIN}}${p}</loc><lastmod>2024-10-01</lastmod></url>`).join('\n')}\n</urlset>\n`);
    }
  }
  return count;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = await build();
  console.error(`built ${n} pages into ${SITES_DIR}`);
}
