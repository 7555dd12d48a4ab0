/**
 * Human-readable explanation for `classify --explain`: each judgement, its
 * confidence, the signals that decided it and the quotes with pages.
 */
import type { Classification, EvidenceAspect } from '../domain/index.ts';
import { LABELS_SV } from '../domain/index.ts';

function pct(c: Classification, field: string): string {
  const v = c.confidence[field];
  return v === undefined ? '' : ` (säkerhet ${Math.round(v * 100)} %)`;
}

function quotes(c: Classification, aspect: EvidenceAspect): string[] {
  return c.evidence.filter((e) => e.aspect === aspect).map((e) => `      s. ${e.page}: "${e.quote}"`);
}

export function explainClassification(c: Classification): string {
  const out: string[] = [];
  const d = c.details;
  out.push(`Titel: ${c.title ?? '(okänd)'}${pct(c, 'title')}`);
  out.push(`Program: ${c.isProgram ? 'ja' : `nej (${d.documentKind})`}${pct(c, 'isProgram')}`);
  out.push(...quotes(c, 'isProgram'));
  if (c.isProgram) {
    const type = c.programType ? `${c.programType} – ${LABELS_SV.programType[c.programType]}` : '–';
    out.push(`Typ: ${type}${pct(c, 'programType')}`, ...quotes(c, 'programType'));
    const validity = `${c.validFrom ?? '?'}–${c.validTo ?? (d.validUntilFurtherNotice ? 'tills vidare' : '?')}`;
    out.push(`Giltighet: ${validity}${pct(c, 'validity')}`, ...quotes(c, 'validity'));
    out.push(`Antagen av: ${d.adoptedBy ?? '–'}${d.adoptedDate ? ` ${d.adoptedDate}` : ''}${pct(c, 'adoptedBy')}`, ...quotes(c, 'adoption'));
    if (c.regionalLink) out.push(`Regional koppling: ${c.regionalLink} – ${LABELS_SV.regionalLink[c.regionalLink]}${d.regionalReference ? ` (${d.regionalReference})` : ''}${pct(c, 'regionalLink')}`, ...quotes(c, 'regionalLink'));
    if (c.actionPlan) out.push(`Handlingsplan: ${c.actionPlan} – ${LABELS_SV.actionPlan[c.actionPlan]}${pct(c, 'actionPlan')}`, ...quotes(c, 'actionPlan'));
    out.push(`Hållbarhet: ${c.sustainability ? 'ja' : 'nej'}${pct(c, 'sustainability')}`, ...quotes(c, 'sustainability'));
    out.push(`Agenda 2030: ${d.agenda2030.mentioned ? `ja${d.agenda2030.goals.length ? `, mål ${d.agenda2030.goals.join(', ')}` : ''}` : 'nej'}`, ...quotes(c, 'agenda2030'));
    out.push(`Utkast/remiss: ${d.isDraft ? 'ja' : 'nej'}${pct(c, 'isDraft')}`, ...quotes(c, 'draft'));
    out.push(`Framtaget med näringslivet: ${d.writtenWithBusiness ? 'ja' : 'nej'}${pct(c, 'writtenWithBusiness')}`, ...quotes(c, 'businessParticipation'));
    out.push(`Aktiviteter per år: ${d.yearlyActivities ? 'ja' : 'nej'}${pct(c, 'yearlyActivities')}`, ...quotes(c, 'yearlyActivities'));
    const g = d.goals;
    out.push(
      `Mål: ${g.present ? `ja${g.measurable ? ', mätbara' : ''}${g.kinds.length ? ` (${g.kinds.join(', ')})` : ''}${g.indicators.length ? `; indikatorer: ${g.indicators.join(', ')}` : ''}` : 'nej'}${pct(c, 'goals')}`,
      ...quotes(c, 'goals'),
    );
  }
  out.push('Signaler:', ...c.signals.map((s) => `  - ${s}`));
  if (c.needsReview) out.push('Behöver granskas:', ...c.reviewReasons.map((r) => `  - ${r}`));
  return out.join('\n');
}
