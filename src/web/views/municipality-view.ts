/**
 * Kommun: status per inventory year, the programs found (with source links),
 * neighbours and similar municipalities.
 */
import type { ReportMunicipality } from '../../report/index.ts';
import { label, table, tag, validityText, csrfField } from '../components.ts';
import type { MunicipalityShape } from '../geography.ts';
import { h, type Html } from '../html.ts';
import { STATUS_LABELS } from '../map-svg.ts';
import type { Viewer } from '../layout.ts';

export interface MunicipalityProgram {
  documentId: number;
  title: string | null;
  url: string;
  programType: string | null;
  validFrom: number | null;
  validTo: number | null;
  isProgram: boolean;
  isDraft: boolean;
  source: string;
  reviewed: boolean;
}

export interface MunicipalityPageData {
  shape: MunicipalityShape;
  history: Array<{ year: number; status: ReportMunicipality | null; noProgramReviewed: boolean }>;
  programs: MunicipalityProgram[];
  neighbours: Array<{ shape: MunicipalityShape; status: string | null }>;
  similar: Array<{ shape: MunicipalityShape; status: string | null }>;
  latestYear: number | null;
}

function peerList(items: MunicipalityPageData['neighbours']): Html {
  if (items.length === 0) return h`<p class="govuk-body">Inga uppgifter.</p>`;
  return h`<ul class="govuk-list govuk-list--bullet">${items.map(
    (p) => h`<li><a class="govuk-link" href="/kommun/${p.shape.code}">${p.shape.name}</a> (${p.shape.population?.toLocaleString('sv-SE') ?? '?'} inv.) – ${p.status ?? 'ej inventerad'}</li>`,
  )}</ul>`;
}

export function renderMunicipality(data: MunicipalityPageData, viewer: Viewer | null): Html {
  const { shape } = data;
  return h`<span class="govuk-caption-l">${shape.countyName}</span>
<h1 class="govuk-heading-xl">${shape.name}</h1>
<p class="govuk-body">Kommunkod ${shape.code}. Befolkning ${shape.population?.toLocaleString('sv-SE') ?? 'okänd'}.</p>
${table({
    caption: 'Status per år',
    head: ['År', 'Status', 'Gällande program'],
    numeric: [2],
    rows: data.history.map((y) => [
      h`<a class="govuk-link" href="/?ar=${y.year}">${y.year}</a>`,
      h`${y.status ? STATUS_LABELS[y.status.status] : STATUS_LABELS.not_covered}${y.noProgramReviewed ? h` ${tag('Granskad: inget program', 'grey')}` : null}${y.status?.error ? h`<br><span class="govuk-body-s">${y.status.error}</span>` : null}`,
      y.status?.programs ?? '–',
    ]),
  })}
<h2 class="govuk-heading-l">Hittade dokument</h2>
${data.programs.length === 0
    ? h`<p class="govuk-body">Inga program har hittats för ${shape.name}.</p>`
    : table({
        caption: 'Program och programliknande dokument',
        captionClass: 'govuk-table__caption--s',
        head: ['Titel', 'Typ', 'Giltighet', 'Källa'],
        rows: data.programs.map((p) => [
          h`<a class="govuk-link" href="/program/${p.documentId}">${p.title ?? 'Namnlöst dokument'}</a>${p.reviewed ? h` ${tag('Granskad', 'green')}` : null}${!p.isProgram ? h` ${tag('Inte ett program', 'grey')}` : null}${p.isDraft ? h` ${tag('Utkast', 'yellow')}` : null}`,
          label('programType', p.programType),
          validityText(p.validFrom, p.validTo),
          h`<a class="govuk-link app-url" href="${p.url}" rel="noopener noreferrer">${p.source === 'upload' ? 'Uppladdad fil' : 'Öppna källan'}<span class="govuk-visually-hidden"> för ${p.title ?? 'dokumentet'}</span></a>`,
        ]),
      })}
${viewer && data.latestYear !== null
    ? h`<form method="post" action="/granskning/inget-program" class="govuk-!-margin-bottom-6">${csrfField(viewer.csrfToken)}<input type="hidden" name="kommun" value="${shape.code}"><input type="hidden" name="ar" value="${data.latestYear}">
<button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">Markera ”inget program” ${data.latestYear}</button> <a class="govuk-link" href="/granskning/lagg-till?kommun=${shape.code}">Lägg till ett program som saknas</a></form>`
    : null}
<div class="govuk-grid-row">
<div class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">Grannkommuner</h2>${peerList(data.neighbours)}</div>
<div class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">Liknande kommuner</h2><p class="govuk-body-s">Samma län och liknande folkmängd.</p>${peerList(data.similar)}</div>
</div>`;
}
