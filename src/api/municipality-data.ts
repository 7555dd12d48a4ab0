/** Loads the municipality page and `/api/v1/municipality/:code`: history per year, documents, peers. */
import { loadGeography, similarMunicipalities, STATUS_LABELS, type MunicipalityPageData } from '../web/index.ts';
import type { DataService } from './data-service.ts';

export async function loadMunicipality(data: DataService, code: string): Promise<MunicipalityPageData | null> {
  const geo = loadGeography();
  const shape = geo.shapes.get(code);
  if (!shape) return null;
  const years = await data.years();
  const reports = await Promise.all(years.map((y) => data.report(y)));
  const noProgram = await data.db.selectFrom('reviews').select(['year']).where('target_type', '=', 'municipality').where('target_id', '=', code).where('field', '=', 'noProgram').execute();
  const reviewedYears = new Set(noProgram.map((r) => (r.year === null ? null : Number(r.year))));
  const history = reports.map((r) => ({
    year: r.year,
    status: r.municipalityStatus.find((m) => m.code === code) ?? null,
    noProgramReviewed: reviewedYears.has(r.year) || reviewedYears.has(null),
  }));
  const latest = reports.at(-1) ?? null;
  const statusText = (c: string): string | null => {
    const m = latest?.municipalityStatus.find((x) => x.code === c);
    return m ? STATUS_LABELS[m.status] : null;
  };
  const catalogue = await data.catalogue();
  const programs = [...catalogue.values()]
    .filter((e) => e.municipalityCode === code && (e.fields.isProgram || e.reviewedFields.length > 0 || e.needsReview))
    .sort((a, b) => (b.fields.validFrom ?? 0) - (a.fields.validFrom ?? 0) || a.documentId - b.documentId)
    .map((e) => ({
      documentId: e.documentId,
      title: e.fields.title,
      url: e.url,
      programType: e.fields.programType,
      validFrom: e.fields.validFrom,
      validTo: e.fields.validTo,
      isProgram: e.fields.isProgram,
      isDraft: e.fields.isDraft,
      source: e.source,
      reviewed: e.reviewedFields.length > 0,
    }));
  return {
    shape,
    history,
    programs,
    neighbours: shape.neighbours.flatMap((c) => {
      const s = geo.shapes.get(c);
      return s ? [{ shape: s, status: statusText(c) }] : [];
    }),
    similar: similarMunicipalities(geo, code).map((s) => ({ shape: s, status: statusText(s.code) })),
    latestYear: latest?.year ?? null,
  };
}
