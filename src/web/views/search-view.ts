/**
 * Exempelbank: Swedish full-text search with facets and highlighted
 * snippets; results can be picked for side-by-side comparison.
 */
import { LABELS_SV } from '../../domain/index.ts';
import { label, pagination, tag, validityText } from '../components.ts';
import { h, type Html } from '../html.ts';

export interface SearchFilters {
  q: string;
  typ: string[];
  region: string[];
  handlingsplan: string[];
  hallbarhet: string;
  agenda2030: string;
  lan: string;
  ar: string;
  bra: string;
  sida: number;
}

export interface SearchResultItem {
  documentId: number;
  title: string | null;
  municipalityCode: string;
  municipalityName: string;
  countyName: string;
  programType: string | null;
  validFrom: number | null;
  validTo: number | null;
  goodExample: boolean;
  pageNo: number;
  snippet: Html;
}

export interface FacetCounts {
  typ: Record<string, number>;
  region: Record<string, number>;
  handlingsplan: Record<string, number>;
}

function checkboxes(name: keyof FacetCounts, legend: string, labels: Record<string, string>, selected: string[], counts: Record<string, number>): Html {
  return h`<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${legend}</legend>
<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">${Object.entries(labels).map(
    ([value, text]) => h`<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${name}-${value}" name="${name}" type="checkbox" value="${value}"${selected.includes(value) ? h` checked` : null}><label class="govuk-label govuk-checkboxes__label" for="${name}-${value}">${text} (${counts[value] ?? 0})</label></div>`,
  )}</div></fieldset></div>`;
}

function select(name: string, text: string, options: Array<[string, string]>, current: string): Html {
  return h`<div class="govuk-form-group"><label class="govuk-label govuk-label--s" for="f-${name}">${text}</label><select class="govuk-select" id="f-${name}" name="${name}"><option value="">Alla</option>${options.map(
    ([v, t]) => h`<option value="${v}"${v === current ? h` selected` : null}>${t}</option>`,
  )}</select></div>`;
}

export function renderSearch(options: {
  filters: SearchFilters;
  results: SearchResultItem[];
  total: number;
  pages: number;
  counts: FacetCounts;
  counties: Array<[string, string]>;
  years: number[];
  queryString: (page: number) => string;
}): Html {
  const { filters: f } = options;
  return h`<h1 class="govuk-heading-xl">Exempelbank</h1>
<p class="govuk-body">Sök i kommunernas näringslivs- och tillväxtprogram. Sökningen förstår böjningar och sammansättningar: ”näringslivsprogrammet” hittar ”näringslivsprogram”.</p>
<div class="govuk-grid-row">
<div class="govuk-grid-column-one-third">
<form method="get" action="/exempel" role="search" aria-label="Sök program">
<div class="govuk-form-group"><label class="govuk-label govuk-label--m" for="q">Sökord</label>
<input class="govuk-input" id="q" name="q" type="search" value="${f.q}"></div>
<button type="submit" class="govuk-button" data-module="govuk-button">Sök</button>
<h2 class="govuk-heading-m">Filtrera</h2>
${checkboxes('typ', 'Typ av program', LABELS_SV.programType, f.typ, options.counts.typ)}
${checkboxes('region', 'Regional koppling', LABELS_SV.regionalLink, f.region, options.counts.region)}
${checkboxes('handlingsplan', 'Handlingsplan', LABELS_SV.actionPlan, f.handlingsplan, options.counts.handlingsplan)}
${select('hallbarhet', 'Hållbarhet', [['ja', 'Betonar hållbarhet'], ['nej', 'Betonar inte hållbarhet']], f.hallbarhet)}
${select('agenda2030', 'Agenda 2030', [['ja', 'Nämner Agenda 2030'], ['nej', 'Nämner inte Agenda 2030']], f.agenda2030)}
${select('lan', 'Län', options.counties, f.lan)}
${select('ar', 'Gäller år', options.years.map((y) => [String(y), String(y)]), f.ar)}
${select('bra', 'Bra exempel', [['ja', 'Endast bra exempel']], f.bra)}
<button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Använd filter</button>
</form>
</div>
<div class="govuk-grid-column-two-thirds">
<h2 class="govuk-heading-m" id="resultat">${options.total} träffar</h2>
<form method="get" action="/jamfor">
${options.results.length > 1 ? h`<button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">Jämför markerade (2–3)</button>` : null}
<ol class="govuk-list">${options.results.map(
    (r) => h`<li class="govuk-!-margin-bottom-6" data-document-id="${r.documentId}">
<h3 class="govuk-heading-s govuk-!-margin-bottom-1"><a class="govuk-link" href="/program/${r.documentId}${r.pageNo > 0 ? `#sida-${r.pageNo}` : ''}">${r.title ?? 'Namnlöst dokument'}</a>${r.goodExample ? h` ${tag('Bra exempel', 'blue')}` : null}</h3>
<p class="govuk-body-s govuk-!-margin-bottom-1">${r.municipalityName}, ${r.countyName} · ${label('programType', r.programType)} · ${validityText(r.validFrom, r.validTo)}${r.pageNo > 0 ? ` · sidan ${r.pageNo}` : ''}</p>
<p class="govuk-body govuk-!-margin-bottom-1">${r.snippet}</p>
<div class="govuk-checkboxes govuk-checkboxes--small"><div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="cmp-${r.documentId}" name="ids" type="checkbox" value="${r.documentId}"><label class="govuk-label govuk-checkboxes__label" for="cmp-${r.documentId}">Jämför<span class="govuk-visually-hidden"> ${r.title ?? ''}, ${r.municipalityName}</span></label></div></div>
</li>`,
  )}</ol>
</form>
${pagination({ page: f.sida, pages: options.pages, href: options.queryString })}
</div></div>`;
}
