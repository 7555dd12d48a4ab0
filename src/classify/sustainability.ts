/**
 * sustainability (a perspective of its own, not a passing word) and the
 * Agenda 2030 details (mentioned; which of the 17 global goals are named,
 * by number or by their Swedish names).
 */
import type { Evidence } from '../domain/index.ts';
import type { TextModel, TextUnit } from './text-model.ts';
import { quoteOf } from './text-model.ts';
import { rx } from './lexicon.ts';
import { normForMatch } from './normalize.ts';

export interface SustainabilityResult {
  sustainability: boolean;
  confidence: number;
  score: number;
  agenda2030: { mentioned: boolean; goals: number[] };
  signals: string[];
  evidence: Evidence[];
}

const SUSTAIN = rx('\\bhållbar\\p{L}*|\\bhållbarhet\\p{L}*|\\bomställning\\p{L}*|\\bcirkulär\\p{L}*|\\bfossilfri\\p{L}*|\\bklimat(?!anläggning)\\p{L}*|\\bmiljömässig\\p{L}*|\\bgröna? (?:omställning|jobb|tillväxt|företag)');
// "De gröna näringarna" is the name of the farming and forestry sector, so it is not in SUSTAIN.
// A sustainability word inside a clause about another body's goals ("bidrar till den regionala strategin och dess mål
// om ett hållbart näringsliv") describes that document, not the program's own perspective.
const OTHER_DOCUMENT_CLAUSE = rx('\\b(?:regional\\p{L}*|regionens|länets|rus|rufs|dess|deras)\\b');
const SUSTAIN_STRICT = rx('\\bhållbar\\p{L}*|\\bhållbarhet\\p{L}*');
// Words that raise a topic to a perspective of the whole program ("ett genomgående perspektiv", "en ledstjärna").
const EMPHASIS = rx('\\b(?:perspektiv\\p{L}*|genomsyra\\p{L}*|genomgående|vägledande|ledstjärna\\p{L}*|bärande|princip\\p{L}*|utgångspunkt\\p{L}*|präglas|prägla|ramverk|integrera\\p{L}*|övergripande|grundpelare|fundament|hörnsten\\p{L}*|särskilt sikte|ska bidra till|bidrar till|kompass|utgår från|utgå från|grundar sig på|vilar på)\\b');
const THREE_DIMENSIONS = rx('\\b(?:social\\p{L}*|ekologisk\\p{L}*|ekonomisk\\p{L}*)(?:,| och| samt)? (?:\\p{L}+,? ){0,3}(?:social\\p{L}*|ekologisk\\p{L}*|miljömässig\\p{L}*|ekonomisk\\p{L}*)');
const AGENDA = rx('\\bagenda 2030\\b|\\bglobala (?:hållbarhets)?mål\\p{L}*|\\bfn:?s (?:\\p{L}+ )?(?:hållbarhets)?mål\\p{L}*|\\bhållbarhetsmål\\p{L}*|\\bsustainable development goals\\b|\\bsdg\\p{L}*|\\b17 mål\\p{L}*|\\bmålen för hållbar utveckling');
const GOAL_NUMBERS = /(?:\bmål(?:en)?|\bsdg|#)\s?(?:nr\.?|nummer)?\s?((?:1[0-7]|[1-9])(?:(?:\s?,\s?|\s(?:och|samt|&)\s|\s?-\s?)(?:1[0-7]|[1-9]))*)(?![\d%])/gu;
const GOAL_NAMES: ReadonlyArray<readonly [number, RegExp]> = [
  [1, rx('\\bingen fattigdom')],
  [2, rx('\\bingen hunger')],
  [3, rx('\\bgod hälsa och välbefinnande')],
  [4, rx('\\bgod utbildning (?:för alla)?')],
  [5, rx('\\bjämställdhet\\b(?= *(?:\\(|,|$|och rent|\\d))')],
  [6, rx('\\brent vatten och sanitet')],
  [7, rx('\\bhållbar energi för alla')],
  [8, rx('\\banständiga arbetsvillkor och ekonomisk tillväxt')],
  [9, rx('\\bhållbar industri,? innovation\\p{L}* och infrastruktur')],
  [10, rx('\\bminskad ojämlikhet')],
  [11, rx('\\bhållbara städer och samhällen')],
  [12, rx('\\bhållbar konsumtion och produktion')],
  [13, rx('\\bbekämpa klimatförändring\\p{L}*')],
  [14, rx('\\bhav och marina resurser')],
  [15, rx('\\bekosystem och biologisk mångfald')],
  [16, rx('\\bfredliga och inkluderande samhällen')],
  [17, rx('\\bgenomförande och globalt partnerskap')],
];

function goalNumbers(norm: string): number[] {
  const out: number[] = [];
  GOAL_NUMBERS.lastIndex = 0;
  for (let m = GOAL_NUMBERS.exec(norm); m; m = GOAL_NUMBERS.exec(norm)) {
    const list = m[1] ?? '';
    const range = /^(\d+)\s?-\s?(\d+)$/.exec(list);
    if (range) {
      for (let i = Number(range[1]); i <= Number(range[2]) && i <= 17; i += 1) out.push(i);
      continue;
    }
    for (const n of list.split(/\s?,\s?|\s(?:och|samt|&)\s/)) if (n) out.push(Number(n));
  }
  return out;
}

/**
 * @param names proper names to read past (a RUS called "… en hållbar region …"
 *   says nothing about the program's own perspective).
 */
export function judgeSustainability(source: TextModel, names: readonly string[] = []): SustainabilityResult {
  const masks = names.map((n) => normForMatch(n)).filter((n) => n.length > 6);
  const model: TextModel = masks.length === 0 ? source : { ...source, sentences: source.sentences.map((s) => ({ ...s, norm: masks.reduce((t, m) => t.split(m).join(' '), s.norm) })) };
  const signals: string[] = [];
  const evidence: Evidence[] = [];
  let score = 0;

  const headings = model.sentences.filter((s) => s.heading && (SUSTAIN.test(s.norm) || AGENDA.test(s.norm)));
  const sentences = model.sentences.filter((s) => !s.heading && SUSTAIN.test(s.norm));
    // "hållbar tillväxt" is a set phrase of growth policy, not a sustainability perspective.
  const strict = sentences.filter((s) => SUSTAIN_STRICT.test(s.norm.replace(/hållbara? tillväxt\p{L}*/gu, '')));
  const agendaUnits = model.sentences.filter((s) => AGENDA.test(s.norm));
  const threeDims = model.sentences.find((s) => THREE_DIMENSIONS.test(s.norm) && SUSTAIN_STRICT.test(s.norm));

  if (headings.length > 0) {
    score += 3 + Math.min(2, headings.length - 1);
    signals.push(`rubrik om hållbarhet: "${headings[0]?.text}" (s. ${headings[0]?.page})`);
  }
  if (agendaUnits.length > 0) {
    score += 2;
    signals.push(`Agenda 2030 / globala målen nämns ${agendaUnits.length} ggr`);
  }
  if (threeDims) {
    score += 3;
    signals.push('social, ekologisk och ekonomisk hållbarhet');
  }
  const ownClause = (norm: string): string => {
    const m = OTHER_DOCUMENT_CLAUSE.exec(norm);
    return m ? norm.slice(0, m.index) : norm;
  };
  const emphasis = model.sentences.find((s) => {
    const own = ownClause(s.norm);
    return (SUSTAIN_STRICT.test(own.replace(/hållbara? tillväxt\p{L}*/gu, '')) || AGENDA.test(s.norm)) && EMPHASIS.test(s.norm);
  });
  if (emphasis) {
    score += 3;
    signals.push(`hållbarhet lyfts som perspektiv (s. ${emphasis.page})`);
  }
  const distinctPages = new Set(sentences.map((s) => s.page)).size;
  if (strict.length >= 3) score += 1;
  if (strict.length >= 6 || (sentences.length >= 6 && distinctPages >= 3)) score += 2;
  signals.push(`hållbarhets-/klimatord i ${sentences.length} meningar på ${distinctPages} sidor`);

  // Agenda 2030 goals are only numbers when the sentence (or its neighbours) speaks of the global goals.
  const goals = new Set<number>();
  for (const u of agendaUnits) {
    // The sentence and what follows it, through a list of goals ("Mål 7 – …", "Mål 8 – …").
    const near: TextUnit[] = model.sentences.slice(u.order, u.order + 4);
    for (const extra of model.sentences.slice(u.order + 4, u.order + 20)) {
      if (!/^(?:mål|sdg|#)\s?\d/u.test(extra.norm)) break;
      near.push(extra);
    }
    for (const n of near) {
      for (const g of goalNumbers(n.norm)) goals.add(g);
      for (const [g, re] of GOAL_NAMES) if (re.test(n.norm)) goals.add(g);
      // "4 (god utbildning), 8 (arbete och tillväxt)": numbers glossed with the goal's name.
      for (const m of n.norm.matchAll(/(?<![\d.,])(1[0-7]|[1-9]) \([\p{L} ,-]{3,50}\)/gu)) goals.add(Number(m[1]));
    }
  }
  if (goals.size > 0) {
    score += 1;
    signals.push(`namngivna globala mål: ${[...goals].sort((a, b) => a - b).join(', ')}`);
  }
  const sustainability = score >= 3;
  const best = emphasis ?? headings[0] ?? agendaUnits[0] ?? threeDims ?? strict[0] ?? sentences[0];
  if (best) evidence.push({ aspect: 'sustainability', quote: quoteOf(best, SUSTAIN), page: best.page });
  if (agendaUnits[0]) evidence.push({ aspect: 'agenda2030', quote: quoteOf(agendaUnits[0], AGENDA), page: agendaUnits[0].page });
  const confidence = score >= 6 || score === 0 ? 0.9 : score === 3 || score === 2 ? 0.6 : 0.75;
  return {
    sustainability,
    confidence,
    score,
    agenda2030: { mentioned: agendaUnits.length > 0, goals: [...goals].filter((g) => g >= 1 && g <= 17).sort((a, b) => a - b) },
    signals,
    evidence,
  };
}
