/**
 * The bad-input suite through the whole pipeline: a municipal site serving
 * broken, hostile and mislabelled files next to a real program. Each broken
 * file gets a clear error recorded against its URL, the run goes on, the
 * program is still found, and nothing else is lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, reply, startTestServer, type TestServer } from '../src/crawler/test-server.ts';
import { runInventory } from '../src/pipeline/index.ts';
import { loadReport } from '../src/report/index.ts';
import { renderDocx, renderPdf } from '../src/simweb/index.ts';
import { openStore, type StoreConnection } from '../src/store/index.ts';
import { buildDocxBomb } from './fixtures/documents/build-zip-bomb.ts';

const program = {
  title: 'Näringslivsprogram för Testby kommun 2016–2020',
  pages: [
    ['# Näringslivsprogram för Testby kommun 2016–2020', 'Antaget av kommunfullmäktige 2015-11-23 § 112. Programmet gäller 2016–2020.', 'Programmet har tagits fram i dialog med näringslivsrådet och lokala företag.'],
    ['# Vision och mål', 'Testby ska ha Sveriges bästa företagsklimat bland kommuner av vår storlek. Målet mäts med Svenskt Näringslivs ranking och antalet nystartade företag.'],
    ['# Insatsområden', 'Företagsklimat, etablering och mark, kompetensförsörjning samt entreprenörskap. Varje år tas en aktivitetsplan fram som följs upp av kommunstyrelsen.'],
  ],
};

describe('bad input through the pipeline', { timeout: 120_000 }, () => {
  let server: TestServer;
  let dir: string;
  let store: StoreConnection;
  beforeAll(async () => {
    const pdf = await renderPdf(program);
    const encrypted = await renderPdf({ title: 'Taxa', pages: [['Taxa för bygglov 2017']] }, { userPassword: 'hemligt' });
    const docx = await renderDocx({ title: 'Kulturplan', pages: [['Kulturplan för Testby']] });
    const links: Array<[string, string]> = [
      ['/dokument/naringslivsprogram-2016-2020.pdf', 'Näringslivsprogram 2016–2020'],
      ['/dokument/tom-naringslivsplan.pdf', 'Näringslivsplan (tom fil)'],
      ['/dokument/trasig-naringslivsstrategi.pdf', 'Näringslivsstrategi (trasig)'],
      ['/dokument/krypterad-naringslivspolicy.pdf', 'Näringslivspolicy (krypterad)'],
      ['/dokument/naringslivsbilaga.docx', 'Näringslivsbilaga (zip-bomb)'],
      ['/dokument/naringsliv-film.pdf', 'Näringslivsfilm (för stor)'],
      ['/dokument/kulturplan-naringsliv.html', 'Kulturplan näringsliv (fel Content-Type)'],
    ];
    server = await startTestServer({
      '/': page('Testby kommun', [['/naringsliv', 'Näringsliv']]),
      '/naringsliv': page('Näringsliv', links),
      '/dokument/naringslivsprogram-2016-2020.pdf': reply(pdf, 'application/pdf'),
      '/dokument/tom-naringslivsplan.pdf': reply(new Uint8Array(0), 'application/pdf'),
      '/dokument/trasig-naringslivsstrategi.pdf': reply(pdf.subarray(0, Math.floor(pdf.length / 3)), 'application/pdf'),
      '/dokument/krypterad-naringslivspolicy.pdf': reply(encrypted, 'application/pdf'),
      '/dokument/naringslivsbilaga.docx': reply(buildDocxBomb(300 * 1024 * 1024), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      '/dokument/naringsliv-film.pdf': reply(new Uint8Array(3 * 1024 * 1024), 'application/pdf'),
      // A DOCX served as HTML: sniffed from its bytes, read as what it is.
      '/dokument/kulturplan-naringsliv.html': reply(docx, 'text/html; charset=utf-8'),
    });
    dir = mkdtempSync(join(tmpdir(), 'pk-bad-'));
    store = await openStore(join(dir, 'bad.db'));
  });
  afterAll(async () => {
    await store.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records a specific error per broken file and still finds the program', async () => {
    const summary = await runInventory(store.db, {
      year: 2017,
      sites: [{ code: '0114', name: 'Testby', url: `${server.origin}/` }],
      crawl: { politenessMs: 0, allowPrivateHosts: true, retries: 0, maxBytes: 2 * 1024 * 1024 },
    });
    expect(summary.completed).toBe(true);
    const errors = await store.db.selectFrom('document_errors').select(['url', 'code', 'message']).execute();
    const byFile = Object.fromEntries(errors.map((e) => [e.url.split('/').pop(), e.code]));
    expect(byFile).toMatchObject({
      'tom-naringslivsplan.pdf': 'empty',
      'trasig-naringslivsstrategi.pdf': 'corrupt',
      'krypterad-naringslivspolicy.pdf': 'encrypted',
      'naringslivsbilaga.docx': 'zip_bomb',
    });
    for (const e of errors) expect(e.message.length).toBeGreaterThan(10);
    const fetches = await store.db.selectFrom('fetches').select(['url', 'error']).execute();
    expect(fetches.find((f) => f.url.endsWith('naringsliv-film.pdf'))?.error).toMatch(/too_large/);
    const documents = await store.db.selectFrom('documents').select(['url', 'format']).execute();
    expect(documents.find((d) => d.url.endsWith('kulturplan-naringsliv.html'))?.format).toBe('docx');
    const report = await loadReport(store.db, 2017);
    expect(report.withProgram).toBe(1);
    expect(report.programs[0]).toMatchObject({ programType: 'business', validFrom: 2016, validTo: 2020 });
  });
});
