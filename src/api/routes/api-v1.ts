/**
 * The JSON API under /api/v1 (read-only for everyone; review writes need a
 * reviewer session and the CSRF header). `GET /report` prints exactly what
 * `programkartan report --format json` prints for the same database and year.
 */
import { Hono } from 'hono';
import { addReviews } from '../../store/index.ts';
import { loadGeography } from '../../web/index.ts';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth.ts';
import { HttpError } from '../http-error.ts';
import { loadMunicipality } from '../municipality-data.ts';
import { OPENAPI_DOCUMENT } from '../openapi.ts';
import { parseId, parseYearParam } from '../page-helpers.ts';
import { loadProgram } from '../program-data.ts';
import { parseDecision, decisionRows } from './review-pages.ts';
import { parseFilters, runSearch } from '../search-service.ts';

export function apiV1(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/openapi.json', (c) => c.json(OPENAPI_DOCUMENT));

  app.get('/report', async (c) => {
    const year = parseYearParam(c.req.query('year'));
    if (year === null) throw new HttpError(400, 'year is required, e.g. ?year=2017');
    const report = await c.var.services.data.report(year);
    // Byte for byte the CLI's output (same serialisation), so scripts can diff them.
    return c.body(`${JSON.stringify(report, null, 2)}\n`, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.get('/years', async (c) => c.json({ years: await c.var.services.data.years() }));

  app.get('/municipalities', async (c) => {
    const data = c.var.services.data;
    const years = await data.years();
    const year = parseYearParam(c.req.query('year')) ?? years.at(-1) ?? null;
    const report = year === null ? null : await data.report(year);
    const status = new Map(report?.municipalityStatus.map((m) => [m.code, m]) ?? []);
    const geo = loadGeography();
    return c.json({
      year,
      municipalities: [...geo.shapes.values()].map((s) => ({
        code: s.code,
        name: s.name,
        countyCode: s.countyCode,
        countyName: s.countyName,
        population: s.population,
        status: status.get(s.code)?.status ?? null,
        programs: status.get(s.code)?.programs ?? 0,
      })),
    });
  });

  app.get('/municipality/:code', async (c) => {
    const code = c.req.param('code');
    const m = /^\d{4}$/.test(code) ? await loadMunicipality(c.var.services.data, code) : null;
    if (!m) throw new HttpError(404, `no municipality with code ${code}`);
    return c.json({
      code: m.shape.code,
      name: m.shape.name,
      countyCode: m.shape.countyCode,
      countyName: m.shape.countyName,
      population: m.shape.population,
      history: m.history.map((h) => ({ year: h.year, status: h.status?.status ?? null, programs: h.status?.programs ?? 0, error: h.status?.error ?? null, noProgramReviewed: h.noProgramReviewed })),
      documents: m.programs,
      neighbours: m.neighbours.map((n) => n.shape.code),
      similar: m.similar.map((n) => n.shape.code),
    });
  });

  app.get('/programs/:id', async (c) => {
    const p = await loadProgram(c.var.services.data, parseId(c.req.param('id')));
    if (!p) throw new HttpError(404, 'no such document');
    return c.json({
      id: p.documentId,
      municipality: p.municipalityCode,
      municipalityName: p.municipalityName,
      url: p.url,
      format: p.format,
      source: p.source,
      pageCount: p.pageCount,
      scanned: p.scanned,
      ...p.fields,
      machine: p.machine,
      reviewedFields: p.reviewedFields,
      needsReview: p.needsReview,
      reviewReasons: p.reviewReasons,
      confidence: p.confidence,
      details: p.details,
      evidence: p.evidence,
      goodExample: p.goodExample,
      reviews: p.reviews,
      pages: c.req.query('text') === '1' ? p.pages : undefined,
    });
  });

  app.get('/search', async (c) => {
    const filters = parseFilters((n) => c.req.query(n), (n) => c.req.queries(n));
    const outcome = await runSearch(c.var.services.data, filters);
    return c.json({
      query: filters.q,
      terms: outcome.terms,
      total: outcome.total,
      page: Math.min(filters.sida, outcome.pages),
      pages: outcome.pages,
      facets: outcome.counts,
      results: outcome.results.map((r) => ({ ...r, snippet: undefined, snippetHtml: r.snippet.toString() })),
    });
  });

  app.post('/programs/:id/reviews', requireRole('reviewer'), async (c) => {
    const id = parseId(c.req.param('id'));
    const data = c.var.services.data;
    const entry = (await data.catalogue()).get(id);
    if (!entry) throw new HttpError(404, 'no such document');
    let body: Record<string, unknown>;
    try {
      body = (await c.req.json()) as Record<string, unknown>;
    } catch {
      throw new HttpError(400, 'body must be JSON');
    }
    // JSON values arrive typed; the form parser expects strings, so convert.
    const asForm = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === null ? '' : String(v)]));
    const decision = parseDecision(asForm);
    const comment = typeof body['comment'] === 'string' ? body['comment'].slice(0, 1000) : null;
    const ids = await addReviews(data.db, decisionRows(id, entry.fields as unknown as Record<string, unknown>, decision, c.var.session!.user.username, comment));
    data.invalidate();
    return c.json({ reviews: ids }, 201);
  });
  return app;
}
