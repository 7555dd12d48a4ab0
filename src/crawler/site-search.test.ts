/** The site's own search form: found on the start page, asked for the program words, obeying robots.txt. */
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../simweb/render-documents.ts';
import { findSiteSearch, siteSearchUrl } from './extract-links.ts';
import { runCrawl, site, testOptions } from './crawl-test-kit.ts';
import { page, reply, type Route, startTestServer, type TestServer } from './test-server.ts';

const BASE = 'https://www.exempel.se/start';
const form = (html: string) => findSiteSearch(`<html><body>${html}</body></html>`, BASE);

describe('findSiteSearch', () => {
  it('reads a Sitevision-style search form with its hidden fields', () => {
    const found = form('<form action="/4.5d1a2b3c.html" method="get" class="sv-searchform" role="search"><input type="hidden" name="submitButton" value="Sök"><label>Sök<input type="search" name="query"></label></form>');
    expect(found).toEqual({ action: 'https://www.exempel.se/4.5d1a2b3c.html', field: 'query', hidden: [['submitButton', 'Sök']] });
    expect(siteSearchUrl(found!, 'näringslivsprogram')).toBe('https://www.exempel.se/4.5d1a2b3c.html?submitButton=S%C3%B6k&query=n%C3%A4ringslivsprogram');
  });

  it('reads a WordPress search (?s=) without role or class, and a form without action (the page itself)', () => {
    expect(form('<form><input type="text" name="s"><button>Sök</button></form>')).toMatchObject({ action: BASE, field: 's' });
  });

  it('ignores POST forms, login and newsletter forms', () => {
    expect(form('<form method="post" role="search"><input type="search" name="q"></form>')).toBeNull();
    expect(form('<form action="/login"><input type="text" name="username"><input type="password" name="password"></form>')).toBeNull();
    expect(form('<form action="/nyhetsbrev"><input type="text" name="email"></form>')).toBeNull();
  });
});

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

describe('crawl with the site search', () => {
  async function deepSite(robots = ''): Promise<TestServer> {
    const pdf = await renderPdf({ title: 'Tillväxtprogram 2024–2028', pages: [['Kommunens tillväxtprogram.']] });
    const pdfPath = '/download/18.7f/1700000000000/Tillvaxtprogram.pdf';
    const filler = Array.from({ length: 60 }, (_, i): [string, string] => [`/omsorg/sida-${i}`, `Omsorg ${i}`]);
    const routes = new Map<string, Route>([
      ['/', page('Välkommen', filler.slice(0, 40), '<form action="/sok" role="search"><input type="search" name="q"><button>Sök</button></form>')],
      // The program sits under the organisation pages, behind anchors that say nothing about business.
      ['/kommunen/organisation/forvaltning/enhet-7', page('Enhet 7', [[pdfPath, 'Dokument (pdf)']])],
      [pdfPath, reply(pdf, 'application/pdf')],
      [
        '/sok',
        (request, response) => {
          const q = new URL(request.url ?? '/', 'http://x').searchParams.get('q') ?? '';
          const hits: Array<[string, string]> = q.startsWith('näringsliv') ? [[pdfPath, 'Tillväxtprogram 2024–2028 (pdf)'], ['/sok?q=n%C3%A4ringsliv&page=2', 'Nästa sida']] : [];
          page(`Sökresultat för ${q}`, hits)(request, response);
        },
      ],
    ]);
    for (const [href, text] of filler) routes.set(href, page(text, filler.slice(0, 40)));
    if (robots) routes.set('/robots.txt', reply(robots, 'text/plain'));
    const server = await startTestServer(routes);
    servers.push(server);
    return server;
  }

  it('finds a program that no link names through the site search, asking at most once per query word', async () => {
    const server = await deepSite();
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions({ pageBudget: 20 }));
    expect(journal.processed.some((seen) => seen.url.endsWith('/Tillvaxtprogram.pdf'))).toBe(true);
    const searches = server.log.filter((entry) => entry.path.split('?')[0] === '/sok');
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.length).toBeLessThanOrEqual(2);
  });

  it('does not search where robots.txt disallows the search page', async () => {
    const server = await deepSite('User-agent: *\nDisallow: /sok\n');
    const { journal } = await runCrawl(site(`${server.origin}/`), testOptions({ pageBudget: 20 }));
    expect(server.log.filter((entry) => entry.path.split('?')[0] === '/sok')).toEqual([]);
    expect(journal.processed.some((seen) => seen.url.endsWith('/Tillvaxtprogram.pdf'))).toBe(false);
  });

  it('does not search when told not to', async () => {
    const server = await deepSite();
    await runCrawl(site(`${server.origin}/`), testOptions({ pageBudget: 20, siteSearchQueries: [] }));
    expect(server.log.filter((entry) => entry.path.split('?')[0] === '/sok')).toEqual([]);
  });
});
