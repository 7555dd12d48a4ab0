/**
 * The real programs of the corpus: each one composed from a title, a
 * validity and adoption wording, a regional wording, an action-plan
 * wording, a sustainability wording and neutral body chapters. Every
 * signal is drawn from its own quota and its own wording bank, so the
 * combinations differ from document to document; the labels are derived
 * from the wordings actually used, never typed by hand.
 */
import type { CorpusFormat, CorpusSource, TxtStyle } from './types.ts';
import { PLACES, kommun, kommuns, type Place } from './places.ts';
import { cap, type Ctx } from './context.ts';
import { at, quota, rng, shuffle } from './random.ts';
import { INTERMUNICIPAL_WORDINGS, NO_LINK_WORDINGS, RUS_WORDINGS, type RegionalWording } from './regional-wordings.ts';
import { INCLUDED_WORDINGS, LINKED_WORDINGS, NONE_WORDINGS, type ActionPlanWording } from './action-plan-wordings.ts';
import { PASSING_WORDINGS, SUSTAINABLE_WORDINGS, type SustainabilityWording } from './sustainability-wordings.ts';
import {
  ADOPTION_WORDINGS, CURRENT_TERM_WORDINGS, MANDATE_WORDINGS, NON_VALIDITY_DATES, RANGE_WORDINGS, UFN_WORDINGS, UNTIL_WORDINGS,
  iso, termOf, type Adoption,
} from './validity-wordings.ts';
import {
  BACKGROUNDS, FOLLOW_UP_MEASURED, FOLLOW_UP_PLAIN, GOAL_AREAS, LONG_CHAPTERS, PROCESS_WITHOUT_BUSINESS, PROCESS_WITH_BUSINESS,
  PURPOSES, ROLES, VISIONS,
} from './body-blocks.ts';

type ProgramType = 'business' | 'growth' | 'other';

interface TitleForm {
  type: ProgramType;
  make: (p: Place, suffix: string) => string;
  doc: 'programmet' | 'strategin' | 'planen' | 'policyn';
  full: string;
  needsIncluded?: boolean;
  needsSustainable?: boolean;
}

const T = (type: ProgramType, make: TitleForm['make'], doc: TitleForm['doc'], full: string, extra: Partial<TitleForm> = {}): TitleForm => ({ type, make, doc, full, ...extra });

const TITLES: Record<ProgramType, TitleForm[]> = {
  business: [
    T('business', (_, s) => `Näringslivsprogram${s}`, 'programmet', 'näringslivsprogrammet'),
    T('business', (p, s) => `Näringslivsstrategi för ${kommun(p)}${s}`, 'strategin', 'näringslivsstrategin'),
    T('business', (p, s) => `${kommuns(p)} näringslivsprogram${s}`, 'programmet', 'näringslivsprogrammet'),
    T('business', (_, s) => `Näringslivsstrategi${s}`, 'strategin', 'näringslivsstrategin'),
    T('business', (_, s) => `Program för näringslivsutveckling${s}`, 'programmet', 'programmet för näringslivsutveckling'),
    T('business', (p, s) => `Strategi för näringslivet i ${p.name}${s}`, 'strategin', 'strategin för näringslivet'),
    T('business', (_, s) => `Näringslivs- och tillväxtstrategi${s}`, 'strategin', 'näringslivs- och tillväxtstrategin'),
    T('business', (p, s) => `Näringslivsprogram – ${p.name} växer${s}`, 'programmet', 'näringslivsprogrammet'),
    T('business', (_, s) => `Strategi för näringslivsutveckling${s}`, 'strategin', 'strategin för näringslivsutveckling'),
    T('business', (p, s) => `Program för näringslivet i ${kommun(p)}${s}`, 'programmet', 'programmet för näringslivet'),
    T('business', (_, s) => `Näringslivsstrategi med handlingsplan${s}`, 'strategin', 'näringslivsstrategin', { needsIncluded: true }),
    T('business', (_, s) => `Näringslivsprogram – Tillsammans för fler jobb${s}`, 'programmet', 'näringslivsprogrammet'),
    T('business', (p, s) => `Näringslivsprogram för ${kommun(p)}${s}`, 'programmet', 'näringslivsprogrammet'),
    T('business', (_, s) => `NÄRINGSLIVSSTRATEGI${s}`, 'strategin', 'näringslivsstrategin'),
    T('business', (p, s) => `${kommuns(p)} strategi för näringslivsutveckling${s}`, 'strategin', 'strategin för näringslivsutveckling'),
    T('business', (_, s) => `Utvecklingsprogram för näringslivet${s}`, 'programmet', 'utvecklingsprogrammet'),
  ],
  growth: [
    T('growth', (_, s) => `Tillväxtprogram${s}`, 'programmet', 'tillväxtprogrammet'),
    T('growth', (p, s) => `Tillväxtstrategi för ${kommun(p)}${s}`, 'strategin', 'tillväxtstrategin'),
    T('growth', (_, s) => `Strategi för hållbar tillväxt${s}`, 'strategin', 'strategin för hållbar tillväxt', { needsSustainable: true }),
    T('growth', (_, s) => `Tillväxtprogram för näringslivet${s}`, 'programmet', 'tillväxtprogrammet'),
    T('growth', (p, s) => `${kommuns(p)} tillväxtstrategi${s}`, 'strategin', 'tillväxtstrategin'),
    T('growth', (_, s) => `Tillväxt- och näringslivsstrategi${s}`, 'strategin', 'tillväxt- och näringslivsstrategin'),
    T('growth', (_, s) => `Strategi för tillväxt och företagande${s}`, 'strategin', 'strategin för tillväxt och företagande'),
  ],
  other: [
    T('other', (_, s) => `Näringslivspolicy${s}`, 'policyn', 'näringslivspolicyn'),
    T('other', (p, s) => `Näringslivsplan för ${kommun(p)}${s}`, 'planen', 'näringslivsplanen'),
    T('other', (_, s) => `Program för företagande och entreprenörskap${s}`, 'programmet', 'programmet för företagande och entreprenörskap'),
    T('other', (_, s) => `Företagarpolicy${s}`, 'policyn', 'företagarpolicyn'),
    T('other', (_, s) => `Plan för näringslivsarbetet${s}`, 'planen', 'planen för näringslivsarbetet'),
    T('other', (p, s) => `Policy för näringslivsarbete i ${kommun(p)}${s}`, 'policyn', 'policyn för näringslivsarbete'),
    T('other', (_, s) => `Företagsklimatstrategi${s}`, 'strategin', 'företagsklimatstrategin'),
    T('other', (_, s) => `Handlingsprogram för ett bättre företagsklimat${s}`, 'programmet', 'handlingsprogrammet'),
    T('other', (_, s) => `Program för jobb och företagande${s}`, 'programmet', 'programmet för jobb och företagande'),
    T('other', (p, s) => `${kommuns(p)} näringslivspolicy${s}`, 'policyn', 'näringslivspolicyn'),
    T('other', (_, s) => `Strategi för ett gott företagsklimat${s}`, 'strategin', 'strategin för ett gott företagsklimat'),
    T('other', (_, s) => `Näringslivsplan${s}`, 'planen', 'näringslivsplanen'),
  ],
};

type ValidityKind = 'range-text' | 'range-title' | 'range-both' | 'until' | 'ufn' | 'mandate' | 'current-term' | 'vision' | 'adoption-only' | 'revision' | 'none';

const RANGES: Array<[number, number]> = [
  [2008, 2012], [2016, 2020], [2019, 2022], [2021, 2025], [2012, 2016], [2017, 2020], [2020, 2024], [2023, 2026], [2027, 2030],
  [2014, 2018], [2018, 2022], [2022, 2026], [2010, 2014], [2015, 2020], [2024, 2028], [2019, 2023], [2016, 2019], [2025, 2030],
  [2013, 2017], [2020, 2030], [2026, 2030], [2011, 2015], [2017, 2021], [2023, 2027],
];
const DRAFT_MARKERS: Array<(y: number) => { header?: string; lines: string[] }> = [
  (y) => ({ header: `REMISSVERSION ${y}-10-04`, lines: [`Detta är en remissversion. Synpunkter lämnas till kommunstyrelsen senast den 15 januari ${y + 1}.`] }),
  () => ({ header: 'UTKAST – ej beslutat dokument', lines: ['Utkast. Texten är under bearbetning och kan komma att ändras.'] }),
  (y) => ({ lines: ['Förslag till kommunfullmäktige', `Dokumentet är ett förslag och har ännu inte antagits. Planerat beslut i kommunfullmäktige: juni ${y + 1}.`] }),
  () => ({ header: 'Samrådsversion', lines: ['Samrådsversion – synpunkter välkomnas via e-post till naringsliv@kommunen.se.'] }),
  () => ({ header: 'Arbetsmaterial, version 0.9', lines: ['Arbetsmaterial som ska diskuteras i näringslivsrådet innan förslaget går vidare till politisk behandling.'] }),
  (y) => ({ header: 'Remisshandling', lines: [`Remisstid: 1 mars – 30 april ${y}. Remissvar skickas till kommunstyrelsens förvaltning.`] }),
  (y) => ({ lines: [`FÖRSLAG ${y}-05-12`, 'Förslaget har tagits fram av en arbetsgrupp och skickas nu ut på remiss till nämnder, företagarorganisationer och partier.'] }),
  () => ({ header: 'Remissversion', lines: ['Remissversion. Ej antagen.'] }),
];
const NAMNDER = ['tillväxtnämnden', 'samhällsbyggnadsnämnden', 'kommunstyrelsens arbetsutskott'];

export const PROGRAM_COUNT = 85;

/** Composes the program part of the corpus. */
export function programSources(): CorpusSource[] {
  const n = PROGRAM_COUNT;
  const types = quota<ProgramType>([['business', 46], ['growth', 13], ['other', 26]], 11);
  const regional = quota<RegionalWording['kind']>([['rus', 11], ['intermunicipal', 22], ['none', 52]], 12);
  const plans = quota<ActionPlanWording['kind']>([['included', 28], ['linked', 28], ['none', 29]], 13);
  const sustain = quota<boolean>([[true, 30], [false, 55]], 14);
  const formats = quota<CorpusFormat>([['pdf', 35], ['docx', 20], ['html', 17], ['txt', 13]], 15);
  const drafts = quota<boolean>([[true, 8], [false, 77]], 16);
  const withBusiness = quota<boolean>([[true, 47], [false, 38]], 17);
  const measurable = quota<boolean>([[true, 42], [false, 43]], 18);
  const validity = quota<ValidityKind>([
    ['range-text', 17], ['range-title', 10], ['range-both', 7], ['until', 6], ['ufn', 8], ['mandate', 4], ['current-term', 4],
    ['vision', 4], ['adoption-only', 9], ['revision', 8], ['none', 8],
  ], 19);
  const lengths = quota<number>([[1, 10], [2, 14], [3, 14], [4, 10], [5, 8], [6, 6], [8, 6], [10, 5], [12, 4], [15, 4], [20, 4]], 20);
  const places = shuffle(PLACES, 21);
  const counters = { rus: 0, intermunicipal: 0, none: 0, included: 0, linked: 0, planNone: 0, sust: 0, pass: 0, title: { business: 0, growth: 0, other: 0 }, range: 0, adopt: 0, draft: 0, txt: 0, html: 0 };
  const out: CorpusSource[] = [];

  for (let i = 0; i < n; i++) {
    const r = rng(1000 + i);
    const p = at(places, i);
    const isDraft = drafts[i]!;
    let vkind = validity[i]!;
    if (isDraft && !['range-text', 'range-title', 'range-both', 'none'].includes(vkind)) vkind = 'range-text';
    let planKind = plans[i]!;
    let sustainable = sustain[i]!;
    const type = types[i]!;

    // Title: skip forms whose name promises something this document does not have.
    let form: TitleForm;
    for (;;) {
      form = at(TITLES[type], counters.title[type]++);
      if (form.needsIncluded && planKind !== 'included') continue;
      if (form.needsSustainable && !sustainable) continue;
      break;
    }

    // Years and adoption.
    const [rf, rt] = at(RANGES, counters.range++);
    let validFrom: number | null = null;
    let validTo: number | null = null;
    let ufn = false;
    let titleSuffix = '';
    const validityLines: string[] = [];
    const Doc = cap(form.doc);
    const dash = r() < 0.7 ? '–' : '-';
    let adoptYear = r() < 0.5 ? rf - 1 : rf;
    let adoptMonth = adoptYear < rf ? 10 + Math.floor(r() * 3) : 1 + Math.floor(r() * 6);
    let hasAdoption = !isDraft && r() < 0.85;
    const textRange = (): string => at(RANGE_WORDINGS, counters.adopt * 3 + i)(rf, rt, Doc);
    switch (vkind) {
      case 'range-text': validFrom = rf; validTo = rt; validityLines.push(textRange()); break;
      case 'range-title': validFrom = rf; validTo = rt; titleSuffix = ` ${rf}${dash}${rt}`; break;
      case 'range-both': validFrom = rf; validTo = rt; titleSuffix = ` ${rf}${dash}${rt}`; validityLines.push(textRange()); break;
      case 'until': hasAdoption = true; adoptYear = rf; adoptMonth = 2 + (i % 9); validFrom = rf; validTo = rt; validityLines.push(at(UNTIL_WORDINGS, i)(rt, Doc)); break;
      case 'ufn': hasAdoption = true; adoptYear = rf; adoptMonth = 3 + (i % 8); validFrom = rf; ufn = true; validityLines.push(at(UFN_WORDINGS, i)(Doc)); break;
      case 'mandate': {
        const [tf, tt] = termOf(rf);
        hasAdoption = r() < 0.6; adoptYear = tf; adoptMonth = 2 + (i % 5);
        validFrom = tf; validTo = tt; validityLines.push(at(MANDATE_WORDINGS, i)(tf, tt, Doc)); break;
      }
      case 'current-term': {
        hasAdoption = true; adoptYear = rf; adoptMonth = 1 + (i % 10);
        const [tf, tt] = termOf(rf); validFrom = tf; validTo = tt; validityLines.push(at(CURRENT_TERM_WORDINGS, i)(Doc)); break;
      }
      case 'vision': {
        hasAdoption = true; adoptYear = Math.min(rf, 2024); adoptMonth = 4 + (i % 6);
        const target = adoptYear + (i % 2 === 0 ? 10 : 6) + (adoptYear % 2);
        validFrom = adoptYear; validTo = target; titleSuffix = i % 3 === 0 ? ` – Vision ${target}` : ` ${target}`;
        validityLines.push(`${Doc} har ett långsiktigt perspektiv och pekar ut riktningen fram till ${target}.`);
        break;
      }
      case 'adoption-only': hasAdoption = true; adoptYear = rf; adoptMonth = 1 + (i % 11); validFrom = rf; break;
      case 'revision': hasAdoption = true; adoptYear = rf; adoptMonth = 1 + (i % 11); validFrom = rf; validityLines.push(at([0, 1, 3, 5].map((j) => NON_VALIDITY_DATES[j]!), i)(rf + 4)); break;
      case 'none': hasAdoption = false; break;
    }
    const organ = r() < 0.7 ? 'kommunfullmäktige' : r() < 0.75 ? 'kommunstyrelsen' : at(NAMNDER, i);
    const adoption: Adoption | null = hasAdoption ? { organ, y: adoptYear, m: adoptMonth, d: 1 + ((i * 7) % 27), para: 10 + ((i * 37) % 190) } : null;
    const undatedAdoption = vkind === 'none' && !isDraft && i % 2 === 0;

    const title = form.make(p, titleSuffix);
    const c: Ctx = { p, k: kommun(p), ks: kommuns(p), doc: form.doc, Doc, full: form.full, from: validFrom ?? adoptYear, to: validTo ?? adoptYear + 4, year: adoptYear };

    // Signals.
    const reg = pickRegional(regional[i]!, counters);
    const plan = pickPlan(planKind, counters, c, validFrom !== null, validTo !== null);
    planKind = plan.kind;
    const sus = pickSustain(sustainable, counters);
    sustainable = sus.sustainable;
    const biz = withBusiness[i]!;
    const meas = measurable[i]!;

    // Body.
    const target = lengths[i]!;
    const nAreas = target <= 1 ? (r() < 0.5 ? 0 : 2) : Math.min(GOAL_AREAS.length, 2 + Math.floor(target / 2) + Math.floor(r() * 2));
    const areas = shuffle(GOAL_AREAS, 300 + i).slice(0, nAreas);
    const areaStyle = i % 4;
    const goalSections: string[][] = areas.map((a, j) => {
      const head = [`# Målområde ${j + 1}: ${a.name}`, `# ${a.name}`, `# ${j + 1}. ${a.name}`, `# Fokusområde – ${a.name}`][areaStyle]!;
      const goals = meas ? [...a.measurable, ...(r() < 0.5 ? a.process.slice(0, 1) : [])] : a.process;
      const lead = ['Mål:', 'Vi ska:', 'Detta vill vi uppnå:', 'Målsättning'][(i + j) % 4]!;
      return [head, ...(target <= 2 ? [] : a.intro), lead, ...goals.map((g) => (areaStyle === 1 ? `• ${g}` : g))];
    });
    const goalsMeasurable = meas && nAreas > 0;
    const indicators = goalsMeasurable ? areas.flatMap((a) => a.indicators) : [];

    const sections: string[][] = [];
    const draft = isDraft ? at(DRAFT_MARKERS, counters.draft++)(rf - 1) : null;
    const cover: string[] = [`# ${title}`];
    if (draft) cover.push(...draft.lines);
    const adoptionLines = adoption ? at(ADOPTION_WORDINGS, counters.adopt++)(adoption) : undatedAdoption ? [at([`Antagen av ${organ}.`, `${cap(organ)} har antagit ${form.full}.`, `Beslutad av ${organ}`], i)] : [];
    const adoptOnCover = i % 3 !== 1;
    if (adoptOnCover) cover.push(...adoptionLines);
    const validityOnCover = i % 4 === 0;
    if (validityOnCover) cover.push(...validityLines);
    if (i % 5 === 2) cover.push(`${kommun(p)}, Näringslivsenheten`);
    sections.push(cover);

    if (target >= 3) sections.push(at(PURPOSES, i)(c));
    if (target >= 2 || r() < 0.5) sections.push(at(BACKGROUNDS, i)(c));
    if (target >= 8) sections.push(at(BACKGROUNDS, i + 5)(c));
    if (!validityOnCover && validityLines.length) sections.push([...(i % 2 ? ['# Giltighet'] : []), ...validityLines]);
    sections.push(at(VISIONS, i)(c));
    const regText = reg.text(c);
    const susText = sus.text(c);
    const planText = plan.text(c);
    if (i % 2 === 0 && regText.length) sections.push(regText);
    if (i % 3 === 0 && susText.length) sections.push(susText);
    sections.push(...goalSections);
    if (i % 3 !== 0 && susText.length) sections.push(susText);
    if (i % 2 === 1 && regText.length) sections.push(regText);
    if (target >= 2) sections.push(at(ROLES, i)(c));
    if (target >= 12) sections.push(at(ROLES, i + 4)(c));
    const proc = biz ? at(PROCESS_WITH_BUSINESS, i)(c) : at(PROCESS_WITHOUT_BUSINESS, i)(c);
    if (proc.length) sections.push(proc);
    if (target >= 5) {
      const extras = shuffle(LONG_CHAPTERS, 500 + i).slice(0, Math.min(LONG_CHAPTERS.length, Math.max(0, target - sections.length - 2)));
      sections.push(...extras.map((b) => b(c)));
    }
    if (planText.length) sections.push(planText);
    const follow = goalsMeasurable ? at(FOLLOW_UP_MEASURED, i)(c) : at(FOLLOW_UP_PLAIN, i)(c);
    if (follow.length) sections.push(follow);
    if (!adoptOnCover && adoptionLines.length) sections.push(adoptionLines);

    const pages = paginate(sections, target);
    const format = formats[i]!;
    const header = draft?.header ?? (i % 3 === 0 ? `${kommun(p)} | ${title}` : undefined);
    const footer = i % 4 === 1 ? `${kommun(p)} – ${['Kommunledningskontoret', 'Näringslivsenheten', 'www.' + p.name.toLowerCase().replace(/[^a-zåäö]/g, '') + '.se'][i % 3]}` : undefined;
    const txtStyle: TxtStyle | undefined = format === 'txt' ? at<TxtStyle>(['utf8', 'pdf-copy', 'cp1252', 'cp1252-pdf-copy'], counters.txt++) : undefined;
    const agendaGoals = sus.goals;
    out.push({
      id: `prog-${String(i + 1).padStart(3, '0')}-${slug(p.name)}`,
      format,
      spec: { title, pages, header, footer, author: `${kommun(p)}` },
      pdfOptions: format === 'pdf' ? { metadataTitle: i % 3 !== 2 } : undefined,
      txtStyle,
      htmlTheme: format === 'html' ? counters.html++ % 4 : undefined,
      labels: {
        isProgram: true,
        programType: form.type,
        title,
        validFrom,
        validTo,
        regionalLink: reg.kind,
        actionPlan: planKind,
        sustainability: sustainable,
        isDraft,
        adoptedBy: adoption ? adoption.organ : undatedAdoption ? organ : null,
        writtenWithBusiness: biz,
        yearlyActivities: plan.yearly,
        agenda2030: sus.agenda2030,
        goalsMeasurable,
      },
      extra: {
        documentKind: 'program',
        municipality: p.name,
        adoptedDate: adoption ? iso(adoption) : null,
        validUntilFurtherNotice: ufn,
        agenda2030Goals: agendaGoals,
        indicators,
      },
    });
  }
  return out;
}

function pickRegional(kind: RegionalWording['kind'], k: { rus: number; intermunicipal: number; none: number }): RegionalWording {
  if (kind === 'rus') return at(RUS_WORDINGS, k.rus++ * 2);
  if (kind === 'intermunicipal') return at(INTERMUNICIPAL_WORDINGS, k.intermunicipal++);
  // Half of the unlinked programs say nothing about place at all.
  return k.none++ % 2 === 0 ? { kind: 'none', text: () => [] } : at(NO_LINK_WORDINGS, k.none);
}

/** Picks an action-plan wording; wordings that would print years the program does not state are skipped. */
function pickPlan(kind: ActionPlanWording['kind'], k: { included: number; linked: number; planNone: number }, c: Ctx, hasFrom: boolean, hasTo: boolean): ActionPlanWording {
  const ok = (w: ActionPlanWording): boolean => {
    const probe = w.text({ ...c, from: 8888, to: 9999 }).join(' ');
    return (hasFrom || !/888[0-9]/.test(probe)) && (hasTo || !/999[0-9]/.test(probe));
  };
  const bank = kind === 'included' ? INCLUDED_WORDINGS : kind === 'linked' ? LINKED_WORDINGS : NONE_WORDINGS;
  for (let tries = 0; tries < bank.length; tries++) {
    const w = kind === 'included' ? at(bank, k.included++) : kind === 'linked' ? at(bank, k.linked++) : at(bank, k.planNone++);
    if (ok(w)) return w;
  }
  return at(NONE_WORDINGS, 0);
}

function pickSustain(sustainable: boolean, k: { sust: number; pass: number }): SustainabilityWording {
  return sustainable ? at(SUSTAINABLE_WORDINGS, k.sust++) : at(PASSING_WORDINGS, k.pass++);
}

/** Lays sections out on about `target` pages: short documents flow, long ones start chapters on new pages. */
export function paginate(sections: string[][], target: number): string[][] {
  const nonEmpty = sections.filter((s) => s.length > 0);
  if (target <= 1) return [nonEmpty.flat()];
  const n = nonEmpty.length;
  const count = Math.min(n, target);
  const pages: string[][] = [];
  for (let k = 0; k < count; k++) pages.push(nonEmpty.slice(Math.floor((k * n) / count), Math.floor(((k + 1) * n) / count)).flat());
  return pages;
}

export function slug(s: string): string {
  return s.toLowerCase().replace(/å|ä/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
