/**
 * Program: metadata, every judgement with its evidence quotes highlighted
 * and page numbers, the text page by page, the source link and the review
 * history. Reviewers also get the form to confirm or correct each field.
 */
import { ACTION_PLANS, PROGRAM_TYPES, REGIONAL_LINKS } from '../../domain/index.ts';
import { csrfField, label, summaryList, tag, validityText, yesNo } from '../components.ts';
import { h, type Html } from '../html.ts';
import { highlightQuotes } from '../highlight.ts';
import { LABELS_SV, type EvidenceAspect } from '../../domain/index.ts';
import type { JudgedFields } from '../../store/index.ts';
import type { Viewer } from '../layout.ts';

/** The judged fields of a program: the store's shape, machine or reviewed. */
export type ProgramFields = JudgedFields;

export interface ProgramPageData {
  documentId: number;
  municipalityCode: string;
  municipalityName: string;
  url: string;
  format: string;
  source: string;
  pageCount: number;
  scanned: boolean;
  machine: ProgramFields;
  fields: ProgramFields;
  reviewedFields: string[];
  needsReview: boolean;
  reviewReasons: string[];
  confidence: Record<string, number>;
  details: Record<string, unknown>;
  evidence: Array<{ aspect: string; quote: string; page: number }>;
  pages: Array<{ pageNo: number; text: string }>;
  reviews: Array<{ id: number; field: string; value: unknown; reviewer: string; comment: string | null; createdAt: string }>;
  goodExample: boolean;
}

export const FIELD_LABELS: Record<string, string> = {
  isProgram: 'Är ett program',
  programType: 'Typ av program',
  title: 'Titel',
  validFrom: 'Gäller från',
  validTo: 'Gäller till',
  regionalLink: 'Regional koppling',
  actionPlan: 'Handlingsplan',
  sustainability: 'Betonar hållbarhet',
  isDraft: 'Utkast',
  noProgram: 'Inget program',
  goodExample: 'Bra exempel',
};

function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return yesNo(value);
  if (field === 'programType' || field === 'regionalLink' || field === 'actionPlan') return label(field, String(value));
  return String(value);
}

function confidenceTag(value: number | undefined): Html | null {
  if (value === undefined) return null;
  const pct = Math.round(value * 100);
  return tag(`Säkerhet ${pct} %`, value < 0.6 ? 'red' : value < 0.8 ? 'yellow' : 'green');
}

function fieldValue(data: ProgramPageData, field: keyof ProgramFields): Html {
  const reviewed = data.reviewedFields.includes(field);
  const machine = data.machine[field];
  return h`${valueText(field, data.fields[field])}${reviewed ? h` ${tag('Granskad', 'green')}${machine !== data.fields[field] ? h` <span class="govuk-body-s">(maskinen: ${valueText(field, machine)})</span>` : null}` : null}`;
}

function options(values: readonly string[], current: string | null, field: 'programType' | 'regionalLink' | 'actionPlan'): Html {
  return h`${values.map((v) => h`<option value="${v}"${v === current ? h` selected` : null}>${label(field, v)}</option>`)}`;
}

function boolSelect(name: string, id: string, current: boolean | null): Html {
  return h`<select class="govuk-select" id="${id}" name="${name}"><option value="true"${current === true ? h` selected` : null}>Ja</option><option value="false"${current === false ? h` selected` : null}>Nej</option></select>`;
}

function reviewForm(data: ProgramPageData, viewer: Viewer): Html {
  const f = data.fields;
  return h`<h2 class="govuk-heading-l" id="granska">Granska</h2>
<p class="govuk-body">Bekräfta maskinens bedömning eller rätta de fält som är fel. Beslutet sparas i granskningsloggen och skrivs aldrig över av nya inventeringar.</p>
<form method="post" action="/granskning/dokument/${data.documentId}" novalidate>
${csrfField(viewer.csrfToken)}
<div class="govuk-form-group"><label class="govuk-label" for="f-isProgram">${FIELD_LABELS['isProgram']}</label>${boolSelect('isProgram', 'f-isProgram', f.isProgram)}</div>
<div class="govuk-form-group"><label class="govuk-label" for="f-programType">${FIELD_LABELS['programType']}</label><select class="govuk-select" id="f-programType" name="programType"><option value="">–</option>${options(PROGRAM_TYPES, f.programType, 'programType')}</select></div>
<div class="govuk-form-group"><label class="govuk-label" for="f-title">${FIELD_LABELS['title']}</label><input class="govuk-input" id="f-title" name="title" type="text" value="${f.title ?? ''}"></div>
<div class="govuk-form-group"><label class="govuk-label" for="f-validFrom">${FIELD_LABELS['validFrom']}</label><div class="govuk-hint" id="f-validFrom-hint">År, t.ex. 2016. Lämna tomt om det inte anges.</div><input class="govuk-input govuk-input--width-4" id="f-validFrom" name="validFrom" type="text" inputmode="numeric" aria-describedby="f-validFrom-hint" value="${f.validFrom ?? ''}"></div>
<div class="govuk-form-group"><label class="govuk-label" for="f-validTo">${FIELD_LABELS['validTo']}</label><div class="govuk-hint" id="f-validTo-hint">År. Lämna tomt för ”tills vidare”.</div><input class="govuk-input govuk-input--width-4" id="f-validTo" name="validTo" type="text" inputmode="numeric" aria-describedby="f-validTo-hint" value="${f.validTo ?? ''}"></div>
<div class="govuk-form-group"><label class="govuk-label" for="f-regionalLink">${FIELD_LABELS['regionalLink']}</label><select class="govuk-select" id="f-regionalLink" name="regionalLink"><option value="">–</option>${options(REGIONAL_LINKS, f.regionalLink, 'regionalLink')}</select></div>
<div class="govuk-form-group"><label class="govuk-label" for="f-actionPlan">${FIELD_LABELS['actionPlan']}</label><select class="govuk-select" id="f-actionPlan" name="actionPlan"><option value="">–</option>${options(ACTION_PLANS, f.actionPlan, 'actionPlan')}</select></div>
<div class="govuk-form-group"><label class="govuk-label" for="f-sustainability">${FIELD_LABELS['sustainability']}</label>${boolSelect('sustainability', 'f-sustainability', f.sustainability)}</div>
<div class="govuk-form-group"><label class="govuk-label" for="f-isDraft">${FIELD_LABELS['isDraft']}</label>${boolSelect('isDraft', 'f-isDraft', f.isDraft)}</div>
<div class="govuk-form-group"><label class="govuk-label" for="f-comment">Kommentar (valfri)</label><textarea class="govuk-textarea" id="f-comment" name="comment" rows="2"></textarea></div>
<button type="submit" class="govuk-button" data-module="govuk-button">Spara granskning</button>
</form>
<form method="post" action="/exempel/${data.documentId}/bra-exempel">${csrfField(viewer.csrfToken)}<input type="hidden" name="value" value="${data.goodExample ? 'false' : 'true'}">
<button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">${data.goodExample ? 'Ta bort från bra exempel' : 'Markera som bra exempel'}</button></form>`;
}

export function renderProgram(data: ProgramPageData, viewer: Viewer | null): Html {
  const f = data.fields;
  const byPage = new Map<number, string[]>();
  for (const e of data.evidence) byPage.set(e.page, [...(byPage.get(e.page) ?? []), e.quote]);
  const aspects = [...new Set(data.evidence.map((e) => e.aspect))];
  const adoptedBy = typeof data.details['adoptedBy'] === 'string' ? data.details['adoptedBy'] : null;
  const adoptedDate = typeof data.details['adoptedDate'] === 'string' ? data.details['adoptedDate'] : null;
  return h`<span class="govuk-caption-l"><a class="govuk-link" href="/kommun/${data.municipalityCode}">${data.municipalityName}</a></span>
<h1 class="govuk-heading-xl">${f.title ?? 'Namnlöst dokument'}</h1>
${data.goodExample ? h`<p class="govuk-body">${tag('Bra exempel', 'blue')}</p>` : null}
${data.needsReview && data.reviewedFields.length === 0 ? h`<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Varning</span>Maskinen är osäker och bedömningen väntar på granskning${data.reviewReasons.length ? `: ${data.reviewReasons.join('; ')}` : ''}.</strong></div>` : null}
<p class="govuk-body"><a class="govuk-link app-url" href="${data.url}" rel="noopener noreferrer">Källa: ${data.url}</a></p>
<h2 class="govuk-heading-l">Bedömning</h2>
${summaryList([
    [FIELD_LABELS['isProgram']!, h`${fieldValue(data, 'isProgram')} ${confidenceTag(data.confidence['isProgram'])}`],
    [FIELD_LABELS['programType']!, h`${fieldValue(data, 'programType')} ${confidenceTag(data.confidence['programType'])}`],
    ['Giltighet', h`${validityText(f.validFrom, f.validTo)}${data.reviewedFields.includes('validFrom') || data.reviewedFields.includes('validTo') ? h` ${tag('Granskad', 'green')}` : null} ${confidenceTag(data.confidence['validity'])}`],
    [FIELD_LABELS['regionalLink']!, h`${fieldValue(data, 'regionalLink')} ${confidenceTag(data.confidence['regionalLink'])}`],
    [FIELD_LABELS['actionPlan']!, h`${fieldValue(data, 'actionPlan')} ${confidenceTag(data.confidence['actionPlan'])}`],
    [FIELD_LABELS['sustainability']!, h`${fieldValue(data, 'sustainability')} ${confidenceTag(data.confidence['sustainability'])}`],
    [FIELD_LABELS['isDraft']!, fieldValue(data, 'isDraft')],
    ['Antaget av', adoptedBy ? `${adoptedBy}${adoptedDate ? ` (${adoptedDate})` : ''}` : '–'],
    ['Format', `${data.format.toUpperCase()}, ${data.pageCount} sidor${data.scanned ? ' (skannat, behöver OCR)' : ''}`],
    ['Ursprung', data.source === 'crawl' ? 'Hittat av inventeringen' : data.source === 'upload' ? 'Uppladdat av granskare' : 'Tillagt av granskare'],
  ])}
<h2 class="govuk-heading-l">Belägg</h2>
${aspects.length === 0
    ? h`<p class="govuk-body">Inga citat sparades för detta dokument.</p>`
    : aspects.map(
        (aspect) => h`<h3 class="govuk-heading-s">${LABELS_SV.evidenceAspect[aspect as EvidenceAspect] ?? aspect}</h3><ul class="govuk-list">${data.evidence
          .filter((e) => e.aspect === aspect)
          .map((e) => h`<li class="app-quote"><mark>${e.quote}</mark> <a class="govuk-link govuk-body-s" href="#sida-${e.page}">sidan ${e.page}</a></li>`)}</ul>`,
      )}
${viewer ? reviewForm(data, viewer) : null}
<h2 class="govuk-heading-l">Granskningshistorik</h2>
${data.reviews.length === 0
    ? h`<p class="govuk-body">Ingen har granskat dokumentet ännu.</p>`
    : h`<ul class="govuk-list">${data.reviews.map((r) => h`<li>${r.createdAt.slice(0, 16).replace('T', ' ')}: ${r.reviewer} satte ${FIELD_LABELS[r.field] ?? r.field} till ”${valueText(r.field, r.value)}”${r.comment ? ` – ${r.comment}` : ''}</li>`)}</ul>`}
<h2 class="govuk-heading-l">Text sida för sida</h2>
${data.pages.length === 0 ? h`<p class="govuk-body">Ingen text kunde läsas ut.</p>` : null}
${data.pages.map(
    (p) => h`<section aria-labelledby="sida-${p.pageNo}"><h3 class="govuk-heading-s" id="sida-${p.pageNo}">Sidan ${p.pageNo}</h3><div class="govuk-body app-page-text">${highlightQuotes(p.text, byPage.get(p.pageNo) ?? [])}</div></section>`,
  )}`;
}
