/**
 * The web app in-process (`app.request`) on a real seeded SQLite store:
 * every page and API route, escaping, auth (401/403/CSRF/rate limit), review
 * decisions changing the overview, search, exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { createApp, hashPassword } from '../../src/api/index.ts';
import { loadReport } from '../../src/report/index.ts';
import { createSqlJournal, createUser, startOrResumeRun } from '../../src/store/index.ts';
import { renderPdf } from '../../src/simweb/render-documents.ts';
import { makeClassification, makeDocument, makeEntry, makeRecord } from '../helpers/factories.ts';
import { seedStore, type Seeded } from './seed.ts';

let seeded: Seeded;
let app: ReturnType<typeof createApp>;
const PASSWORD = 'korrekt-hast-batteri';

/** A browser-like client: keeps cookies, sends the same Origin as the app. */
function client() {
  const jar = new Map<string, string>();
  async function request(path: string, init: RequestInit & { form?: Record<string, string> | FormData } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (jar.size) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
    let body = init.body;
    if (init.form instanceof FormData) body = init.form;
    else if (init.form) {
      body = new URLSearchParams(init.form).toString();
      headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    const res = await app.request(`http://localhost${path}`, { ...init, headers, body });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      if (/max-age=0/i.test(c) || v === '') jar.delete(k!);
      else jar.set(k!, v!);
    }
    return res;
  }
  async function login(username: string, password = PASSWORD): Promise<Response> {
    const form = await (await request('/logga-in')).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
    return request('/logga-in', { method: 'POST', form: { csrf, username, password, next: '/granskning' } });
  }
  async function csrf(): Promise<string> {
    const html = await (await request('/granskning')).text();
    return /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  }
  return { request, login, csrf, jar };
}

beforeAll(async () => {
  seeded = await seedStore();
  const hash = await hashPassword(PASSWORD);
  await createUser(seeded.store.db, { username: 'granskare', passwordHash: hash, role: 'reviewer' });
  await createUser(seeded.store.db, { username: 'admin', passwordHash: hash, role: 'admin' });
  app = createApp({ db: seeded.store.db, dialect: 'sqlite', loginLimit: { max: 5, windowMs: 15 * 60_000 }, allowPrivateHosts: true });
});
afterAll(async () => seeded.cleanup());

describe('public pages', () => {
  it('overview: Swedish page with the live figures, 290 map shapes, charts and county table', async () => {
    const res = await app.request('/?ar=2017');
    expect(res.status).toBe(200);
    const html = await res.text();
    const report = await loadReport(seeded.store.db, 2017);
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain(`<span data-figure="withProgram">${report.withProgram}</span> av <span data-figure="municipalities">${report.municipalities}</span>`);
    expect(report.withProgram).toBe(2);
    expect(html.match(/<path data-kommunkod="\d{4}"/g)).toHaveLength(290);
    expect(html).toContain('data-kommunkod="0120" data-status="unreachable"');
    expect(html).toMatch(/<svg class="app-chart"[^>]*role="img"/);
    expect(html).toContain('Per län');
    expect(html).toContain('class="govuk-skip-link"');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('program page: judgements with marked quotes and page numbers, text escaped', async () => {
    const res = await app.request('/program/2');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('Tillväxtstrategi &lt;b&gt;Vallentuna&lt;/b&gt;');
    expect(html).toContain('<mark>Tillväxtstrategi för Vallentuna</mark>');
    expect(html).toContain('href="#sida-1">sidan 1</a>');
    const one = await (await app.request('/program/1')).text();
    expect(one).toContain('<mark>den regionala utvecklingsstrategin RUFS</mark>');
    expect(one).toContain('id="sida-3"');
    expect(one).not.toContain('action="/granskning/dokument/1"'); // anonymous: no review form
  });

  it('municipality page: history per year, documents with source links, neighbours and similar', async () => {
    const html = await (await app.request('/kommun/0115')).text();
    expect(html).toContain('<h1 class="govuk-heading-xl">Vallentuna</h1>');
    expect(html).toContain('href="/?ar=2017">2017</a>');
    expect(html).toContain('href="/?ar=2018">2018</a>');
    expect(html).toContain('href="http://127.0.0.1:9/b/tillvaxtstrategi.pdf"');
    expect(html).toContain('Grannkommuner');
    expect(html).toContain('href="/kommun/0114"'); // Upplands Väsby borders Vallentuna
    expect((await app.request('/kommun/9999')).status).toBe(404);
  });

  it('search understands inflection and compounds, filters by facets and highlights', async () => {
    const html = await (await app.request('/exempel?q=n%C3%A4ringslivsprogrammet')).text();
    expect(html).toContain('data-document-id="1"');
    expect(html).toContain('<mark>Näringslivsprogram</mark>');
    const api = await (await app.request('/api/v1/search?q=strategin')).json();
    expect(api.results.map((r: { documentId: number }) => r.documentId)).toContain(2);
    const compound = await (await app.request('/api/v1/search?q=program')).json();
    expect(compound.results.map((r: { documentId: number }) => r.documentId)).toEqual(expect.arrayContaining([1, 4]));
    const growth = await (await app.request('/api/v1/search?q=program&typ=growth')).json();
    expect(growth.results.every((r: { programType: string }) => r.programType === 'growth')).toBe(true);
    const sustainable = await (await app.request('/api/v1/search?hallbarhet=ja')).json();
    expect(sustainable.results.map((r: { documentId: number }) => r.documentId)).toEqual([1]);
    const none = await (await app.request('/api/v1/search?q=%C3%B6versiktsplan')).json();
    expect(none.total).toBe(0); // not a program: not an example
  });

  it('compare, year comparison, about, login page, 404', async () => {
    const cmp = await app.request('/jamfor?ids=1,2');
    expect(cmp.status).toBe(200);
    expect(await cmp.text()).toMatch(/Näringslivsprogram 2016–2020[\s\S]*Tillväxtstrategi/);
    expect((await app.request('/jamfor?ids=1')).status).toBe(400);
    const years = await (await app.request('/ar?from=2017&to=2018')).text();
    expect(years).toMatch(/Förnyade program[\s\S]*Tillväxtprogram 2018–2022[\s\S]*Tillväxtstrategi/);
    expect((await app.request('/om')).status).toBe(200);
    expect((await app.request('/logga-in')).status).toBe(200);
    const missing = await app.request('/finns-inte');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Sidan finns inte');
  });

  it('serves GOV.UK Frontend assets and our static files with caching headers', async () => {
    const css = await app.request('/assets/govuk-frontend.min.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    const etag = css.headers.get('etag')!;
    expect((await app.request('/assets/govuk-frontend.min.css', { headers: { 'if-none-match': etag } })).status).toBe(304);
    // GOV.UK's Transport typeface is for GOV.UK services only: never served here.
    expect((await app.request('/assets/fonts/bold-b542beb274-v2.woff2')).status).toBe(404);
    expect((await app.request('/static/app.css')).status).toBe(200);
    expect((await app.request('/assets/../package.json')).status).toBe(404);
  });
});

describe('API and exports', () => {
  it('GET /api/v1/report is exactly the CLI report', async () => {
    const res = await app.request('/api/v1/report?year=2017');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(`${JSON.stringify(await loadReport(seeded.store.db, 2017), null, 2)}\n`);
    expect((await app.request('/api/v1/report')).status).toBe(400);
    expect(await (await app.request('/api/v1/report?year=20x7')).json()).toMatchObject({ error: { status: 400 } });
  });

  it('municipalities, municipality, program and OpenAPI', async () => {
    const list = await (await app.request('/api/v1/municipalities?year=2017')).json();
    expect(list.municipalities).toHaveLength(290);
    expect(list.municipalities.find((m: { code: string }) => m.code === '0120').status).toBe('unreachable');
    const one = await (await app.request('/api/v1/municipality/0114')).json();
    expect(one).toMatchObject({ code: '0114', name: 'Upplands Väsby' });
    expect(one.history.map((h: { year: number }) => h.year)).toEqual([2017, 2018]);
    const program = await (await app.request('/api/v1/programs/1')).json();
    expect(program).toMatchObject({ id: 1, isProgram: true, programType: 'business', regionalLink: 'rus' });
    expect(program.evidence).toContainEqual({ aspect: 'regionalLink', quote: 'den regionala utvecklingsstrategin RUFS', page: 2 });
    expect((await app.request('/api/v1/programs/999')).status).toBe(404);
    const spec = await (await app.request('/api/v1/openapi.json')).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/report', '/municipalities', '/municipality/{code}', '/programs/{id}', '/search']));
  });

  it('exports CSV, XLSX and JSON with the licence', async () => {
    const csv = await (await app.request('/export/2017.csv')).text();
    expect(csv).toContain('CC BY 4.0');
    expect(csv).toMatch(/0114,Upplands Väsby,01,program_found,Näringslivsprogram 2016–2020/);
    const xlsx = new Uint8Array(await (await app.request('/export/2017.xlsx')).arrayBuffer());
    const files = unzipSync(xlsx);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('Tillväxtstrategi &lt;b&gt;Vallentuna&lt;/b&gt;');
    expect(sheet).toContain('CC BY 4.0');
    const json = await (await app.request('/export/2017.json')).json();
    expect(json).toMatchObject({ licence: 'CC BY 4.0', year: 2017, withProgram: 2 });
    expect((await app.request('/export/1999.csv')).status).toBe(404);
  });
});

describe('accounts, CSRF and review', () => {
  it('anonymous writes are refused: 401 for the API, redirect to login for pages', async () => {
    const api = await app.request('/api/v1/programs/1/reviews', { method: 'POST', body: '{"isProgram":false}', headers: { 'content-type': 'application/json' } });
    expect(api.status).toBe(401);
    const pageGet = await app.request('/granskning');
    expect(pageGet.status).toBe(303);
    expect(pageGet.headers.get('location')).toBe('/logga-in?next=%2Fgranskning');
    const pagePost = await app.request('/granskning/dokument/1', { method: 'POST', body: new URLSearchParams({ isProgram: 'false' }) });
    expect(pagePost.status).toBe(303);
    expect(pagePost.headers.get('location')).toBe('/logga-in');
    expect((await app.request('/api/v1/report?year=2017')).status).toBe(200);
  });

  it('login needs the form token; session cookie is HttpOnly and SameSite=Lax', async () => {
    const c = client();
    await c.request('/logga-in');
    const noToken = await c.request('/logga-in', { method: 'POST', form: { username: 'granskare', password: PASSWORD } });
    expect(noToken.status).toBe(403);
    const res = await c.login('granskare');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/granskning');
    const cookie = res.headers.getSetCookie().find((s) => s.startsWith('pk_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/); // plain http in tests
    const queue = await c.request('/granskning');
    expect(queue.status).toBe(200);
    const html = await queue.text();
    // Most uncertain first: the flagged 0.4-confidence document before the 0.55 one.
    expect(html.indexOf('/program/2#granska')).toBeGreaterThan(0);
    expect(html.indexOf('/program/2#granska')).toBeLessThan(html.indexOf('/program/3#granska'));
  });

  it('a reviewer correction needs the CSRF token, changes the overview and survives a new inventory run', async () => {
    const c = client();
    await c.login('granskare');
    const before = await loadReport(seeded.store.db, 2017);
    expect(before.summary.byType.growth).toBe(1);
    const noToken = await c.request('/granskning/dokument/2', { method: 'POST', form: { isProgram: 'false' } });
    expect(noToken.status).toBe(403);
    const wrongToken = await c.request('/granskning/dokument/2', { method: 'POST', form: { csrf: 'x'.repeat(43), isProgram: 'false' } });
    expect(wrongToken.status).toBe(403);
    const token = await c.csrf();
    const crossSite = await c.request('/granskning/dokument/2', { method: 'POST', form: { csrf: token, isProgram: 'false' }, headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    const ok = await c.request('/granskning/dokument/2', { method: 'POST', form: { csrf: token, isProgram: 'true', programType: 'business', regionalLink: 'rus', comment: 'fel typ' }, headers: { origin: 'http://localhost' } });
    expect(ok.status).toBe(303);
    const overview = await (await app.request('/api/v1/report?year=2017')).json();
    expect(overview.summary.byType).toMatchObject({ business: 2, growth: 0 });
    expect(overview.summary.regionalLink.rus).toBe(2);
    // A new run re-classifies the same document: the review still wins.
    const run = await startOrResumeRun(seeded.store.db, 2017, [{ code: '0115', name: 'Vallentuna', url: 'http://127.0.0.1:9/b/' }], {});
    const journal = createSqlJournal(seeded.store.db, run.id);
    const url = 'http://127.0.0.1:9/b/tillvaxtstrategi.pdf';
    await journal.commitFetch('0115', makeEntry(url), makeRecord(url), [], { kind: 'document', document: makeDocument('0115', url), classification: makeClassification({ programType: 'growth', validFrom: 2015, validTo: 2019 }), classifierVersion: 'test2' });
    await journal.finishSite('0115', 'done', null);
    app.data.invalidate();
    const after = await (await app.request('/?ar=2017')).text();
    const report = await loadReport(seeded.store.db, 2017);
    expect(report.programs.find((p) => p.municipality === '0115')).toMatchObject({ programType: 'business', reviewed: true });
    expect(after).toContain(`<span data-figure="withProgram">${report.withProgram}</span>`);
    const log = await (await c.request('/granskning/logg')).text();
    expect(log).toMatch(/granskare[\s\S]*Typ av program[\s\S]*&quot;business&quot;/);
    const program = await (await app.request('/program/2')).text();
    expect(program).toContain('granskare satte Typ av program');
  });

  it('marking "no program" changes the municipality status; the JSON API takes the CSRF header', async () => {
    const c = client();
    await c.login('admin');
    const token = await c.csrf();
    const res = await c.request('/granskning/inget-program', { method: 'POST', form: { csrf: token, kommun: '0114', ar: '2018' } });
    expect(res.status).toBe(303);
    const report = await (await app.request('/api/v1/report?year=2018')).json();
    expect(report.municipalityStatus.find((m: { code: string }) => m.code === '0114').status).toBe('none_found');
    const noHeader = await c.request('/api/v1/programs/1/reviews', { method: 'POST', body: '{"sustainability":false}', headers: { 'content-type': 'application/json' } });
    expect(noHeader.status).toBe(403);
    const api = await c.request('/api/v1/programs/1/reviews', { method: 'POST', body: '{"sustainability":false}', headers: { 'content-type': 'application/json', 'x-csrf-token': token } });
    expect(api.status).toBe(201);
    expect((await (await app.request('/api/v1/programs/1')).json()).sustainability).toBe(false);
  });

  it('good examples are marked by reviewers and filter the example bank', async () => {
    const c = client();
    await c.login('granskare');
    const token = await c.csrf();
    expect((await c.request('/exempel/1/bra-exempel', { method: 'POST', form: { csrf: token, value: 'true' } })).status).toBe(303);
    const good = await (await app.request('/api/v1/search?bra=ja')).json();
    expect(good.results.map((r: { documentId: number }) => r.documentId)).toEqual([1]);
  });

  it('wrong role gets 403', async () => {
    const c = client();
    await c.login('granskare');
    expect((await c.request('/admin/anvandare')).status).toBe(403);
    const admin = client();
    await admin.login('admin');
    const res = await admin.request('/admin/anvandare');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('granskare – granskare');
  });

  it('logout ends the session', async () => {
    const c = client();
    await c.login('granskare');
    const token = await c.csrf();
    expect((await c.request('/logga-ut', { method: 'POST', form: { csrf: token } })).status).toBe(303);
    expect((await c.request('/granskning')).status).toBe(303);
  });

  it('a reviewer adds a missed program by uploading a real PDF', async () => {
    const c = client();
    await c.login('granskare');
    const token = await c.csrf();
    const pdf = await renderPdf({ title: 'Näringslivsstrategi för Värmdö 2017–2021', pages: [['# Näringslivsstrategi för Värmdö 2017–2021', 'Antagen av kommunfullmäktige. Strategin gäller 2017–2021.'], ['Vi arbetar för ett bättre företagsklimat tillsammans med näringslivet.']] });
    const form = new FormData();
    form.set('csrf', token);
    form.set('kommun', '0120');
    form.set('url', '');
    form.set('fil', new File([pdf as Uint8Array<ArrayBuffer>], 'strategi.pdf', { type: 'application/pdf' }));
    const res = await c.request('/granskning/lagg-till', { method: 'POST', form });
    expect(res.status).toBe(303);
    const id = Number(/\/program\/(\d+)/.exec(res.headers.get('location') ?? '')?.[1]);
    const doc = await (await app.request(`/api/v1/programs/${id}?text=1`)).json();
    expect(doc).toMatchObject({ municipality: '0120', source: 'upload', format: 'pdf' });
    expect(doc.pages[0].text).toContain('Värmdö');
    const found = await (await app.request('/api/v1/search?q=f%C3%B6retagsklimatet')).json();
    expect(found.results.map((r: { documentId: number }) => r.documentId)).toContain(id);
    const empty = await c.request('/granskning/lagg-till', { method: 'POST', form: { csrf: token, kommun: '' } });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('govuk-error-summary');
  });

  it('rate-limits failed logins per username (then even the right password is refused)', async () => {
    const c = client();
    for (let i = 0; i < 5; i++) expect((await c.login('admin', 'fel-lösenord')).status).toBe(401);
    const blocked = await c.login('admin');
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('900');
  });
});
