/**
 * actionPlan: `included` when the program has its own action-plan section
 * with concrete activities (who is responsible, when); `linked` when it
 * points to a separate plan (annual, an appendix, "tas fram"); else `none`.
 */
import type { ActionPlan, Evidence } from '../domain/index.ts';
import type { TextModel, TextUnit } from './text-model.ts';
import { quoteOf } from './text-model.ts';
import { rx } from './lexicon.ts';

export interface ActionPlanResult {
  actionPlan: ActionPlan;
  confidence: number;
  signals: string[];
  evidence: Evidence[];
}

const PLAN_NOUN = rx('\\b(?:handlingsplan|aktivitetsplan|åtgärdsplan|genomförandeplan|handlingsprogram|aktivitetslista|åtgärdslista)\\p{L}*');
const OTHER_PLAN_NOUN = rx('\\b(?:handlingsplan|aktivitetsplan|åtgärdsplan|genomförandeplan|aktivitetslista|åtgärdslista)\\p{L}*');
const SEPARATE_DOC = rx('\\b(?:bilaga\\p{L}*|separat\\p{L}*|eget dokument|särskilt dokument|särskild plan|fristående dokument)\\b');
const ACTIVITY_WORD = rx('\\b(?:aktivitet\\p{L}*|åtgärd\\p{L}*|insats\\p{L}*)\\b');
const LINK_VERB = rx(
  '\\b(?:tas fram|tagits fram|tar fram|upprättas|upprättar|kompletteras|komplettera\\p{L}*|separat\\p{L}*|bilaga\\p{L}*|årlig\\p{L}*|årsvis|varje år|för varje år|beslutas|fastställs|tillhörande|kopplad\\p{L}*|konkretiseras|konkretiserar|utarbetas|revideras årligen|arbetas fram|ska finnas|egen|eget|särskild\\p{L}*|se\\b|följer|knuten|knutna|ligger till grund för)',
);

const ACTION_HEADING = rx(
  '\\b(?:handlingsplan|aktivitetsplan|åtgärdsplan|genomförandeplan|aktivitetslista|åtgärdslista)\\p{L}*|\\b(?:åtgärder|aktiviteter|aktivitet|insatser|insatserna|åtgärderna|aktiviteterna)\\b',
);
const ORG = rx(
  '\\b\\p{L}*(?:enhet|enheten|förvaltning|förvaltningen|avdelning|avdelningen|kontor|kontoret|nämnd|nämnden|styrelse|styrelsen|chef|chefen|direktör|direktören|förening|föreningen|bolag|bolaget|samordnare|samordnaren|utvecklare|utvecklaren|ansvarig|ansvariga|ägare|funktionen)\\b',
);
const TIME_WORD = rx(
  '\\b(?:q[1-4]|t[1-3]|löpande|klart|klar|senast|påbörja\\p{L}*|första året|andra året|tredje året|tertial\\p{L}*|kvartal\\p{L}*|halvår\\p{L}*|(?:19|20)\\d{2}|årligen|varje år|våren|hösten|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|tidplan|tidpunkt)\\b',
);
const TABLE_HEADER_ACT = rx('\\b(?:aktivitet\\p{L}*|insats\\p{L}*|åtgärd\\p{L}*|vad)\\b');
const TABLE_HEADER_RESP = rx('\\b(?:ansvar\\p{L}*|ägare|vem|utförare)\\b');
const TABLE_HEADER_TIME = rx('\\b(?:klart|tid|tidpunkt|tidplan|när|år|start|slut|period)\\b');

interface Section {
  /** Activities written as labelled records ("Åtgärd: … Ansvar: … Klart: 2017."), counted by their labels. */
  records: number;
  header: TextUnit | null;
  orgLines: TextUnit[];
  timed: number;
  /** Lines that open with a year ("2022: Öppna en företagslots"), or bullets under a heading that says "år för år". */
  yearLines: number;
}

// A table-of-contents entry ("4. Prioriterade insatser ........ 3") names a section elsewhere; it is not one.
const TOC_ENTRY = /(?:\.{3,}|…{2,}|\s{3,})\s*\d{1,3}$/u;
const PER_YEAR = rx('\\bper år\\b|\\bår för år\\b|\\bårsvis\\b');
const YEAR_LEAD = /^(?:(?:19|20)\d{2})(?:\s*[:–—-]\s*\S|\s*$)/u;

/**
 * A table flattened into running lines by the PDF text layer: the header row's cells
 * ("Åtgärd | Ansvar | Tid") run straight into the first rows, so the line is long but
 * its first three cells are still the short header words.
 */
export function flattenedTableHeader(norm: string): boolean {
  const cells = norm.split('|').map((c) => c.trim());
  if (cells.length < 4) return false;
  const short = (c: string, n: number): boolean => c.length > 0 && c.split(' ').length <= n;
  const timeCell = cells[2]!.split(' ').slice(0, 2).join(' ');
  return short(cells[0]!, 3) && TABLE_HEADER_ACT.test(cells[0]!) && short(cells[1]!, 3) && TABLE_HEADER_RESP.test(cells[1]!) && TABLE_HEADER_TIME.test(timeCell);
}

// The next section of the program ends the action section: its owners ("Kommunstyrelsen följer upp …") and contacts are not activities.
const NEXT_SECTION = rx('^(?:\\d+(?:\\.\\d+)*\\.?\\s)?(?:uppföljning|uppföljning och utvärdering|utvärdering|kontakt|kontakta oss|kontaktuppgifter|bilagor?|referenser|ordlista|relaterade sidor|relaterad information|dela sidan|senast uppdaterad)\\b');

/** Reads the lines under an action heading, up to the next section: a table header, or activity lines with owners and times. */
function readSection(model: TextModel, heading: TextUnit): Section {
  const following = model.lines.slice(heading.order + 1, heading.order + 60).filter((l) => l.page <= heading.page + 2);
  const end = following.findIndex((l) => l.heading && l.norm.split(' ').length <= 4 && NEXT_SECTION.test(l.norm));
  const body = end >= 0 ? following.slice(0, end) : following;
  let header: TextUnit | null = null;
  const orgLines: TextUnit[] = [];
  let timed = TIME_WORD.test(heading.norm) || /per år|år för år/u.test(heading.norm) ? 1 : 0;
  let yearLines = 0;
  let records = 0;
  // A heading "Aktiviteter år för år" says how its bullets are laid out.
  const perYear = PER_YEAR.test(heading.norm);
  // A table read one cell per line: the header cells are the first short lines ("Aktivitet" / "Ansvarig" / "2017" / "2018").
  const cells = body.slice(0, 10).filter((l) => l.norm.split(' ').length <= 3);
  const cellRow = cells.map((l) => l.norm).join(' | ');
  if (cells.length >= 3 && TABLE_HEADER_ACT.test(cellRow) && TABLE_HEADER_RESP.test(cellRow) && (TABLE_HEADER_TIME.test(cellRow) || cells.filter((l) => /^(?:19|20)\d{2}$/.test(l.norm)).length >= 2)) header = cells[0] ?? null;
  for (const l of body) {
    // A paragraph that runs the records together ("År 2016: Inrätta en företagslots. Ansvar: Näringslivskontoret. År 2017: …").
    const owners = (l.norm.match(RESPONSIBLE_LABEL) ?? []).length;
    const dated = (l.norm.match(TIME_LABEL) ?? []).length + (l.norm.match(INLINE_YEAR_LEAD) ?? []).length;
    records += Math.min(owners, Math.max(dated, ACTIVITY_LABEL.test(l.norm) ? 1 : 0));
    if ((l.norm.match(INLINE_YEAR_LEAD) ?? []).length >= 2) yearLines += (l.norm.match(INLINE_YEAR_LEAD) ?? []).length;
    // A whole table flattened into one long line still starts with its header row.
    if (!header && flattenedTableHeader(l.norm)) header = l;
    if (l.norm.length > 320) continue;
    if (YEAR_LEAD.test(l.text.trim()) || (perYear && /^[–•*-]\s/u.test(l.text.trim()))) yearLines += 1;
    // A header row with the years as columns ("Aktivitet | Ansvarig | 2017 | 2018 | 2019") is a timed plan too.
    const yearColumns = (l.norm.match(/(?:^|[\s|])(?:19|20)\d{2}(?=$|[\s|])/gu) ?? []).length >= 2;
    if (!header && ((l.norm.length < 90 && TABLE_HEADER_ACT.test(l.norm) && TABLE_HEADER_RESP.test(l.norm) && (TABLE_HEADER_TIME.test(l.norm) || yearColumns)) || flattenedTableHeader(l.norm))) header = l;
    if (ORG.test(l.norm)) orgLines.push(l);
    if (TIME_WORD.test(l.norm)) timed += 1;
  }
  return { header, orgLines, timed, yearLines, records };
}

const RESPONSIBLE_LABEL = /\b(?:ansvar|ansvarig|ansvariga|huvudansvar|ägare)\s?:/gu;
const TIME_LABEL = /\b(?:klart|tid|tidpunkt|tidplan|när|start|genomförs|period)\s?:/gu;
const ACTIVITY_LABEL = /\b(?:åtgärd|aktivitet|insats)\s?:/u;
const INLINE_YEAR_LEAD = /(?:^|[.;]\s)(?:år\s)?(?:19|20)\d{2}\s?[:–—-]\s\p{L}/gu;

const WRAPPED_PROSE = /\p{L}{2}[.!?]\s+\p{Lu}|(?:\s(?:i|och|att|för|med|av|som|på|till|en|ett|de|den|det|om|är|ska|alla)|-)$/u;
const NEGATED_PLAN = rx('\\b(?:ingen|inga|någon|några)\\s(?:\\p{L}+\\s){0,2}?(?:handlingsplan|aktivitetsplan|åtgärdsplan|genomförandeplan)\\p{L}*(?:\\s\\p{L}+){0,4}?\\s(?:inte|ej|aldrig)\\b|\\b(?:ingen|inga)\\s(?:\\p{L}+\\s){0,2}?(?:handlingsplan|aktivitetsplan|åtgärdsplan)\\p{L}*\\s(?:tas fram|upprättas|finns|kommer)');

export function judgeActionPlan(model: TextModel, titleNorm = ''): ActionPlanResult {
  // A document named "Handlingsprogram för näringslivet" means itself by "handlingsprogrammet".
  const selfIsHandlingsprogram = /handlingsprogram/u.test(titleNorm);
  // Included: an action section with a table header or activity lines that name owners and times.
  for (const h of model.lines) {
    if (h.norm.length > 90 || /[.!?]$/.test(h.text) || !ACTION_HEADING.test(h.norm) || TOC_ENTRY.test(h.text)) continue;
    if (!h.heading && !/^(?:\d+(?:\.\d+)*\.?\s+|bilaga)/u.test(h.norm) && h.norm.split(' ').length > 8) continue;
    // A wrapped line of running text ("möjligheter. Därför ska alla insatser i") is no heading: it holds a
    // sentence break or stops on a function word or a hyphen that the next line continues.
    if (WRAPPED_PROSE.test(h.text)) continue;
    const section = readSection(model, h);
    // Activities laid out year by year under the heading are a timed plan of their own, even without named owners.
    const included = section.header !== null || (section.orgLines.length >= 2 && section.timed >= 1) || section.yearLines >= 3 || section.records >= 1;
    if (!included) continue;
    const example = section.header ?? section.orgLines[0] ?? h;
    return {
      actionPlan: 'included',
      confidence: section.header || section.orgLines.length >= 3 ? 0.9 : 0.8,
      signals: [`avsnittet "${h.text}" (s. ${h.page}) har ${section.header ? 'en tabell aktivitet/ansvar/tid' : section.orgLines.length >= 2 ? `${section.orgLines.length} aktiviteter med ansvarig och tid` : `aktiviteter år för år (${section.yearLines} år)`}`],
      evidence: [
        { aspect: 'actionPlan', quote: quoteOf(h), page: h.page },
        { aspect: 'actionPlan', quote: quoteOf(example, ORG), page: example.page },
      ],
    };
  }
  // Linked: a separate document of activities ("I bilagan \"Aktiviteter 2027–2028\", som publiceras separat").
  const separate = model.sentences.find((s) => SEPARATE_DOC.test(s.norm) && ACTIVITY_WORD.test(s.norm));
  if (separate && !model.sentences.some((s) => PLAN_NOUN.test(s.norm) && LINK_VERB.test(s.norm))) {
    return {
      actionPlan: 'linked',
      confidence: 0.75,
      signals: [`hänvisar till ett separat dokument med aktiviteter (s. ${separate.page})`],
      evidence: [{ aspect: 'actionPlan', quote: quoteOf(separate, SEPARATE_DOC), page: separate.page }],
    };
  }
  // Linked: a separate plan referred to.
  // "Någon separat handlingsplan tas inte fram" says there is none.
  // "Handlingsprogram" is often the program's own name ("Varför ett handlingsprogram?"): only a linking verb makes it a separate plan.
  const mentions = model.sentences.filter(
    (s) => PLAN_NOUN.test(s.norm) && !/^handlingsprogram/u.test(s.norm) && !NEGATED_PLAN.test(s.norm) && (OTHER_PLAN_NOUN.test(s.norm) || (!selfIsHandlingsprogram && LINK_VERB.test(s.norm))),
  );
  const linked = mentions.find((s) => LINK_VERB.test(s.norm)) ?? mentions.find((s) => s.heading);
  if (linked) {
    return {
      actionPlan: 'linked',
      confidence: LINK_VERB.test(linked.norm) ? 0.85 : 0.65,
      signals: [`hänvisar till en separat handlingsplan (s. ${linked.page})`],
      evidence: [{ aspect: 'actionPlan', quote: quoteOf(linked, PLAN_NOUN), page: linked.page }],
    };
  }
  if (mentions.length > 0) {
    const m = mentions[0] as TextUnit;
    return {
      actionPlan: 'linked',
      confidence: 0.55,
      signals: [`nämner en handlingsplan utan att säga hur (s. ${m.page})`],
      evidence: [{ aspect: 'actionPlan', quote: quoteOf(m, PLAN_NOUN), page: m.page }],
    };
  }
  return { actionPlan: 'none', confidence: 0.8, signals: ['ingen handlingsplan hittad'], evidence: [] };
}
