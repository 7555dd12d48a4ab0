/**
 * Full-text search in server mode: a GIN-indexed tsvector over the stored
 * stems finds the pages, and BM25 is computed exactly as SQLite FTS5's
 * `bm25()` does (k1 = 1.2, b = 0.75, prefix terms, IDF floored at 1e-6), so
 * PostgreSQL returns the same pages in the same order as the embedded mode.
 */
import { sql, type Kysely } from 'kysely';

const K1 = 1.2;
const B = 0.75;
/** The embedded mode's row cap (`LIMIT 5000` after ranking). */
const ROW_LIMIT = 5000;

export interface RankedPage {
  document_id: number;
  page_no: number;
  rank: number;
}

/** A tsquery prefix term; stems are letters and digits only, quoting keeps it literal anyway. */
function prefixTerm(term: string): string {
  return `'${term.replace(/['\\]/g, '')}':*`;
}

/** Pages containing every term (as a prefix), ranked by FTS5-compatible BM25, best (lowest) first. */
export async function searchPagesPostgres(db: Kysely<any>, terms: string[]): Promise<RankedPage[]> {
  if (terms.length === 0) return [];
  const all = terms.map(prefixTerm).join(' & ');
  // Corpus statistics, as FTS5 keeps them: rows, tokens, and rows hit per term.
  const hitCounts = sql.join(terms.map((t) => sql`count(*) FILTER (WHERE tsv @@ to_tsquery('simple', ${prefixTerm(t)}))`));
  const stats = await sql<{ n_row: string | number; n_token: string | number | null; hits: Array<string | number> }>`
    SELECT count(*) AS n_row, sum(token_count) AS n_token, ARRAY[${hitCounts}] AS hits FROM search_pages`.execute(db);
  const row = stats.rows[0];
  if (!row || Number(row.n_row) === 0) return [];
  const nRow = Number(row.n_row);
  const avgdl = Number(row.n_token ?? 0) / nRow;
  const idf = row.hits.map((h) => {
    const n = Number(h);
    const value = Math.log((nRow - n + 0.5) / (n + 0.5));
    return value <= 0 ? 1e-6 : value;
  });
  const freqs = sql.join(
    terms.map((t) => sql`(SELECT count(*) FROM unnest(string_to_array(btrim(stems), ' ')) AS tok WHERE starts_with(tok, ${t}))`),
  );
  const pages = await sql<{ document_id: number; page_no: number; token_count: number; freqs: Array<string | number> }>`
    SELECT document_id, page_no, token_count, ARRAY[${freqs}] AS freqs
    FROM search_pages WHERE tsv @@ to_tsquery('simple', ${all})`.execute(db);
  const ranked = pages.rows.map((p) => {
    const length = Number(p.token_count);
    let score = 0;
    for (let i = 0; i < terms.length; i++) {
      const f = Number(p.freqs[i] ?? 0);
      score += idf[i]! * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * length) / avgdl)));
    }
    return { document_id: Number(p.document_id), page_no: Number(p.page_no), rank: -1 * score };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.document_id - b.document_id || a.page_no - b.page_no);
  return ranked.slice(0, ROW_LIMIT);
}
