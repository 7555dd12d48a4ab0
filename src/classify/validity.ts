/**
 * validFrom / validTo in years. Explicit ranges (title first, then sentences
 * that speak of the program's period), "gäller t.o.m.", "tills vidare",
 * "för mandatperioden", target years in the name ("Strategi 2030"), and the
 * adoption year as start when nothing else says. Revision and print dates
 * are not validity.
 */
import { MANDATE_PERIODS } from '../domain/index.ts';
import type { Evidence } from '../domain/index.ts';
import type { TextModel, TextUnit } from './text-model.ts';
import { quoteOf } from './text-model.ts';
import type { AdoptionResult } from './adoption.ts';
import { rx } from './lexicon.ts';

export interface ValidityResult {
  validFrom: number | null;
  validTo: number | null;
  untilFurtherNotice: boolean;
  confidence: number;
  signals: string[];
  evidence: Evidence[];
  reviewReasons: string[];
}

const RANGE = /(?<![\d/.-])((?:19|20)\d{2})\s?(?:-|\/|till och med|t\.\s?o\.\s?m\.?|tom|till)\s?((?:19|20)\d{2}|\d{2})(?![\d-])/g;
const BETWEEN = /(?<![\p{L}\d])mellan (?:åren )?((?:19|20)\d{2}) och ((?:19|20)\d{2})(?!\d)/gu;
const PERIOD_WORD = rx('\\b(gäller|gälla|giltig\\p{L}*|period\\p{L}*|programperiod\\p{L}*|strategiperiod\\p{L}*|avser|omfattar|sträcker sig|löper|åren|mandatperiod\\p{L}*|tidsperiod|under tiden|tidshorisont\\p{L}*|perioden)\\b');
const SELF = rx('\\b(program\\p{L}*|strategi\\p{L}*|policy\\p{L}*|plan(?:en)?|dokumentet|handlingsprogram\\p{L}*)\\b');
const FOREIGN = rx('\\b(rus|rufs|regional\\p{L}*|region\\s\\p{L}+|regionens|länets|agenda 2030|eu:s|europa 2020|nationell\\p{L}*|översiktsplan\\p{L}*|befolkning\\p{L}*|ökade|minskade|ökat|minskat|procent|statistik|scb|mellan åren|projekt\\p{L}*|budget\\p{L}*|tidigare|föregående|förra|ersätter|ersatte)\\b|%');
// A sentence told in the past tense recounts history ("Under perioden 2010–2016 startades 410 företag per år",
// "arbetslösheten låg på 11 procent 2013–2014"): its range is statistics, not the program's period. The
// decision verbs are past tense too but date the document itself, so they do not count.
// Strong verbs count too ("Mellan 2009 och 2015 försvann 500 jobb", "sysselsättningen steg"), and the perfect of
// a first-conjugation verb ("har Osby under 2013–2017 placerat sig …").
const HISTORY = rx('\\b(?:var|låg|fanns|blev|gällde|försvann|sjönk|steg|växte|föll|tappade|uppgick|skedde|kom|gick)\\b|\\b(?!(?:beslut|fastställ|godkän|revider|anta|arbet|utarbet|förankr)\\p{L}*\\b)\\p{L}{3,}(?:ades|ade)\\b|\\bhar (?:\\S+ ){0,4}?(?!(?:beslut|fastställ|godkän|revider|anta|arbet|utarbet|förankr|ta|gäll)\\p{L}*\\b)\\p{L}{3,}(?:erat|at)\\b(?! (?:fram|att)\\b)');
const REVISION = rx('\\b(revider\\p{L}*|revision\\p{L}*|ses över|översyn\\p{L}*|aktualiser\\p{L}*|uppdater\\p{L}*|utvärder\\p{L}*|följas upp|följs upp)\\b');
const TO_ONLY = rx('\\b(?:gäller|gälla|giltig\\p{L}*|sträcker sig|löper|avser|omfattar|period\\p{L}*|tidshorisont\\p{L}*|fram)(?::\\s?|\\s)(?:[\\p{L}.]+\\s){0,5}?(?:till och med|t\\.\\s?o\\.\\s?m\\.?|tom|fram till och med|fram till|fram t\\.o\\.m\\.|till)(?::|\\s)\\s?(?:och med\\s)?(?:år(?:et)?\\s|utgången av\\s|slutet av\\s)?((?:19|20)\\d{2})(?![\\d-])');
const ENDS = rx('\\b(?:löper ut|upphör(?: att gälla)?|slutar gälla|avslutas)\\s(?:[\\p{L}.]+\\s){0,4}?((?:19|20)\\d{2})(?![\\d-])');
const FROM_ONLY = rx('\\b(?:gäller|gälla|giltig\\p{L}*|period\\p{L}*)(?::\\s?|\\s)(?:[\\p{L}.]+\\s){0,4}?(?:från och med|fr\\.\\s?o\\.\\s?m\\.?|fom|från)\\s(?:år(?:et)?\\s)?((?:19|20)\\d{2})(?![\\d-])');
const DIRECT_PERIOD = rx('(?:\\b(?:gäller|gälla|avser|omfattar|sträcker sig|löper|giltig\\p{L}*|\\p{L}*period(?:en)?|tidsperiod\\p{L}*|tidsram\\p{L}*|tidshorisont\\p{L}*|åren|under|mellan)(?::\\s?|\\s)(?:(?:[\\p{L}]+|\\d{4}-\\d{2}-\\d{2}),?\\s){0,4}?(?:(?:från och med|fr\\.\\s?o\\.\\s?m\\.?|från|år(?:en)?)\\s)?)$');
// A range that belongs to the action plan ("Handlingsplan 2020–2021", "Handlingsplanen omfattar 2021–2023")
// dates the plan of activities, which is renewed more often than the program: it is not the program's period.
const ACTION_PLAN_BEFORE = rx('\\b(?:handlingsplan|aktivitetsplan|åtgärdsplan|genomförandeplan)\\p{L}*(?:\\s(?:för|avser|omfattar|gäller|för perioden|för åren|under))?\\s?$');
const ACTION_PLAN_SUBJECT = rx('^(?:\\p{L}+ ){0,2}?(?:handlingsplan|aktivitetsplan|åtgärdsplan|genomförandeplan)\\p{L}*\\b');
const PROGRAM_AND_PLAN = rx('\\b\\p{L}*(?:programmet|strategin|policyn) (?:och|samt|med) (?:den |dess )?(?:tillhörande )?(?:handlingsplan|aktivitetsplan|åtgärdsplan)\\p{L}*');
const GOAL_TARGET = rx('\\bska (?:\\p{L}+ ){0,3}?(?:öka|minska|uppgå|nå|vara|ha|förbättra\\p{L}*|halvera\\p{L}*|fördubbla\\p{L}*|växa|sänka\\p{L}*|höja\\p{L}*)\\b|\\bmålet är\\b');
const UNTIL_FURTHER = rx('\\btills? ?vidare\\b');
// "sträcker sig över mandatperioden" dates the program; "ses över varje mandatperiod" is a revision.
const MANDATE = rx('\\b(innevarande|denna|nuvarande|kommande|nästa|under|för|gällande|hela)\\s(?!varje\\b|respektive\\b|ny\\b)(?:\\p{L}+\\s)?mandatperiod(?:en)?\\b|\\b(?:sträcker sig|gäller|löper) över (?:hela )?mandatperioden\\b');
// "Gäller tills vidare, dock längst till 2027": a last year that caps the open validity.
const LONGEST = rx('\\b(?:dock |men |och )?längst (?:till och med|t\\.\\s?o\\.\\s?m\\.?|tom|till|fram till|under) (?:år(?:et)? |utgången av |slutet av )?((?:19|20)\\d{2})(?![\\d-])');
// A statistic told right after a period word ("Under perioden 2010–2017 har antalet jobb ökat med 5 procent") is history.
const STATISTIC_AFTER = rx('^\\S*\\s(?:\\p{L}+ ){0,8}?(?:har |hade )?(?:\\p{L}+ ){0,6}?(?:ökat|minskat|ökade|minskade|vuxit|växte|sjunkit|sjönk|stigit|steg|fördubblats|halverats|försvunnit|tillkommit|startades|startats|etablerades)\\b');
const TARGET_CONTEXT = (y: number): RegExp => rx(`\\b(?:mot|till|fram till|år|inför|vision|sikte på|målår\\p{L}*|horisont\\p{L}*)\\s(?:år\\s)?${y}\\b`);
const SINGLE_YEAR = /(?<![\d/.-])((?:19|20)\d{2})(?![\d/-])/g;

interface Candidate {
  from: number;
  to: number;
  score: number;
  unit: TextUnit | { text: string; page: number };
}

const MONTH_NAMES = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const LONG_DATE = new RegExp(`(?:den )?\\d{1,2}(?::e|:a)? (?:${MONTH_NAMES}) ((?:19|20)\\d{2})`, 'gu');
const ISO_DATE = /(?<!\d)((?:19|20)\d{2})-\d{2}-\d{2}(?!\d)/g;

/** Dates reduced to their years, so "från den 1 januari 2017 till den 31 december 2020" reads as a range. */
export function yearView(norm: string): string {
  return norm.replace(LONG_DATE, '$1').replace(ISO_DATE, '$1').replace(/\b(?:from|från och med|fr\.o\.m\.) (?:den )?/gu, (m) => m);
}

function plausible(from: number, to: number): boolean {
  return from >= 1990 && to > from && to - from <= 35 && to <= 2060;
}

function expandTo(from: number, raw: string): number {
  if (raw.length === 4) return Number(raw);
  // "2016-20": two-digit end year in the same century.
  return Math.floor(from / 100) * 100 + Number(raw);
}

function rangesIn(norm: string): Array<{ from: number; to: number; index: number }> {
  const out: Array<{ from: number; to: number; index: number }> = [];
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(norm); m; m = RANGE.exec(norm)) {
    const from = Number(m[1]);
    const to = expandTo(from, m[2] ?? '');
    // A two-digit end is only a year range with a dash ("2016-20"), never "2016/17" fiscal notation.
    if ((m[2] ?? '').length === 2 && !m[0].includes('-')) continue;
    if (plausible(from, to)) out.push({ from, to, index: m.index });
  }
  // "mellan 2019 och 2023": a range in words.
  BETWEEN.lastIndex = 0;
  for (let m = BETWEEN.exec(norm); m; m = BETWEEN.exec(norm)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (plausible(from, to)) out.push({ from, to, index: m.index + m[0].indexOf(m[1] ?? '') });
  }
  return out;
}

function mandateFor(year: number, next: boolean): readonly [number, number] | null {
  const i = MANDATE_PERIODS.findIndex(([a, b]) => year >= a && year <= b);
  if (i < 0) return null;
  return MANDATE_PERIODS[next ? i + 1 : i] ?? null;
}

/** A target year on a short cover line: "mot Vision 2030", "Vision 2035". @internal */
export function coverVisionYear(model: TextModel): number | null {
  for (const l of model.lines.filter((x) => x.page === 1).slice(0, 5)) {
    if (l.norm.length > 80 || /[.!?]$/.test(l.text)) continue;
    const m = /(?:^|\s)(?:mot\s)?vision\s((?:20)\d{2})\b/u.exec(l.norm);
    if (m) return Number(m[1]);
  }
  return null;
}

export function judgeValidity(model: TextModel, titleNorm: string, titleText: string | null, namingNorm: string | null, adoption: AdoptionResult): ValidityResult {
  const signals: string[] = [];
  const evidence: Evidence[] = [];
  const reviewReasons: string[] = [];
  const candidates: Candidate[] = [];

  for (const r of rangesIn(titleNorm)) candidates.push({ ...r, score: 12, unit: { text: titleText ?? titleNorm, page: 1 } });
  if (namingNorm && namingNorm !== titleNorm) for (const r of rangesIn(namingNorm)) candidates.push({ ...r, score: 8, unit: { text: namingNorm, page: 1 } });

  for (const s of model.sentences) {
    if (s.page > 40 && candidates.length > 0) break;
    const found = rangesIn(yearView(s.norm));
    if (found.length === 0) continue;
    const view = yearView(s.norm);
    for (const r of found) {
      let score = 0;
      // "Planen gäller 2017–2027", "Giltighet: 2017-2021", "under åren 2017 till 2021": the period word governs this very range.
      const before = view.slice(Math.max(0, r.index - 70), r.index);
      // "mellan 2009 och 2015" dates a period only in a sentence about the document or its period.
      const betweenOnly = /\bmellan (?:åren )?$/u.test(before) && !SELF.test(s.norm) && !PERIOD_WORD.test(s.norm.replace(/\bmellan\b/gu, ''));
      const direct = DIRECT_PERIOD.test(before) && !betweenOnly;
      const after = view.slice(r.index, r.index + 160);
      const foreign = (direct ? FOREIGN.test(before) || STATISTIC_AFTER.test(after) : FOREIGN.test(s.norm)) || HISTORY.test(s.norm);
      if (direct) score += 6;
      if (PERIOD_WORD.test(s.norm)) score += 4;
      if (SELF.test(s.norm)) score += 2;
      if (s.page === 1) score += 3;
      else if (s.page === 2) score += 1;
      if (s.heading) score += 1;
      if (s.norm.length < 40) score += 1;
      if (foreign) score -= direct ? 12 : 6;
      if (REVISION.test(s.norm) && !PERIOD_WORD.test(s.norm.replace(REVISION, ''))) score -= 6;
      if (found.length > 2) score -= 3; // a list of years is a table, not a period
      // "Programmet och handlingsplanen gäller 2020–2024" dates both together: that is the program's period.
      const coordinated = PROGRAM_AND_PLAN.test(s.norm);
      if (!coordinated && (ACTION_PLAN_BEFORE.test(before.slice(-40)) || ACTION_PLAN_SUBJECT.test(s.norm))) score -= 16;
      candidates.push({ ...r, score, unit: s });
    }
  }

  // Sum the score per distinct range: a period repeated in title, header and text is surer.
  const totals = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${c.from}-${c.to}`;
    const prev = totals.get(key);
    if (!prev) totals.set(key, { ...c });
    else {
      prev.score += Math.max(0, c.score) * 0.5;
      if (c.score > 0 && prev.unit.page > c.unit.page && c.score >= 12) prev.unit = c.unit;
    }
  }
  const ranked = [...totals.values()].filter((c) => c.score >= 3).sort((a, b) => b.score - a.score);
  const best = ranked[0];

  const untilUnit = model.sentences.find((s) => UNTIL_FURTHER.test(s.norm) && !/\bförlängs\b/u.test(s.norm));
  const untilFurtherNotice = untilUnit !== undefined;
  if (untilUnit) {
    signals.push('"gäller tills vidare"');
    evidence.push({ aspect: 'validity', quote: quoteOf(untilUnit, UNTIL_FURTHER), page: untilUnit.page });
  }

  if (best) {
    signals.push(`period ${best.from}–${best.to} (poäng ${best.score.toFixed(1)}, s. ${best.unit.page})`);
    evidence.push({ aspect: 'validity', quote: quoteOf({ ...best.unit, norm: '', heading: false, order: 0 } as TextUnit), page: best.unit.page });
    const second = ranked[1];
    let confidence = best.score >= 12 ? 0.95 : best.score >= 6 ? 0.85 : 0.65;
    if (second && second.score >= best.score * 0.8 && (second.from !== best.from || second.to !== best.to)) {
      confidence -= 0.2;
      reviewReasons.push(`flera perioder i texten: ${best.from}–${best.to} och ${second.from}–${second.to}`);
    }
    return { validFrom: best.from, validTo: best.to, untilFurtherNotice: false, confidence, signals, evidence, reviewReasons };
  }

  let validFrom: number | null = null;
  let validTo: number | null = null;
  let confidence = 0.6;
  const early = model.sentences.filter((s) => s.page <= 6 || s.page >= model.pagesRead - 1);

  // A goal's target year ("Antalet jobb ska öka med 1 000 fram till 2025") is no end of validity.
  const target = (norm: string): boolean => GOAL_TARGET.test(norm) && !/\b(?:gäller|gälla|giltig\p{L}*)\b/u.test(norm);
  const toUnit = early.find((s) => (TO_ONLY.test(yearView(s.norm)) || (ENDS.test(yearView(s.norm)) && SELF.test(s.norm))) && !FOREIGN.test(s.norm) && !target(s.norm));
  if (toUnit) {
    validTo = Number((TO_ONLY.exec(yearView(toUnit.norm)) ?? ENDS.exec(yearView(toUnit.norm)))?.[1]);
    signals.push(`gäller till och med ${validTo}`);
    evidence.push({ aspect: 'validity', quote: quoteOf(toUnit, TO_ONLY), page: toUnit.page });
    confidence = 0.85;
  }
  const fromUnit = early.find((s) => FROM_ONLY.test(yearView(s.norm)) && !FOREIGN.test(s.norm));
  if (fromUnit) {
    validFrom = Number(FROM_ONLY.exec(yearView(fromUnit.norm))?.[1]);
    signals.push(`gäller från ${validFrom}`);
    evidence.push({ aspect: 'validity', quote: quoteOf(fromUnit, FROM_ONLY), page: fromUnit.page });
    confidence = 0.85;
  }

  // "för mandatperioden" without years: the term that contains the adoption (or title) year.
  const mandateUnit = validTo === null ? early.find((s) => MANDATE.test(s.norm) && SELF.test(s.norm)) ?? early.find((s) => MANDATE.test(s.norm) && s.page <= 2) : undefined;
  const titleYears = [...titleNorm.matchAll(SINGLE_YEAR)].map((m) => Number(m[1]));
  if (mandateUnit) {
    const next = /\b(kommande|nästa)\s/u.test(MANDATE.exec(mandateUnit.norm)?.[0] ?? '');
    const anchor = adoption.year ?? titleYears[0] ?? null;
    const term = anchor ? mandateFor(anchor, next) : null;
    if (term) {
      validFrom = term[0];
      validTo = term[1];
      signals.push(`mandatperioden ${term[0]}–${term[1]} (utifrån år ${anchor})`);
      evidence.push({ aspect: 'validity', quote: quoteOf(mandateUnit, MANDATE), page: mandateUnit.page });
      return { validFrom, validTo, untilFurtherNotice, confidence: 0.8, signals, evidence, reviewReasons };
    }
    reviewReasons.push('gäller för mandatperioden men antagandeåret saknas');
  }

  // A single year in the name: a target year ("Näringslivsstrategi 2030") or the edition year.
  const namedYears = titleYears.length > 0 ? titleYears : namingNorm ? [...namingNorm.matchAll(SINGLE_YEAR)].map((m) => Number(m[1])) : [];
  // A cover subtitle carries the target when the name has no year ("Näringslivsprogram" / "Kungsbacka – mot Vision 2030").
  const subtitleYear = namedYears.length === 0 ? coverVisionYear(model) : null;
  const nameYears = subtitleYear !== null ? [subtitleYear] : namedYears;
  const nameYear = nameYears.length === 1 ? nameYears[0] : undefined;
  if (nameYear !== undefined && validTo === null) {
    const adopted = adoption.year ?? validFrom;
    const targetInText = model.sentences.slice(0, 400).some((s) => TARGET_CONTEXT(nameYear).test(s.norm));
    const isTarget = adopted !== null ? nameYear > adopted + 1 : targetInText || (nameYear % 5 === 0 && nameYear >= 2020);
    if (isTarget) {
      validTo = nameYear;
      signals.push(`målår ${nameYear} i namnet`);
      evidence.push({ aspect: 'validity', quote: titleText ?? String(nameYear), page: 1 });
      confidence = adopted !== null ? 0.8 : 0.6;
      if (adopted === null) reviewReasons.push(`årtalet ${nameYear} i namnet tolkat som målår; startår saknas`);
    } else if (validTo === null && model.sentences.slice(0, 40).some((s) => SELF.test(s.norm) && rx(`\\b(?:under|gäller för|avser) (?:år(?:et)? )?${nameYear}\\b`).test(s.norm) && !REVISION.test(s.norm))) {
      // An annual plan says it covers the year of its name ("Planen beskriver arbetet under 2023"): that one year is its period.
      validFrom ??= nameYear;
      validTo = nameYear;
      signals.push(`ettårig plan: ${nameYear}`);
      confidence = 0.75;
    } else if (validFrom === null && adopted === null) {
      validFrom = nameYear;
      signals.push(`årtalet ${nameYear} i namnet tolkat som startår`);
      confidence = 0.55;
      reviewReasons.push(`osäkert om ${nameYear} i namnet är start- eller målår`);
    }
  }

  if (validFrom === null && adoption.year !== null && (validTo === null || adoption.year <= validTo)) {
    validFrom = adoption.year;
    signals.push(`startår = antagandeår ${adoption.year}`);
    if (adoption.evidence) evidence.push({ ...adoption.evidence, aspect: 'validity' });
    if (confidence < 0.75) confidence = 0.75;
  }
  // "Gäller tills vidare, dock längst till 2027": open validity with a last year.
  const longestUnit = untilFurtherNotice ? early.find((s) => LONGEST.test(yearView(s.norm))) : undefined;
  if (untilFurtherNotice) validTo = longestUnit ? Number(LONGEST.exec(yearView(longestUnit.norm))?.[1]) : null;
  if (longestUnit) {
    signals.push(`gäller tills vidare, längst till ${validTo}`);
    evidence.push({ aspect: 'validity', quote: quoteOf(longestUnit, LONGEST), page: longestUnit.page });
  }
  if (validFrom === null && validTo === null) {
    signals.push(untilFurtherNotice ? 'gäller tills vidare, startår saknas' : 'ingen giltighetstid angiven');
    confidence = 0.7;
  }
  return { validFrom, validTo, untilFurtherNotice, confidence, signals, evidence, reviewReasons };
}

/**
 * Last resort when the text names no period: a year range in the file name
 * ("Naringslivsprogram_2019-2023.pdf"). Low confidence, so it goes to review.
 */
export function periodFromFileName(url: string | null): ReturnType<typeof judgeValidity> | null {
  if (!url) return null;
  let name = url.split(/[?#]/)[0]?.split(/[\\/]/).pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep the raw name
  }
  const match = /(?:^|[^\d])((?:19|20)\d\d)\s*(?:[-–_]|\s+till\s+)\s*((?:19|20)\d\d)(?!\d)/.exec(name);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (to < from || to - from > 25) return null;
  return {
    validFrom: from,
    validTo: to,
    untilFurtherNotice: false,
    confidence: 0.5,
    signals: [`period ${from}–${to} endast ur filnamnet "${name}"`],
    evidence: [{ aspect: 'validity', quote: name.slice(0, 300), page: 1 }],
    reviewReasons: ['giltighetstiden står bara i filnamnet'],
  };
}
