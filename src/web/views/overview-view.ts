/**
 * Översikt: a year's inventory the way the 2017 inventory presented it
 * (municipalities with a program and share; by type; regional link; action
 * plan; sustainability), with charts, the choropleth map and its table
 * alternative, and a breakdown by county.
 */
import { LABELS_SV, type MunicipalityStatus } from '../../domain/index.ts';
import type { InventoryReport } from '../../report/index.ts';
import { renderBarChart, formatPercent } from '../bar-chart.ts';
import { table } from '../components.ts';
import type { Geography } from '../geography.ts';
import { h, type Html } from '../html.ts';
import { renderLegend, renderMap, STATUS_LABELS, type MapStatus } from '../map-svg.ts';

function share(n: number, total: number): string {
  return total === 0 ? '–' : formatPercent(n / total);
}

export function yearSelector(years: number[], year: number, action: string, name = 'ar'): Html {
  return h`<form method="get" action="${action}" class="govuk-!-margin-bottom-6">
<div class="govuk-form-group"><label class="govuk-label" for="year-select">Inventeringsår</label>
<select class="govuk-select" id="year-select" name="${name}">${years.map((y) => h`<option value="${y}"${y === year ? h` selected` : null}>${y}</option>`)}</select>
<button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">Visa</button></div></form>`;
}

/** The overview body (without the page shell), cacheable per year and data version. */
export function renderOverview(report: InventoryReport, years: number[], geo: Geography): Html {
  const { year, summary } = report;
  const n = report.programs.length;
  const statusOf = new Map<string, MunicipalityStatus>(report.municipalityStatus.map((m) => [m.code, m.status]));
  const counts: Record<MapStatus, number> = { ...report.statuses, not_covered: 0 };
  for (const code of geo.shapes.keys()) if (!statusOf.has(code)) counts.not_covered += 1;

  const figures = table({
    caption: `Inventeringen ${year} i siffror`,
    head: ['Uppgift', 'Antal', 'Andel'],
    numeric: [1, 2],
    rows: [
      ['Kommuner med gällande program', report.withProgram, `${share(report.withProgram, report.municipalities)} av ${report.municipalities}`],
      ['Program totalt', n, ''],
      [LABELS_SV.programType.business, summary.byType.business, share(summary.byType.business, n)],
      [LABELS_SV.programType.growth, summary.byType.growth, share(summary.byType.growth, n)],
      [LABELS_SV.programType.other, summary.byType.other, share(summary.byType.other, n)],
      [LABELS_SV.regionalLink.rus, summary.regionalLink.rus, share(summary.regionalLink.rus, n)],
      [LABELS_SV.regionalLink.intermunicipal, summary.regionalLink.intermunicipal, share(summary.regionalLink.intermunicipal, n)],
      [LABELS_SV.regionalLink.none, summary.regionalLink.none, share(summary.regionalLink.none, n)],
      [LABELS_SV.actionPlan.included, summary.actionPlan.included, share(summary.actionPlan.included, n)],
      [LABELS_SV.actionPlan.linked, summary.actionPlan.linked, share(summary.actionPlan.linked, n)],
      [LABELS_SV.actionPlan.none, summary.actionPlan.none, share(summary.actionPlan.none, n)],
      ['Betonar hållbarhet', summary.sustainability, share(summary.sustainability, n)],
    ],
  });

  const byCounty = new Map<string, { name: string; total: number; found: number }>();
  for (const m of report.municipalityStatus) {
    const entry = byCounty.get(m.countyCode) ?? { name: geo.counties.get(m.countyCode) ?? m.countyCode, total: 0, found: 0 };
    entry.total += 1;
    if (m.status === 'program_found') entry.found += 1;
    byCounty.set(m.countyCode, entry);
  }
  const counties = [...byCounty.entries()].sort(([a], [b]) => a.localeCompare(b));

  return h`<h1 class="govuk-heading-xl">Översikt ${year}</h1>
${yearSelector(years, year, '/')}
<p class="govuk-body-l" data-testid="headline"><span data-figure="withProgram">${report.withProgram}</span> av <span data-figure="municipalities">${report.municipalities}</span> inventerade kommuner har ett gällande näringslivs- eller tillväxtprogram ${year} (${share(report.withProgram, report.municipalities)}).</p>
${report.needsReview > 0 ? h`<div class="govuk-inset-text">${report.needsReview} program väntar på granskning av en människa.</div>` : null}
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
${figures}
<h2 class="govuk-heading-m">Diagram</h2>
<h3 class="govuk-heading-s">Typ av program</h3>
${renderBarChart('Typ av program', [
    { label: 'Näringslivsprogram', value: summary.byType.business },
    { label: 'Tillväxtprogram', value: summary.byType.growth },
    { label: 'Annat namn', value: summary.byType.other },
  ], n)}
<h3 class="govuk-heading-s">Regional koppling</h3>
${renderBarChart('Regional koppling', [
    { label: 'RUS', value: summary.regionalLink.rus },
    { label: 'Mellankommunal samverkan', value: summary.regionalLink.intermunicipal },
    { label: 'Ingen', value: summary.regionalLink.none },
  ], n)}
<h3 class="govuk-heading-s">Handlingsplan</h3>
${renderBarChart('Handlingsplan', [
    { label: 'I programmet', value: summary.actionPlan.included },
    { label: 'Separat', value: summary.actionPlan.linked },
    { label: 'Ingen', value: summary.actionPlan.none },
  ], n)}
<h3 class="govuk-heading-s">Hållbarhet</h3>
${renderBarChart('Hållbarhet', [
    { label: 'Betonar hållbarhet', value: summary.sustainability },
    { label: 'Betonar inte', value: n - summary.sustainability },
  ], n)}
</div>
<div class="govuk-grid-column-one-third">
<h2 class="govuk-heading-m">Karta</h2>
${renderMap(geo, statusOf, `Status per kommun ${year}`)}
${renderLegend(counts)}
<p class="govuk-body"><a class="govuk-link" href="#status-per-kommun">Kartan som tabell</a></p>
</div>
</div>
${table({
    caption: 'Per län',
    head: ['Län', 'Inventerade kommuner', 'Med program', 'Andel'],
    numeric: [1, 2, 3],
    rows: counties.map(([, c]) => [c.name, c.total, c.found, share(c.found, c.total)]),
  })}
<h2 class="govuk-heading-m" id="status-per-kommun">Status per kommun</h2>
<details class="govuk-details"><summary class="govuk-details__summary"><span class="govuk-details__summary-text">Visa alla ${geo.shapes.size} kommuner</span></summary><div class="govuk-details__text">
${table({
    caption: `Status per kommun ${year}`,
    captionClass: 'govuk-table__caption--s',
    head: ['Kommun', 'Län', 'Status', 'Program'],
    numeric: [3],
    rows: [...geo.shapes.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((s) => {
        const m = report.municipalityStatus.find((x) => x.code === s.code);
        return [h`<a class="govuk-link" href="/kommun/${s.code}">${s.name}</a>`, s.countyName, STATUS_LABELS[m?.status ?? 'not_covered'], m ? m.programs : '–'];
      }),
  })}
</div></details>
<h2 class="govuk-heading-m">Ladda ner</h2>
<ul class="govuk-list">
<li><a class="govuk-link" href="/export/${year}.csv">Inventeringen ${year} som CSV</a></li>
<li><a class="govuk-link" href="/export/${year}.xlsx">Inventeringen ${year} som Excel (XLSX)</a></li>
<li><a class="govuk-link" href="/export/${year}.json">Inventeringen ${year} som JSON</a></li>
<li><a class="govuk-link" href="/api/v1/report?year=${year}">Rapporten via API:t</a></li>
</ul>
<p class="govuk-body-s">Data publiceras under CC BY 4.0. Ange källan ”Programkartan” när du använder uppgifterna.</p>`;
}
