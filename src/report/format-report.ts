/** The report as Swedish text for a terminal, the analyst's first look. */
import { LABELS_SV } from '../domain/index.ts';
import type { InventoryReport } from './build-report.ts';

function pct(n: number, total: number): string {
  return total === 0 ? '–' : `${Math.round((100 * n) / total)} %`;
}

export function formatReportText(r: InventoryReport): string {
  const n = r.programs.length;
  const lines = [
    `Inventering ${r.year}: ${r.withProgram} av ${r.municipalities} kommuner har ett gällande program (${pct(r.withProgram, r.municipalities)}).`,
    `Program: ${n}`,
    `  ${LABELS_SV.programType.business}: ${r.summary.byType.business}`,
    `  ${LABELS_SV.programType.growth}: ${r.summary.byType.growth}`,
    `  ${LABELS_SV.programType.other}: ${r.summary.byType.other}`,
    `Regional koppling: RUS ${r.summary.regionalLink.rus} (${pct(r.summary.regionalLink.rus, n)}), mellankommunal ${r.summary.regionalLink.intermunicipal} (${pct(r.summary.regionalLink.intermunicipal, n)}), ingen ${r.summary.regionalLink.none} (${pct(r.summary.regionalLink.none, n)})`,
    `Handlingsplan: i programmet ${r.summary.actionPlan.included}, separat ${r.summary.actionPlan.linked}, ingen ${r.summary.actionPlan.none}`,
    `Hållbarhet betonas: ${r.summary.sustainability} (${pct(r.summary.sustainability, n)})`,
    'Status per kommun:',
    ...Object.entries(r.statuses).map(([k, v]) => `  ${LABELS_SV.status[k as keyof typeof LABELS_SV.status]}: ${v}`),
  ];
  if (r.needsReview > 0) lines.push(`${r.needsReview} program behöver granskas av en människa.`);
  const unreachable = r.municipalityStatus.filter((m) => m.status === 'unreachable');
  if (unreachable.length > 0) lines.push('Kunde inte nås:', ...unreachable.slice(0, 30).map((m) => `  ${m.code} ${m.name}: ${m.error ?? 'okänt fel'}`));
  return lines.join('\n');
}
