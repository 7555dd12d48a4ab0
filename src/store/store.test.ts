/**
 * The shared store suite: the same tests on every dialect (SQLite always,
 * PostgreSQL where it can run), against real databases.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Site } from '../domain/index.ts';
import { makeClassification, makeDocument, makeEntry, makeRecord } from '../../test/helpers/factories.ts';
import { testDialects } from '../../test/helpers/postgres.ts';
import { completeRunIfFinished, createSqlJournal, loadYearRows, openStore, startOrResumeRun, storedValidity, type StoreConnection } from './index.ts';

const sites: Site[] = [
  { code: '0114', name: 'Upplands Väsby', url: 'http://127.0.0.1:1/' },
  { code: '0115', name: 'Vallentuna', url: 'http://127.0.0.1:2/' },
];

describe.each(testDialects())('store on $name', (dialect) => {
  let store: StoreConnection;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    const database = await dialect.create();
    cleanup = database.cleanup;
    store = await openStore(database.target);
    expect(store.dialect).toBe(dialect.name);
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('resumes the unfinished run of the same year and sites, and starts a new one after completion', async () => {
    const first = await startOrResumeRun(store.db, 2017, sites, {});
    const again = await startOrResumeRun(store.db, 2017, [...sites].reverse(), {});
    expect(again).toMatchObject({ id: first.id, resumed: true });
    const otherYear = await startOrResumeRun(store.db, 2018, sites, {});
    expect(otherYear.id).not.toBe(first.id);
    const journal = createSqlJournal(store.db, first.id);
    await journal.finishSite('0114', 'done', null);
    expect(await completeRunIfFinished(store.db, first.id)).toBe(false);
    await journal.finishSite('0115', 'unreachable', 'connection refused');
    expect(await completeRunIfFinished(store.db, first.id)).toBe(true);
    const refresh = await startOrResumeRun(store.db, 2017, sites, {});
    expect(refresh.resumed).toBe(false);
    expect(refresh.id).toBeGreaterThan(first.id);
  });

  it('commits a fetch, its links and its document atomically and idempotently', async () => {
    const run = await startOrResumeRun(store.db, 2017, sites, {});
    const journal = createSqlJournal(store.db, run.id);
    const start = makeEntry('http://127.0.0.1:1/', { via: 'seed' });
    await journal.enqueue('0114', [start]);
    const pdf = makeEntry('http://127.0.0.1:1/np.pdf', { score: 9 });
    const state0 = await journal.loadSite('0114');
    expect(state0.status).toBe('running');
    expect(state0.pending.map((e) => e.url)).toEqual([start.url]);

    await journal.commitFetch('0114', start, makeRecord(start.url, { contentType: 'text/html', sha256: 'h1' }), [pdf, makeEntry('http://127.0.0.1:1/a', { score: 2 })], null);
    const processed = { kind: 'document' as const, document: makeDocument('0114', pdf.url), classification: makeClassification(), classifierVersion: 'test' };
    await journal.commitFetch('0114', pdf, makeRecord(pdf.url), [], processed);
    // A crash between the commit and the crawler's memory update means the same commit can be replayed: no duplicates.
    await journal.commitFetch('0114', pdf, makeRecord(pdf.url), [], processed);

    const state = await journal.loadSite('0114');
    expect(state.fetchedCount).toBe(2);
    expect(state.pending.map((e) => e.url)).toEqual(['http://127.0.0.1:1/a']);
    expect(new Set(state.seen)).toEqual(new Set([start.url, pdf.url, 'http://127.0.0.1:1/a']));
    const documents = await store.db.selectFrom('documents').selectAll().execute();
    expect(documents).toHaveLength(1);
    const sightings = await store.db.selectFrom('sightings').selectAll().execute();
    expect(sightings).toHaveLength(1);
    const evidence = await store.db.selectFrom('evidence').selectAll().execute();
    expect(evidence[0]).toMatchObject({ aspect: 'isProgram', page: 1 });
    expect(await journal.previousFetch(pdf.url)).toEqual({ etag: '"e1"', lastModified: null, sha256: `sha-${pdf.url}` });

    await journal.finishSite('0114', 'done', null);
    await journal.finishSite('0115', 'unreachable', 'connection refused');
    const rows = await loadYearRows(store.db, 2017);
    expect(rows.sites.map((s) => [s.code, s.crawlStatus])).toEqual([
      ['0114', 'done'],
      ['0115', 'unreachable'],
    ]);
    expect(rows.documents).toHaveLength(1);
    expect(rows.documents[0]?.machine).toMatchObject({ isProgram: true, programType: 'business', validFrom: 2016, validTo: 2020 });
  });

  it('keeps an unchanged document from an earlier run as seen again without reprocessing', async () => {
    const run1 = await startOrResumeRun(store.db, 2017, sites, {});
    const j1 = createSqlJournal(store.db, run1.id);
    const pdf = makeEntry('http://127.0.0.1:1/np.pdf');
    await j1.commitFetch('0114', pdf, makeRecord(pdf.url), [], { kind: 'document', document: makeDocument('0114', pdf.url), classification: makeClassification(), classifierVersion: 't' });
    await j1.finishSite('0114', 'done', null);
    await j1.finishSite('0115', 'done', null);
    await completeRunIfFinished(store.db, run1.id);
    const run2 = await startOrResumeRun(store.db, 2017, sites, {});
    const j2 = createSqlJournal(store.db, run2.id);
    await j2.commitFetch('0114', pdf, makeRecord(pdf.url, { status: 304, unchanged: true }), [], { kind: 'unchanged', sha256: `sha-${pdf.url}` });
    await j2.finishSite('0114', 'done', null);
    await j2.finishSite('0115', 'done', null);
    const rows = await loadYearRows(store.db, 2017);
    expect(rows.sites.every((s) => s.runId === run2.id)).toBe(true);
    expect(rows.documents).toHaveLength(1);
    expect(await store.db.selectFrom('documents').selectAll().execute()).toHaveLength(1);
  });

  it('remembers a found program for a resumed crawl, and knows a document met again unchanged', async () => {
    const run = await startOrResumeRun(store.db, 2017, sites, {});
    const journal = createSqlJournal(store.db, run.id);
    const start = makeEntry('http://127.0.0.1:1/', { via: 'seed' });
    const pdf = makeEntry('http://127.0.0.1:1/np.pdf');
    await journal.enqueue('0114', [start]);
    await journal.commitFetch('0114', start, makeRecord(start.url, { contentType: 'text/html' }), [pdf], null, false);
    expect((await journal.loadSite('0114')).goalFound).toBe(false);
    await journal.commitFetch('0114', pdf, makeRecord(pdf.url), [], { kind: 'document', document: makeDocument('0114', pdf.url), classification: makeClassification(), classifierVersion: 't' }, true);
    expect((await journal.loadSite('0114')).goalFound).toBe(true);
    expect((await journal.loadSite('0115')).goalFound).toBe(false);
    expect(await storedValidity(store.db, '0114', `sha-${pdf.url}`)).toEqual({ isProgram: true, validFrom: 2016, validTo: 2020, details: { isDraft: false } });
    expect(await storedValidity(store.db, '0115', `sha-${pdf.url}`)).toBeNull();
  });

  it('records document errors against the URL', async () => {
    const run = await startOrResumeRun(store.db, 2017, sites, {});
    const journal = createSqlJournal(store.db, run.id);
    const bad = makeEntry('http://127.0.0.1:1/trasig.pdf');
    await journal.commitFetch('0114', bad, makeRecord(bad.url), [], { kind: 'error', code: 'encrypted', message: 'PDF is encrypted' });
    const errors = await store.db.selectFrom('document_errors').selectAll().execute();
    expect(errors).toMatchObject([{ url: bad.url, code: 'encrypted', site_code: '0114' }]);
    const site = await store.db.selectFrom('run_sites').selectAll().where('site_code', '=', '0114').executeTakeFirstOrThrow();
    expect(Number(site.errors)).toBe(1);
  });
});
