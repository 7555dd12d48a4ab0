/** Focus and trap resistance on a generated municipal site: the program must be found within a small budget. */
import { afterEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../simweb/render-documents.ts';
import { runCrawl, site, testOptions } from './crawl-test-kit.ts';
import { page, reply, type Route, startTestServer, type TestServer } from './test-server.ts';

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

const menu: Array<[string, string]> = [
  ['/nyheter', 'Nyheter'],
  ['/evenemang', 'Evenemang'],
  ['/utbildning', 'Förskola och skola'],
  ['/omsorg', 'Omsorg och stöd'],
  ['/kommun-och-politik', 'Kommun och politik'],
  ['/logga-in', 'Logga in'],
];

describe('focused crawl', () => {
  it('finds a program PDF buried among 200 news pages within a 30-page budget', async () => {
    const pdf = await renderPdf({ title: 'Näringslivsprogram 2016–2020', pages: [['Kommunens näringslivsprogram.']] });
    const routes = new Map<string, Route>();
    const news = Array.from({ length: 200 }, (_, i): [string, string] => [`/nyheter/nyhet-${i}`, `Nyhet nummer ${i}: vägarbete och badplatser`]);
    routes.set('/', page('Välkommen till Testkommun', [...menu, ...news.slice(0, 20)]));
    routes.set('/nyheter', page('Nyheter', news));
    for (const [href] of news) routes.set(href, page('Nyhet', [...menu, ...news.slice(0, 10)]));
    routes.set('/kommun-och-politik', page('Kommun och politik', [['/kommun-och-politik/budget', 'Budget'], ['/kommun-och-politik/styrdokument', 'Styrdokument']]));
    routes.set('/kommun-och-politik/budget', page('Budget', []));
    routes.set(
      '/kommun-och-politik/styrdokument',
      page('Styrdokument', [
        ['/kommun-och-politik/styrdokument/avfallsplan', 'Avfallsplan'],
        ['/kommun-och-politik/styrdokument/naringsliv-och-arbete', 'Näringsliv och arbete'],
      ]),
    );
    routes.set('/kommun-och-politik/styrdokument/avfallsplan', page('Avfallsplan', []));
    routes.set(
      '/kommun-och-politik/styrdokument/naringsliv-och-arbete',
      page('Näringsliv och arbete', [['/download/18.3f2a/1500000000000/Program%202016.pdf', 'Ladda ner (pdf, 1 MB)']], '<h2>Näringslivsprogram 2016–2020</h2>'),
    );
    routes.set('/download/18.3f2a/1500000000000/Program%202016.pdf', reply(pdf, 'application/octet-stream'));
    const server = await startTestServer(routes);
    servers.push(server);
    const { journal, result } = await runCrawl(site(`${server.origin}/`), testOptions({ pageBudget: 30, politenessMs: 1 }));
    expect(result.fetched).toBeLessThanOrEqual(30);
    const found = journal.processed.find((seen) => seen.kind === 'pdf');
    expect(found?.url).toBe(`${server.origin}/download/18.3f2a/1500000000000/Program%202016.pdf`);
    // Found early: start → (the news index, where programs are announced) → politik → styrdokument → näringsliv → PDF,
    // and no single news item on the way.
    const order = journal.records.map((record) => record.url);
    const pdfAt = order.indexOf(found?.url ?? '');
    expect(pdfAt).toBeLessThan(7);
    expect(order.slice(0, pdfAt).filter((url) => url.includes('/nyheter/'))).toEqual([]);
    expect(server.paths()).not.toContain('/logga-in');
  });

  it('is not trapped by calendars, session ids, endless query strings or deep paths', async () => {
    const routes = new Map<string, Route>();
    const server = await startTestServer(routes);
    servers.push(server);
    routes.set('/', page('Start', [['/kalender?month=2031-01', 'Kalender'], ['/sok?q=a', 'Sök'], ['/a/', 'A'], ['/arkiv;jsessionid=1', 'Arkiv'], ['/program', 'Program']]));
    routes.set('/kalender', (req, res) => {
      const month = new URL(req.url ?? '/', server.origin).searchParams.get('month') ?? '2031-01';
      const [y, m] = month.split('-').map(Number) as [number, number];
      const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
      page('Kalender', [[`/kalender?month=${next}`, 'Nästa månad'], [`/kalender/${y}/${m}/`, 'Månadsvy']])(req, res);
    });
    routes.set('/sok', (req, res) => {
      const q = new URL(req.url ?? '/', server.origin).searchParams.get('q') ?? '';
      page('Sök', [[`/sok?q=${q}a`, 'Fler träffar om program'], [`/sok?q=${q}b`, 'Program']])(req, res);
    });
    routes.set('/arkiv', (req, res) => {
      const sid = Math.random().toString(36).slice(2);
      page('Arkiv', [[`/arkiv;jsessionid=${sid}`, 'Arkiv'], [`/arkiv?sessionid=${sid}`, 'Arkiv'], [`/arkiv?PHPSESSID=${sid}&utm_source=x`, 'Arkiv']])(req, res);
    });
    routes.set('*', (req, res) => {
      // Relative links that nest forever: /a/a/..., /a/b/a/b/...
      if (req.url?.startsWith('/a/')) page('Djup', [['a/', 'Strategi'], ['b/', 'Strategi'], ['../b/a/', 'Strategi']])(req, res);
      else res.writeHead(404).end();
    });
    routes.set('/program', page('Program', []));
    const { journal, result } = await runCrawl(site(`${server.origin}/`), testOptions({ pageBudget: 200, politenessMs: 1 }));
    expect(result.status).toBe('done');
    const paths = journal.records.map((record) => new URL(record.url).pathname + new URL(record.url).search);
    expect(paths).toContain('/program');
    expect(paths.filter((p) => p.startsWith('/kalender')).length).toBeLessThanOrEqual(1);
    expect(paths.filter((p) => p.startsWith('/sok')).length).toBeLessThanOrEqual(5);
    expect(paths.filter((p) => p.startsWith('/arkiv'))).toEqual(['/arkiv']);
    expect(paths.filter((p) => p.startsWith('/a/')).every((p) => p.split('/').length <= 10)).toBe(true);
    // The whole site is crawled out well below the budget: the traps ended.
    expect(journal.records.length).toBeLessThan(60);
  });
});
