/** Årsjämförelse: two inventory years side by side — new, renewed and expired programs. */
import { formatPercent } from '../bar-chart.ts';
import { label, table, validityText } from '../components.ts';
import { h, type Html } from '../html.ts';

export interface YearChange {
  municipalityCode: string;
  municipalityName: string;
  documentId: number;
  title: string | null;
  programType: string;
  validFrom: number | null;
  validTo: number | null;
  previous: { documentId: number; title: string | null } | null;
}

export interface YearComparison {
  from: number;
  to: number;
  fromWith: number;
  fromTotal: number;
  toWith: number;
  toTotal: number;
  added: YearChange[];
  renewed: YearChange[];
  continued: YearChange[];
  expired: YearChange[];
}

function changeTable(caption: string, rows: YearChange[], withPrevious: boolean): Html {
  if (rows.length === 0) return h`<h2 class="govuk-heading-m">${caption}</h2><p class="govuk-body">Inga.</p>`;
  return table({
    caption: `${caption} (${rows.length})`,
    head: withPrevious ? ['Kommun', 'Program', 'Typ', 'Giltighet', 'Ersätter'] : ['Kommun', 'Program', 'Typ', 'Giltighet'],
    rows: rows.map((r) => {
      const base = [
        h`<a class="govuk-link" href="/kommun/${r.municipalityCode}">${r.municipalityName}</a>`,
        h`<a class="govuk-link" href="/program/${r.documentId}">${r.title ?? 'Namnlöst'}</a>`,
        label('programType', r.programType),
        validityText(r.validFrom, r.validTo),
      ];
      return withPrevious ? [...base, r.previous ? h`<a class="govuk-link" href="/program/${r.previous.documentId}">${r.previous.title ?? 'Namnlöst'}</a>` : '–'] : base;
    }),
  });
}

export function renderYearCompare(c: YearComparison | null, years: number[], from: number | null, to: number | null): Html {
  const form = h`<form method="get" action="/ar" class="govuk-!-margin-bottom-6"><div class="govuk-grid-row">
<div class="govuk-grid-column-one-quarter govuk-form-group"><label class="govuk-label" for="from">Från år</label><select class="govuk-select" id="from" name="from">${years.map((y) => h`<option value="${y}"${y === from ? h` selected` : null}>${y}</option>`)}</select></div>
<div class="govuk-grid-column-one-quarter govuk-form-group"><label class="govuk-label" for="to">Till år</label><select class="govuk-select" id="to" name="to">${years.map((y) => h`<option value="${y}"${y === to ? h` selected` : null}>${y}</option>`)}</select></div>
<div class="govuk-grid-column-one-quarter"><button type="submit" class="govuk-button govuk-!-margin-top-6" data-module="govuk-button">Jämför</button></div></div></form>`;
  if (!c) return h`<h1 class="govuk-heading-xl">Årsjämförelse</h1>${form}<p class="govuk-body">Välj två inventeringsår. Det behövs minst två år i databasen.</p>`;
  return h`<h1 class="govuk-heading-xl">Årsjämförelse ${c.from}–${c.to}</h1>${form}
${table({
    caption: 'Kommuner med gällande program',
    head: ['År', 'Med program', 'Inventerade', 'Andel'],
    numeric: [1, 2, 3],
    rows: [
      [String(c.from), c.fromWith, c.fromTotal, c.fromTotal ? formatPercent(c.fromWith / c.fromTotal) : '–'],
      [String(c.to), c.toWith, c.toTotal, c.toTotal ? formatPercent(c.toWith / c.toTotal) : '–'],
    ],
  })}
${changeTable(`Nya program ${c.to}`, c.added, false)}
${changeTable(`Förnyade program (ersätter ett program från ${c.from})`, c.renewed, true)}
${changeTable(`Program som gäller båda åren`, c.continued, false)}
${changeTable(`Utgångna program (gällde ${c.from}, inte ${c.to})`, c.expired, false)}`;
}
