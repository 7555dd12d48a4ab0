/** Public pages: Översikt, Kommun, Program, Exempelbank, Jämför, Årsjämförelse, Om. Anyone may read them. */
import { Hono } from 'hono';
import { h, loadGeography, renderAbout, renderCompare, renderMunicipality, renderOverview, renderProgram, renderSearch, renderYearCompare, type Html } from '../../web/index.ts';
import type { AppEnv } from '../app-env.ts';
import { HttpError } from '../http-error.ts';
import { loadMunicipality } from '../municipality-data.ts';
import { page, parseId, parseYearParam } from '../page-helpers.ts';
import { loadProgram } from '../program-data.ts';
import { parseFilters, runSearch } from '../search-service.ts';
import { compareYears } from '../year-comparison.ts';

export function publicPages(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // The overview body is the same for every visitor: cache it per year and data version.
  const overviewCache = new Map<string, Html>();

  app.get('/', async (c) => {
    const data = c.var.services.data;
    const years = await data.years();
    const requested = parseYearParam(c.req.query('ar'));
    if (years.length === 0) {
      return page(c, { title: 'Översikt', section: 'oversikt', body: h`<h1 class="govuk-heading-xl">Översikt</h1><p class="govuk-body">Databasen innehåller ingen inventering ännu. Kör <code>programkartan inventory</code> först.</p>` });
    }
    const year = requested ?? years.at(-1)!;
    const key = `${year}|${await data.version()}`;
    let body = overviewCache.get(key);
    if (!body) {
      const report = await data.report(year);
      body = renderOverview(report, years.includes(year) ? years : [...years, year].sort(), loadGeography());
      if (overviewCache.size > 20) overviewCache.clear();
      overviewCache.set(key, body);
    }
    return page(c, { title: `Översikt ${year}`, section: 'oversikt', body });
  });

  app.get('/kommun/:code', async (c) => {
    const code = c.req.param('code');
    if (!/^\d{4}$/.test(code)) throw new HttpError(404, 'Kommunen finns inte.');
    const data = await loadMunicipality(c.var.services.data, code);
    if (!data) throw new HttpError(404, `Det finns ingen kommun med kod ${code}.`);
    return page(c, {
      title: data.shape.name,
      section: 'oversikt',
      breadcrumbs: [{ text: 'Översikt', href: '/' }, { text: data.shape.countyName }, { text: data.shape.name }],
      body: renderMunicipality(data, c.var.session ? { username: c.var.session.user.username, role: c.var.session.user.role, csrfToken: c.var.session.csrfToken } : null),
    });
  });

  app.get('/program/:id', async (c) => {
    const data = await loadProgram(c.var.services.data, parseId(c.req.param('id')));
    if (!data) throw new HttpError(404, 'Dokumentet finns inte.');
    const s = c.var.session;
    return page(c, {
      title: data.fields.title ?? 'Dokument',
      section: 'exempel',
      breadcrumbs: [{ text: 'Översikt', href: '/' }, { text: data.municipalityName, href: `/kommun/${data.municipalityCode}` }, { text: data.fields.title ?? 'Dokument' }],
      body: renderProgram(data, s ? { username: s.user.username, role: s.user.role, csrfToken: s.csrfToken } : null),
    });
  });

  app.get('/exempel', async (c) => {
    const data = c.var.services.data;
    const filters = parseFilters((n) => c.req.query(n), (n) => c.req.queries(n));
    const outcome = await runSearch(data, filters);
    const geo = loadGeography();
    const params = new URL(c.req.url).searchParams;
    return page(c, {
      title: filters.q ? `Sök: ${filters.q}` : 'Exempelbank',
      section: 'exempel',
      body: renderSearch({
        filters: { ...filters, sida: Math.min(filters.sida, outcome.pages) },
        results: outcome.results,
        total: outcome.total,
        pages: outcome.pages,
        counts: outcome.counts,
        counties: [...geo.counties.entries()].sort(([a], [b]) => a.localeCompare(b)),
        years: await data.years(),
        queryString: (n) => {
          const p = new URLSearchParams(params);
          p.set('sida', String(n));
          return `/exempel?${p.toString()}`;
        },
      }),
    });
  });

  app.get('/jamfor', async (c) => {
    const raw = [...(c.req.queries('ids') ?? []).flatMap((v) => v.split(','))].filter(Boolean);
    const ids = [...new Set(raw.map((v) => parseId(v.trim())))];
    if (ids.length < 2 || ids.length > 3) throw new HttpError(400, 'Välj två eller tre program att jämföra.');
    const catalogue = await c.var.services.data.catalogue();
    const items = ids.map((id) => {
      const e = catalogue.get(id);
      if (!e) throw new HttpError(404, `Dokument ${id} finns inte.`);
      const d = e.details as { adoptedBy?: string | null; writtenWithBusiness?: boolean; yearlyActivities?: boolean; goals?: { measurable?: boolean } };
      return {
        documentId: id,
        title: e.fields.title,
        municipalityName: e.municipalityName,
        municipalityCode: e.municipalityCode,
        url: e.url,
        programType: e.fields.programType,
        validFrom: e.fields.validFrom,
        validTo: e.fields.validTo,
        regionalLink: e.fields.regionalLink,
        actionPlan: e.fields.actionPlan,
        sustainability: e.fields.sustainability,
        agenda2030: e.agenda2030,
        adoptedBy: d.adoptedBy ?? null,
        writtenWithBusiness: d.writtenWithBusiness ?? null,
        yearlyActivities: d.yearlyActivities ?? null,
        measurableGoals: d.goals?.measurable ?? null,
        pageCount: e.pageCount,
        goodExample: e.goodExample,
      };
    });
    return page(c, { title: 'Jämför program', section: 'exempel', breadcrumbs: [{ text: 'Exempelbank', href: '/exempel' }, { text: 'Jämför' }], body: renderCompare(items) });
  });

  app.get('/ar', async (c) => {
    const data = c.var.services.data;
    const years = await data.years();
    const from = parseYearParam(c.req.query('from')) ?? years.at(-2) ?? null;
    const to = parseYearParam(c.req.query('to')) ?? years.at(-1) ?? null;
    let comparison = null;
    if (from !== null && to !== null && from !== to && years.includes(from) && years.includes(to)) {
      const names = new Map([...loadGeography().shapes.values()].map((s) => [s.code, s.name]));
      comparison = compareYears(await data.report(Math.min(from, to)), await data.report(Math.max(from, to)), names);
    }
    return page(c, { title: 'Årsjämförelse', section: 'ar', body: renderYearCompare(comparison, years, from, to) });
  });

  app.get('/om', (c) => page(c, { title: 'Om Programkartan', body: renderAbout() }));
  return app;
}
