/**
 * Exempelbank search: full-text hits from the store, joined with the
 * catalogue (effective, reviewed fields), filtered by facets and given
 * highlighted snippets. Without a query it lists every program.
 */
import { queryTerms, searchDocuments } from '../store/index.ts';
import { snippet, type FacetCounts, type SearchFilters, type SearchResultItem } from '../web/index.ts';
import type { CatalogueEntry, DataService } from './data-service.ts';

export const PAGE_SIZE = 20;

export interface SearchOutcome {
  total: number;
  pages: number;
  items: Array<{ entry: CatalogueEntry; pageNo: number; text: string }>;
  results: SearchResultItem[];
  counts: FacetCounts;
  terms: string[];
}

function matches(e: CatalogueEntry, f: SearchFilters): boolean {
  const x = e.fields;
  if (f.typ.length && !f.typ.includes(x.programType ?? '')) return false;
  if (f.region.length && !f.region.includes(x.regionalLink ?? '')) return false;
  if (f.handlingsplan.length && !f.handlingsplan.includes(x.actionPlan ?? '')) return false;
  if (f.hallbarhet && (x.sustainability === true) !== (f.hallbarhet === 'ja')) return false;
  if (f.agenda2030 && e.agenda2030 !== (f.agenda2030 === 'ja')) return false;
  if (f.lan && e.countyCode !== f.lan) return false;
  if (f.bra === 'ja' && !e.goodExample) return false;
  if (f.ar) {
    const year = Number(f.ar);
    if ((x.validFrom !== null && x.validFrom > year) || (x.validTo !== null && x.validTo < year)) return false;
  }
  return true;
}

function count(entries: CatalogueEntry[], key: 'programType' | 'regionalLink' | 'actionPlan'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) {
    const v = e.fields[key];
    if (v) out[v] = (out[v] ?? 0) + 1;
  }
  return out;
}

/** Runs a search: only documents judged (or reviewed) to be programs are examples. */
export async function runSearch(data: DataService, filters: SearchFilters, options: { pageSize?: number } = {}): Promise<SearchOutcome> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const catalogue = await data.catalogue();
  const terms = queryTerms(filters.q);
  let ranked: Array<{ entry: CatalogueEntry; pageNo: number }>;
  if (terms.length > 0) {
    await data.ensureSearchIndex();
    // Popular queries repeat: the hits are kept until the data changes.
    const hits = await data.memo(`search:${terms.join(' ')}`, () => searchDocuments(data.db, data.dialect, filters.q));
    ranked = hits.flatMap((hit) => {
      const entry = catalogue.get(hit.documentId);
      return entry && entry.fields.isProgram ? [{ entry, pageNo: hit.pageNo }] : [];
    });
  } else {
    ranked = [...catalogue.values()]
      .filter((e) => e.fields.isProgram)
      .sort((a, b) => Number(b.goodExample) - Number(a.goodExample) || a.municipalityName.localeCompare(b.municipalityName, 'sv'))
      .map((entry) => ({ entry, pageNo: 0 }));
  }
  const all = ranked.map((r) => r.entry);
  const counts: FacetCounts = { typ: count(all, 'programType'), region: count(all, 'regionalLink'), handlingsplan: count(all, 'actionPlan') };
  const filtered = ranked.filter((r) => matches(r.entry, filters));
  const pages = Math.max(1, Math.ceil(filtered.length / pageSize));
  const page = Math.min(Math.max(1, filters.sida), pages);
  const slice = filtered.slice((page - 1) * pageSize, page * pageSize);
  const pageTexts = await loadPageTexts(data, slice.map((r) => ({ documentId: r.entry.documentId, pageNo: r.pageNo > 0 ? r.pageNo : 1 })));
  const items = slice.map((r) => ({ ...r, text: pageTexts.get(`${r.entry.documentId}:${r.pageNo > 0 ? r.pageNo : 1}`) ?? '' }));
  return {
    total: filtered.length,
    pages,
    terms,
    counts,
    items,
    results: items.map(({ entry, pageNo, text }) => ({
      documentId: entry.documentId,
      title: entry.fields.title,
      municipalityCode: entry.municipalityCode,
      municipalityName: entry.municipalityName,
      countyName: entry.countyName,
      programType: entry.fields.programType,
      validFrom: entry.fields.validFrom,
      validTo: entry.fields.validTo,
      goodExample: entry.goodExample,
      pageNo,
      snippet: snippet(text, terms),
    })),
  };
}

async function loadPageTexts(data: DataService, wanted: Array<{ documentId: number; pageNo: number }>): Promise<Map<string, string>> {
  if (wanted.length === 0) return new Map();
  const rows = await data.db
    .selectFrom('pages')
    .select(['document_id', 'page_no', 'text'])
    .where((eb) => eb.or(wanted.map((w) => eb.and([eb('document_id', '=', w.documentId), eb('page_no', '=', w.pageNo)]))))
    .execute();
  return new Map(rows.map((r) => [`${Number(r.document_id)}:${Number(r.page_no)}`, r.text]));
}

/** Reads search filters from query parameters (unknown values are ignored). */
export function parseFilters(query: (name: string) => string | undefined, queries: (name: string) => string[] | undefined): SearchFilters {
  const list = (name: string, allowed: readonly string[]): string[] => (queries(name) ?? []).filter((v) => allowed.includes(v));
  const one = (name: string, allowed: RegExp): string => {
    const v = query(name) ?? '';
    return allowed.test(v) ? v : '';
  };
  return {
    q: (query('q') ?? '').slice(0, 200),
    typ: list('typ', ['business', 'growth', 'other']),
    region: list('region', ['rus', 'intermunicipal', 'none']),
    handlingsplan: list('handlingsplan', ['included', 'linked', 'none']),
    hallbarhet: one('hallbarhet', /^(ja|nej)$/),
    agenda2030: one('agenda2030', /^(ja|nej)$/),
    lan: one('lan', /^\d{2}$/),
    ar: one('ar', /^\d{4}$/),
    bra: one('bra', /^ja$/),
    sida: Math.max(1, Number.parseInt(query('sida') ?? '1', 10) || 1),
  };
}
