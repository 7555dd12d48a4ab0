/** Granskning: the queue (most uncertain first), adding a missed program, and the audit log. */
import type { QueueItem, ReviewRecord } from '../../store/index.ts';
import { csrfField, errorSummary, label, pagination, table, tag } from '../components.ts';
import { h, type Html } from '../html.ts';
import { FIELD_LABELS } from './program-view.ts';
import type { Viewer } from '../layout.ts';

export function renderQueue(items: QueueItem[], total: number, viewer: Viewer, notice: string | null): Html {
  return h`<h1 class="govuk-heading-xl">Granskning</h1>
${notice ? h`<div class="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="notice-title" data-module="govuk-notification-banner"><div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="notice-title">Klart</h2></div><div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${notice}</p></div></div>` : null}
<p class="govuk-body">Inloggad som ${viewer.username} (${viewer.role === 'admin' ? 'administratör' : 'granskare'}). ${total} maskinbedömningar väntar, de osäkraste först.</p>
<ul class="govuk-list">
<li><a class="govuk-link" href="/granskning/lagg-till">Lägg till ett program som inventeringen missade</a></li>
<li><a class="govuk-link" href="/granskning/logg">Granskningslogg</a></li>
</ul>
${items.length === 0
    ? h`<p class="govuk-body">Kön är tom.</p>`
    : table({
        caption: 'Att granska',
        head: ['Dokument', 'Kommun', 'Maskinens bedömning', 'Säkerhet', 'Skäl'],
        numeric: [3],
        rows: items.map((i) => [
          h`<a class="govuk-link" href="/program/${i.documentId}#granska">${i.title ?? 'Namnlöst dokument'}</a>`,
          h`<a class="govuk-link" href="/kommun/${i.municipalityCode}">${i.municipalityName ?? i.municipalityCode}</a>`,
          i.isProgram ? label('programType', i.programType) : 'Inte ett program',
          h`${Math.round(i.minConfidence * 100)} %${i.needsReview ? h` ${tag('Flaggad', 'red')}` : null}`,
          i.reviewReasons.join('; ') || '–',
        ]),
      })}`;
}

export interface AddProgramForm {
  kommun: string;
  url: string;
  errors: Array<{ field: string; text: string }>;
}

export function renderAddProgram(form: AddProgramForm, municipalities: Array<{ code: string; name: string }>, viewer: Viewer): Html {
  const err = (field: string): Html | null => {
    const e = form.errors.find((x) => x.field === field);
    return e ? h`<p id="${field}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Fel:</span> ${e.text}</p>` : null;
  };
  const group = (field: string): string => `govuk-form-group${form.errors.some((e) => e.field === field) ? ' govuk-form-group--error' : ''}`;
  return h`${errorSummary(form.errors.map((e) => ({ text: e.text, href: `#${e.field}` })))}
<h1 class="govuk-heading-xl">Lägg till ett program</h1>
<p class="govuk-body">Ange adressen till ett program som inventeringen missade eller ladda upp filen (PDF, DOCX, HTML eller text). Texten läses ut och bedöms som vanligt; du kan sedan granska bedömningen.</p>
<form method="post" action="/granskning/lagg-till" enctype="multipart/form-data" novalidate>
${csrfField(viewer.csrfToken)}
<div class="${group('kommun')}"><label class="govuk-label" for="kommun">Kommun</label>${err('kommun')}
<select class="govuk-select" id="kommun" name="kommun"><option value="">Välj kommun</option>${municipalities.map((m) => h`<option value="${m.code}"${m.code === form.kommun ? h` selected` : null}>${m.name} (${m.code})</option>`)}</select></div>
<div class="${group('url')}"><label class="govuk-label" for="url">Adress (URL) till programmet</label><div class="govuk-hint" id="url-hint">T.ex. https://www.kommun.se/naringslivsprogram.pdf</div>${err('url')}
<input class="govuk-input" id="url" name="url" type="url" aria-describedby="url-hint" value="${form.url}"></div>
<div class="${group('fil')}"><label class="govuk-label" for="fil">eller ladda upp filen</label>${err('fil')}
<input class="govuk-file-upload" id="fil" name="fil" type="file" accept=".pdf,.docx,.html,.htm,.txt"></div>
<button type="submit" class="govuk-button" data-module="govuk-button">Lägg till och bedöm</button>
</form>`;
}

export function renderAuditLog(rows: ReviewRecord[], page: number, pages: number, names: Map<string, string>): Html {
  return h`<h1 class="govuk-heading-xl">Granskningslogg</h1>
${table({
    caption: 'Vem ändrade vad och när',
    head: ['Tid', 'Granskare', 'Gäller', 'Fält', 'Nytt värde', 'Kommentar'],
    rows: rows.map((r) => [
      r.createdAt.slice(0, 19).replace('T', ' '),
      r.reviewer,
      r.targetType === 'document'
        ? h`<a class="govuk-link" href="/program/${r.targetId}">Dokument ${r.targetId}</a>`
        : h`<a class="govuk-link" href="/kommun/${r.targetId}">${names.get(r.targetId) ?? r.targetId}</a>${r.year ? ` (${r.year})` : ''}`,
      FIELD_LABELS[r.field] ?? r.field,
      JSON.stringify(r.value),
      r.comment ?? '',
    ]),
  })}
${pagination({ page, pages, href: (n) => `/granskning/logg?sida=${n}` })}`;
}
