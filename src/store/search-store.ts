/**
 * The Swedish full-text index of program texts. Words are reduced to stems
 * (Snowball Swedish plus a few rules Snowball leaves out, such as the
 * definite "-et" and doubled final consonants) and long compounds also index
 * their known parts, so "näringslivsprogrammet" finds "näringslivsprogram"
 * and "program" finds "tillväxtprogram". SQLite keeps the stems in an FTS5
 * table (bm25 ranking); PostgreSQL keeps them in a GIN-indexed tsvector and
 * ranks with the same BM25 (src/store/postgres/search-postgres.ts).
 * Pages never change once stored, so the index grows document by document:
 * `updateSearchIndex` indexes what is new and can be called by the pipeline
 * after a run or by the web app at start-up.
 */
import { createRequire } from 'node:module';
import { sql, type Kysely } from 'kysely';
import type { Dialect } from './migrations.ts';
import type { Database } from './schema.ts';
import { appDb } from './accounts-store.ts';
import { searchPagesPostgres } from './postgres/search-postgres.ts';

interface Stemmer {
  stem(word: string): string;
}
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(language: string): Stemmer };
const stemmer = snowball.newStemmer('swedish');

/** Parts of compounds worth finding on their own (business/growth policy vocabulary), as stems. */
const COMPOUND_PARTS = [
  'näringsliv', 'program', 'strategi', 'tillväxt', 'handlingsplan', 'aktivitetsplan', 'plan', 'policy', 'hållbar', 'utveckling',
  'företag', 'samverkan', 'samarbet', 'region', 'kommun', 'besöksnäring', 'turism', 'klimat', 'innovation', 'entreprenör',
  'kompetens', 'etablering', 'infrastruktur', 'handel', 'industri', 'landsbygd', 'miljö', 'energi', 'arbetsmarknad', 'bostad',
  'företagsklimat', 'service', 'mål', 'agenda', 'besök', 'export', 'digitalisering', 'attraktivitet', 'jämställd',
];

const WORD = /[\p{L}\p{N}]+/gu;
/** Bump when stemming or compound rules change: documents indexed under another version are re-indexed. */
const INDEX_VERSION = 'sv-2';
const cache = new Map<string, string>();

/** One word → its search stem (lower case, Snowball Swedish + extra rules). */
export function swedishStem(word: string): string {
  const lower = word.toLowerCase();
  const hit = cache.get(lower);
  if (hit !== undefined) return hit;
  let s = stemmer.stem(lower);
  // Snowball keeps the definite "-et" (programmet, näringslivet) and "-n" after -i (strategin).
  // Stemming again after stripping keeps both forms equal (företagsklimatet → företagsklimat → företagsklim).
  if (s.length >= 7 && s.endsWith('et')) s = stemmer.stem(s.slice(0, -2));
  else if (s.length >= 7 && s.endsWith('in')) s = stemmer.stem(s.slice(0, -1));
  // programm → program: doubled final consonants come from inflection.
  if (s.length >= 5 && /([^aeiouyåäö])\1$/.test(s)) s = s.slice(0, -1);
  if (cache.size > 50_000) cache.clear();
  cache.set(lower, s);
  return s;
}

/** Words of a text as stems, in order (used for queries and highlights). */
export function swedishTokens(text: string): string[] {
  return (text.match(WORD) ?? []).map(swedishStem);
}

/** Stems plus compound parts: what the index stores for a text. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const stem of swedishTokens(text)) {
    out.push(stem);
    if (stem.length < 8) continue;
    for (const part of COMPOUND_PARTS) {
      if (part.length + 3 <= stem.length && stem.includes(part)) out.push(part);
    }
  }
  return out;
}

/** Indexes every stored document not indexed yet; returns how many were added. */
export async function updateSearchIndex(db: Kysely<Database>, dialect: Dialect, options: { rebuild?: boolean } = {}): Promise<number> {
  const app = appDb(db);
  const outdated = await app.selectFrom('search_indexed').select('document_id').where('indexed_at', 'not like', `${INDEX_VERSION}@%`).limit(1).execute();
  if (options.rebuild || outdated.length > 0) {
    await sql`DELETE FROM search_pages`.execute(db);
    await app.deleteFrom('search_indexed').execute();
  }
  const indexed = new Set((await app.selectFrom('search_indexed').select('document_id').execute()).map((r) => Number(r.document_id)));
  const ids = (await db.selectFrom('documents').select('id').orderBy('id').execute()).map((r) => Number(r.id)).filter((id) => !indexed.has(id));
  for (let i = 0; i < ids.length; i += 50) {
    const batch = ids.slice(i, i + 50);
    const pages = await db.selectFrom('pages').select(['document_id', 'page_no', 'text']).where('document_id', 'in', batch).execute();
    const titles = await db.selectFrom('documents').leftJoin('classifications', 'classifications.document_id', 'documents.id').select(['documents.id', 'documents.title', 'classifications.title as ctitle']).where('documents.id', 'in', batch).execute();
    await db.transaction().execute(async (trx) => {
      for (const p of pages) {
        const stems = ` ${indexTerms(p.text).join(' ')} `;
        await sql`INSERT INTO search_pages (stems, document_id, page_no) VALUES (${stems}, ${Number(p.document_id)}, ${Number(p.page_no)})`.execute(trx);
      }
      // The title counts as page 0 so a program is found by its name even when its text is thin.
      for (const t of titles) {
        const title = [t.ctitle, t.title].filter(Boolean).join(' ');
        if (title) await sql`INSERT INTO search_pages (stems, document_id, page_no) VALUES (${` ${indexTerms(title).join(' ')} `}, ${Number(t.id)}, ${0})`.execute(trx);
      }
      const now = `${INDEX_VERSION}@${new Date().toISOString()}`;
      await appDb(trx as unknown as Kysely<Database>).insertInto('search_indexed').values(batch.map((document_id) => ({ document_id, indexed_at: now }))).execute();
    });
  }
  void dialect;
  return ids.length;
}

/** True when some stored document is not in the index yet. */
export async function searchIndexStale(db: Kysely<Database>): Promise<boolean> {
  const [docs, done] = await Promise.all([
    db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    appDb(db).selectFrom('search_indexed').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return Number(docs.n) !== Number(done.n);
}

export interface SearchHit {
  documentId: number;
  /** Best matching page (1-based; 0 = the title matched). */
  pageNo: number;
  /** Lower is better (bm25 on SQLite). */
  rank: number;
  /** Pages of the document that matched. */
  pages: number[];
}

/** Query terms: stems of the words (compound parts are not split, so a compound stays specific). */
export function queryTerms(query: string): string[] {
  return [...new Set(swedishTokens(query))].filter((t) => t.length > 0).slice(0, 12);
}

/**
 * Documents whose text contains every query term (terms match as prefixes,
 * so "program" also finds "programområde"), best first.
 */
export async function searchDocuments(db: Kysely<Database>, dialect: Dialect, query: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  let rows: Array<{ document_id: number; page_no: number; rank: number }>;
  if (dialect === 'sqlite') {
    const match = terms.map((t) => `"${t.replace(/"/g, '')}"*`).join(' ');
    const result = await sql<{ document_id: number; page_no: number; rank: number }>`SELECT document_id, page_no, bm25(search_pages) AS rank FROM search_pages WHERE search_pages MATCH ${match} ORDER BY rank LIMIT 5000`.execute(db);
    rows = result.rows;
  } else {
    rows = await searchPagesPostgres(db, terms);
  }
  const byDoc = new Map<number, SearchHit>();
  for (const r of rows) {
    const id = Number(r.document_id);
    const page = Number(r.page_no);
    const hit = byDoc.get(id);
    if (!hit) byDoc.set(id, { documentId: id, pageNo: page, rank: Number(r.rank), pages: page > 0 ? [page] : [] });
    else {
      if (page > 0) hit.pages.push(page);
      // Prefer a text page over the title as the snippet source.
      if (hit.pageNo === 0 && page > 0) hit.pageNo = page;
    }
  }
  for (const hit of byDoc.values()) hit.pages.sort((a, b) => a - b);
  return [...byDoc.values()].sort((a, b) => a.rank - b.rank || a.documentId - b.documentId).slice(0, options.limit ?? 500);
}
