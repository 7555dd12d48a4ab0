/**
 * Decides what one program document is: its name, validity wording,
 * adoption, links, action plan and sustainability. The plan is the ground
 * truth; program-document.ts then writes text that says exactly that.
 */
import type { ActionPlan, ProgramType, RegionalLink } from '../domain/index.ts';
import { MANDATE_PERIODS } from '../domain/index.ts';
import type { Rng } from './prng.ts';
import type { ProgramPlacement, ProgramRole, SimMunicipality } from './sim-types.ts';
import { collaborationsFor, regionalStrategyFor } from './reference-data.ts';

/** How the document states its validity; each form maps to validFrom/validTo by the labelling rules. */
export type ValidityForm = 'range-title' | 'range-text' | 'until-further-notice' | 'mandate-explicit' | 'mandate-current' | 'target-year' | 'until-year';

export interface ProgramPlan {
  role: ProgramRole;
  title: string;
  programType: ProgramType;
  /** Word the text uses for itself: "programmet", "strategin", "policyn", "planen". */
  selfWord: string;
  validFrom: number | null;
  validTo: number | null;
  validityForm: ValidityForm;
  adoptedBy: 'kommunfullmäktige' | 'kommunstyrelsen' | null;
  adoptedDate: string | null;
  paragraph: number;
  isDraft: boolean;
  regionalLink: RegionalLink;
  regionalReference: string | null;
  /** Generic wording ("den regionala utvecklingsstrategin") rather than a name. */
  regionalGeneric: boolean;
  actionPlan: ActionPlan;
  yearlyActivities: boolean;
  sustainability: boolean;
  agenda2030Goals: number[];
  writtenWithBusiness: boolean;
  goalsMeasurable: boolean;
  withProcessGoals: boolean;
  format: 'pdf' | 'docx' | 'html';
  placement: ProgramPlacement;
  /** A revision year the text mentions (not validTo). */
  revisionYear: number | null;
}

export interface PlanInputs {
  role: ProgramRole;
  programType: ProgramType;
  regionalLink: RegionalLink;
  actionPlan: ActionPlan;
  sustainability: boolean;
  format: 'pdf' | 'docx' | 'html';
  placement: ProgramPlacement;
}

interface Validity {
  from: number | null;
  to: number | null;
  form: ValidityForm;
  adoptionYear: number | null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function termOf(year: number): readonly [number, number] {
  return MANDATE_PERIODS.find(([a, b]) => year >= a && year <= b) ?? [year, year + 3];
}

function planValidity(role: ProgramRole, year: number, rng: Rng): Validity {
  if (role === 'draft') {
    const from = year + 1;
    return { from, to: from + rng.pick([3, 4, 5]), form: rng.pick(['range-title', 'range-text'] as const), adoptionYear: null };
  }
  if (role === 'future') {
    const from = year + rng.int(1, 2);
    const form = rng.pick(['range-title', 'range-text', 'mandate-explicit'] as const);
    if (form === 'mandate-explicit') {
      const term = MANDATE_PERIODS.find(([a]) => a > year) ?? [from, from + 3];
      return { from: term[0], to: term[1], form, adoptionYear: year };
    }
    return { from, to: from + rng.pick([3, 4, 5, 8]), form, adoptionYear: year };
  }
  if (role === 'expired') {
    const form = rng.weighted([['range-title', 4], ['range-text', 2], ['mandate-explicit', 1], ['until-year', 1]] as const);
    const to = year - rng.int(1, 4);
    if (form === 'mandate-explicit') {
      const term = termOf(year - 4);
      return { from: term[0], to: term[1], form, adoptionYear: term[0] };
    }
    if (form === 'until-year') {
      const adoptionYear = to - rng.int(2, 4);
      return { from: adoptionYear, to, form, adoptionYear };
    }
    const from = to - rng.int(3, 5);
    return { from, to, form, adoptionYear: from - rng.int(0, 1) };
  }
  const form = rng.weighted([
    ['range-title', 35],
    ['range-text', 15],
    ['until-further-notice', 15],
    ['mandate-explicit', 8],
    ['mandate-current', 7],
    ['target-year', 10],
    ['until-year', 10],
  ] as const);
  switch (form) {
    case 'range-title':
    case 'range-text': {
      const length = rng.pick([3, 4, 4, 5, 5, 8, 10]);
      const from = year - rng.int(0, Math.min(4, length));
      return { from, to: from + length, form, adoptionYear: from - rng.int(0, 1) };
    }
    case 'until-further-notice': {
      const adoptionYear = year - rng.int(0, 5);
      return { from: adoptionYear, to: null, form, adoptionYear };
    }
    case 'mandate-explicit':
    case 'mandate-current': {
      const term = termOf(year);
      const adoptionYear = form === 'mandate-current' ? rng.int(term[0], Math.min(year, term[0] + 1)) : term[0] - rng.int(0, 1);
      return { from: term[0], to: term[1], form, adoptionYear };
    }
    case 'target-year': {
      const adoptionYear = year - rng.int(0, 3);
      const to = rng.pick([2020, 2025, 2030, 2030, 2035].filter((t) => t >= year && t > adoptionYear + 2).concat([adoptionYear + 13 - ((adoptionYear + 13) % 5)]));
      return { from: adoptionYear, to, form, adoptionYear };
    }
    case 'until-year': {
      const adoptionYear = year - rng.int(0, 3);
      return { from: adoptionYear, to: Math.max(year, adoptionYear + 1) + rng.int(0, 3), form, adoptionYear };
    }
  }
}

const DASHES = ['–', '-', '–', '–'];

/** Title by program type; a title never names a year unless the validity says so. */
function planTitle(type: ProgramType, muni: SimMunicipality, v: Validity, sustainability: boolean, rng: Rng): { title: string; selfWord: string } {
  const range = v.form === 'range-title' && v.from !== null && v.to !== null ? `${v.from}${rng.pick(DASHES)}${v.to}` : null;
  const target = v.form === 'target-year' && v.to !== null ? String(v.to) : null;
  const suffix = range ?? target;
  const kommun = `${muni.name} kommun`;
  const withYears = (options: Array<[string, string]>, suffixFree: Array<[string, string]>): { title: string; selfWord: string } => {
    const [base, selfWord] = suffix ? rng.pick(options) : rng.pick([...options, ...suffixFree]);
    return { title: suffix ? `${base} ${suffix}` : base, selfWord };
  };
  switch (type) {
    case 'business':
      return withYears(
        [
          ['Näringslivsprogram', 'programmet'],
          ['Näringslivsstrategi', 'strategin'],
          [`Näringslivsprogram för ${kommun}`, 'programmet'],
          ['Strategi för näringslivsutveckling', 'strategin'],
          ['Näringslivs- och tillväxtstrategi', 'strategin'],
          [`Program för näringslivet i ${muni.name}`, 'programmet'],
        ],
        [
          [`Näringslivsprogram – ${kommun}`, 'programmet'],
          [`Näringslivsstrategi för ${kommun}`, 'strategin'],
          ['Program för näringslivsutveckling', 'programmet'],
        ],
      );
    case 'growth':
      return withYears(
        [
          ['Tillväxtprogram', 'programmet'],
          ['Tillväxtstrategi', 'strategin'],
          // "hållbar" in the name only where the text emphasises it too: keeps the sustainability label unambiguous.
          ...(sustainability ? ([['Strategi för hållbar tillväxt', 'strategin']] as Array<[string, string]>) : []),
          [`Tillväxtstrategi för ${kommun}`, 'strategin'],
        ],
        [
          ['Tillväxtprogram för näringslivet', 'programmet'],
          [`Tillväxtprogram – ${kommun}`, 'programmet'],
        ],
      );
    case 'other':
      return withYears(
        [
          ['Näringslivsplan', 'planen'],
          ['Plan för näringslivsarbetet', 'planen'],
          ['Program för företagande och entreprenörskap', 'programmet'],
          ['Handlingsprogram för företagande', 'programmet'],
        ],
        [
          ['Näringslivspolicy', 'policyn'],
          [`Näringslivspolicy för ${kommun}`, 'policyn'],
          ['Företagarpolicy', 'policyn'],
          ['Policy för ett gott företagsklimat', 'policyn'],
        ],
      );
  }
}

function regional(link: RegionalLink, muni: SimMunicipality, rng: Rng): { reference: string | null; generic: boolean } {
  if (link === 'rus') {
    const strategy = regionalStrategyFor(muni.countyCode);
    if (!strategy || rng.chance(0.3)) return { reference: null, generic: true };
    return { reference: strategy.name, generic: false };
  }
  if (link === 'intermunicipal') {
    const collabs = collaborationsFor(muni.code);
    if (collabs.length === 0 || rng.chance(0.2)) return { reference: null, generic: true };
    return { reference: rng.pick(collabs).name, generic: false };
  }
  return { reference: null, generic: false };
}

export function planProgram(inputs: PlanInputs, muni: SimMunicipality, year: number, rng: Rng): ProgramPlan {
  const v = planValidity(inputs.role, year, rng);
  const { title, selfWord } = planTitle(inputs.programType, muni, v, inputs.sustainability, rng);
  const isDraft = inputs.role === 'draft';
  const adoptionYear = v.adoptionYear;
  const adoptedDate = isDraft || adoptionYear === null ? null : `${adoptionYear}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  const { reference, generic } = regional(inputs.regionalLink, muni, rng);
  const sustainability = inputs.sustainability;
  const revisionYear = v.to !== null ? (rng.chance(0.4) ? v.to - 1 : null) : adoptionYear !== null ? adoptionYear + rng.int(3, 5) : null;
  return {
    role: inputs.role,
    title: isDraft ? rng.pick([`Förslag till ${lowerFirst(title)}`, `${title} – remissversion`, `${title} (utkast)`]) : title,
    programType: inputs.programType,
    selfWord,
    validFrom: v.from,
    validTo: v.to,
    validityForm: v.form,
    adoptedBy: isDraft ? null : rng.chance(0.8) ? 'kommunfullmäktige' : 'kommunstyrelsen',
    adoptedDate,
    paragraph: rng.int(5, 180),
    isDraft,
    regionalLink: inputs.regionalLink,
    regionalReference: reference,
    regionalGeneric: generic,
    actionPlan: inputs.actionPlan,
    yearlyActivities: inputs.actionPlan === 'included' ? rng.chance(0.6) : inputs.actionPlan === 'linked' ? rng.chance(0.5) : false,
    sustainability,
    agenda2030Goals: sustainability && rng.chance(0.6) ? rng.sample([8, 9, 11, 12, 13, 4, 5, 7], 2).sort((a, b) => a - b) : [],
    writtenWithBusiness: rng.chance(0.6),
    goalsMeasurable: rng.chance(0.6),
    withProcessGoals: rng.chance(0.35),
    format: inputs.format,
    placement: inputs.placement,
    revisionYear,
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
