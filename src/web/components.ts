/** GOV.UK Frontend component markup as small functions (tables, summary lists, tags, errors, pagination). */
import { LABELS_SV } from '../domain/index.ts';
import { h, type Html } from './html.ts';

export type Cell = string | number | Html | null;

export function table(options: { caption: string; head: string[]; rows: Cell[][]; numeric?: number[]; captionClass?: string }): Html {
  const numeric = new Set(options.numeric ?? []);
  // A wide table scrolls sideways on a phone: the scroll region must be reachable and named for keyboard users (WCAG 2.1.1).
  return h`<div class="app-table-scroll" tabindex="0" role="region" aria-label="${options.caption} (tabell, kan rullas i sidled)"><table class="govuk-table"><caption class="govuk-table__caption ${options.captionClass ?? 'govuk-table__caption--m'}">${options.caption}</caption>
<thead class="govuk-table__head"><tr class="govuk-table__row">${options.head.map((t, i) => h`<th scope="col" class="govuk-table__header${numeric.has(i) ? ' govuk-table__header--numeric' : ''}">${t}</th>`)}</tr></thead>
<tbody class="govuk-table__body">${options.rows.map(
    (row) => h`<tr class="govuk-table__row">${row.map((cell, i) =>
      i === 0 ? h`<th scope="row" class="govuk-table__header">${cell ?? '–'}</th>` : h`<td class="govuk-table__cell${numeric.has(i) ? ' govuk-table__cell--numeric' : ''}">${cell ?? '–'}</td>`,
    )}</tr>`,
  )}</tbody></table></div>`;
}

export function summaryList(rows: Array<[string, Cell]>): Html {
  return h`<dl class="govuk-summary-list">${rows.map(
    ([k, v]) => h`<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${k}</dt><dd class="govuk-summary-list__value">${v ?? '–'}</dd></div>`,
  )}</dl>`;
}

export function tag(text: string, colour?: 'green' | 'grey' | 'red' | 'yellow' | 'blue' | 'purple' | 'orange'): Html {
  return h`<strong class="govuk-tag${colour ? ` govuk-tag--${colour}` : ''}">${text}</strong>`;
}

export function errorSummary(errors: Array<{ text: string; href: string }>): Html | null {
  if (errors.length === 0) return null;
  return h`<div class="govuk-error-summary" data-module="govuk-error-summary"><div role="alert"><h2 class="govuk-error-summary__title">Det finns ett problem</h2><div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">${errors.map(
    (e) => h`<li><a href="${e.href}">${e.text}</a></li>`,
  )}</ul></div></div></div>`;
}

export function pagination(options: { page: number; pages: number; href: (page: number) => string }): Html | null {
  if (options.pages <= 1) return null;
  const { page, pages } = options;
  const items = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2);
  let last = 0;
  return h`<nav class="govuk-pagination" aria-label="Sidnumrering">
${page > 1 ? h`<div class="govuk-pagination__prev"><a class="govuk-link govuk-pagination__link" href="${options.href(page - 1)}" rel="prev"><span class="govuk-pagination__link-title">Föregående<span class="govuk-visually-hidden"> sida</span></span></a></div>` : null}
<ul class="govuk-pagination__list">${items.map((n) => {
    const gap = n - last > 1;
    last = n;
    return h`${gap ? h`<li class="govuk-pagination__item govuk-pagination__item--ellipses">&ctdot;</li>` : null}<li class="govuk-pagination__item${n === page ? ' govuk-pagination__item--current' : ''}"><a class="govuk-link govuk-pagination__link" href="${options.href(n)}" aria-label="Sida ${n}"${n === page ? h` aria-current="page"` : null}>${n}</a></li>`;
  })}</ul>
${page < pages ? h`<div class="govuk-pagination__next"><a class="govuk-link govuk-pagination__link" href="${options.href(page + 1)}" rel="next"><span class="govuk-pagination__link-title">Nästa<span class="govuk-visually-hidden"> sida</span></span></a></div>` : null}
</nav>`;
}

export function csrfField(token: string): Html {
  return h`<input type="hidden" name="csrf" value="${token}">`;
}

/** Swedish labels for stored vocabulary values (unknown values shown as they are). */
export function label(field: 'programType' | 'regionalLink' | 'actionPlan', value: string | null): string {
  if (value === null) return '–';
  const labels = LABELS_SV[field] as Record<string, string>;
  return labels[value] ?? value;
}

export function yesNo(value: boolean | null): string {
  return value === null ? '–' : value ? 'Ja' : 'Nej';
}

export function validityText(from: number | null, to: number | null): string {
  if (from === null && to === null) return 'Anges inte';
  return `${from ?? '?'}–${to ?? 'tills vidare'}`;
}
