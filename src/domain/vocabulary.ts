import type { EvidenceAspect } from './types.ts';

/**
 * The stable vocabulary of the CLI contract (docs: ../../docs/architecture.md).
 * Keys are English and never change; Swedish labels belong to the UI.
 */

export const PROGRAM_TYPES = ['business', 'growth', 'other'] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

export const REGIONAL_LINKS = ['rus', 'intermunicipal', 'none'] as const;
export type RegionalLink = (typeof REGIONAL_LINKS)[number];

export const ACTION_PLANS = ['included', 'linked', 'none'] as const;
export type ActionPlan = (typeof ACTION_PLANS)[number];

/** A municipality's status for one inventory year. */
export const MUNICIPALITY_STATUSES = [
  'program_found',
  'none_found',
  'only_expired_or_future',
  'unreachable',
] as const;
export type MunicipalityStatus = (typeof MUNICIPALITY_STATUSES)[number];

/** Swedish labels for the UI and for human-readable CLI output. */
export const LABELS_SV = {
  programType: { business: 'Näringslivsprogram/-strategi', growth: 'Tillväxtprogram/-strategi', other: 'Annat namn (plan, policy …)' },
  regionalLink: { rus: 'Koppling till RUS', intermunicipal: 'Mellankommunal samverkan', none: 'Ingen regional koppling' },
  actionPlan: { included: 'Handlingsplan i programmet', linked: 'Hänvisar till separat handlingsplan', none: 'Ingen handlingsplan' },
  status: {
    program_found: 'Program hittat',
    none_found: 'Sökt, inget program hittat',
    only_expired_or_future: 'Endast utgångna eller framtida program',
    unreachable: 'Webbplatsen kunde inte nås',
  },
  evidenceAspect: {
    isProgram: 'Är ett program',
    programType: 'Typ av program',
    title: 'Titel',
    validity: 'Giltighet',
    regionalLink: 'Regional koppling',
    actionPlan: 'Handlingsplan',
    sustainability: 'Hållbarhet',
    adoption: 'Antagande',
    draft: 'Utkast',
    businessParticipation: 'Skrivet med näringslivet',
    yearlyActivities: 'Aktiviteter per år',
    goals: 'Mål',
    agenda2030: 'Agenda 2030',
  },
} as const satisfies {
  programType: Record<ProgramType, string>;
  regionalLink: Record<RegionalLink, string>;
  actionPlan: Record<ActionPlan, string>;
  status: Record<MunicipalityStatus, string>;
  evidenceAspect: Record<EvidenceAspect, string>;
};

/** Electoral terms (mandatperioder); a program "för mandatperioden" is valid for one of these. */
export const MANDATE_PERIODS: ReadonlyArray<readonly [number, number]> = [
  [2011, 2014],
  [2015, 2018],
  [2019, 2022],
  [2023, 2026],
  [2027, 2030],
];
