/**
 * Server-mode search gives the embedded mode's results: the same corpus is
 * stored and indexed on SQLite (FTS5) and PostgreSQL (tsvector + BM25), and
 * every query must return the same documents, pages and order on both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeClassification, makeDocument } from '../../test/helpers/factories.ts';
import { testDialects } from '../../test/helpers/postgres.ts';
import { openStore, saveDocument, searchDocuments, updateSearchIndex, type SearchHit, type StoreConnection } from './index.ts';

const CORPUS = join(import.meta.dirname, '../../test/corpus/files');
const QUERIES = [
  'näringslivsprogram',
  'program',
  'Tillväxtstrategi',
  'handlingsplanen',
  'hållbar utveckling',
  'företagsklimatet',
  'plan för näringslivet',
  'samverkan region',
  'agenda 2030',
  'kommunfullmäktige',
  'besöksnäring turism',
  'xyzzy',
];

/** The text and HTML corpus files as documents of a few pages each (paragraph groups). */
function corpusDocuments() {
  const files = readdirSync(CORPUS).filter((f) => /\.(txt|html)$/.test(f)).sort();
  return files.map((file, i) => {
    const raw = readFileSync(join(CORPUS, file), 'utf8');
    const text = file.endsWith('.html') ? raw.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<\/(p|h\d|li|div)>/gi, '\n\n').replace(/<[^>]+>/g, ' ') : raw;
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
    const pages: string[] = [];
    for (let p = 0; p < paragraphs.length; p += 4) pages.push(paragraphs.slice(p, p + 4).join('\n\n'));
    const code = String(1000 + i);
    return makeDocument(code, `http://example.test/${file}`, { title: file.replace(/\.\w+$/, ''), pages, pageCount: pages.length });
  });
}

const dialects = testDialects();

describe.skipIf(dialects.length < 2)('search on SQLite and PostgreSQL', () => {
  const stores: Array<{ store: StoreConnection; cleanup(): Promise<void> }> = [];
  beforeAll(async () => {
    const documents = corpusDocuments();
    for (const dialect of dialects) {
      const database = await dialect.create();
      const store = await openStore(database.target);
      stores.push({ store, cleanup: database.cleanup });
      for (const document of documents) await saveDocument(store.db, document, makeClassification({ title: document.title }), 'test', null);
      expect(await updateSearchIndex(store.db, store.dialect)).toBe(documents.length);
    }
  });
  afterAll(async () => {
    for (const { store, cleanup } of stores) {
      await store.close();
      await cleanup();
    }
  });

  it.each(QUERIES)('"%s" gives the same hits', async (query) => {
    const [sqlite, postgres] = await Promise.all(stores.map(({ store }) => searchDocuments(store.db, store.dialect, query)));
    const shape = (hits: SearchHit[]) => hits.map((h) => ({ documentId: h.documentId, pageNo: h.pageNo, pages: h.pages }));
    expect(shape(postgres!)).toEqual(shape(sqlite!));
    postgres!.forEach((hit, i) => expect(hit.rank).toBeCloseTo(sqlite![i]!.rank, 9));
    if (query !== 'xyzzy') expect(sqlite!.length).toBeGreaterThan(0);
    else expect(sqlite).toEqual([]);
  });
});
