/** Jämför: two or three programs side by side, field by field. */
import { label, summaryList, tag, validityText, yesNo } from '../components.ts';
import { h, type Html } from '../html.ts';

export interface CompareItem {
  documentId: number;
  title: string | null;
  municipalityName: string;
  municipalityCode: string;
  url: string;
  programType: string | null;
  validFrom: number | null;
  validTo: number | null;
  regionalLink: string | null;
  actionPlan: string | null;
  sustainability: boolean | null;
  agenda2030: boolean;
  adoptedBy: string | null;
  writtenWithBusiness: boolean | null;
  yearlyActivities: boolean | null;
  measurableGoals: boolean | null;
  pageCount: number;
  goodExample: boolean;
}

export function renderCompare(items: CompareItem[]): Html {
  return h`<h1 class="govuk-heading-xl">Jämför program</h1>
<div class="app-compare">${items.map(
    (p) => h`<section aria-labelledby="cmp-title-${p.documentId}"><h2 class="govuk-heading-m" id="cmp-title-${p.documentId}"><a class="govuk-link" href="/program/${p.documentId}">${p.title ?? 'Namnlöst dokument'}</a></h2>
<p class="govuk-body"><a class="govuk-link" href="/kommun/${p.municipalityCode}">${p.municipalityName}</a>${p.goodExample ? h` ${tag('Bra exempel', 'blue')}` : null}</p>
${summaryList([
      ['Typ', label('programType', p.programType)],
      ['Giltighet', validityText(p.validFrom, p.validTo)],
      ['Regional koppling', label('regionalLink', p.regionalLink)],
      ['Handlingsplan', label('actionPlan', p.actionPlan)],
      ['Hållbarhet', yesNo(p.sustainability)],
      ['Agenda 2030', yesNo(p.agenda2030)],
      ['Antaget av', p.adoptedBy ?? '–'],
      ['Skrivet med näringslivet', yesNo(p.writtenWithBusiness)],
      ['Aktiviteter per år', yesNo(p.yearlyActivities)],
      ['Mätbara mål', yesNo(p.measurableGoals)],
      ['Sidor', p.pageCount],
    ])}
<p class="govuk-body"><a class="govuk-link app-url" href="${p.url}" rel="noopener noreferrer">Källa<span class="govuk-visually-hidden"> för ${p.title ?? 'programmet'}</span></a></p></section>`,
  )}</div>`;
}
