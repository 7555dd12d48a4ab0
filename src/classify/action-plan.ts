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
const SECTION_HEADING = rx(
  '^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:bilaga\\s?\\d*:?\\s+)?(?:handlingsplan|aktivitetsplan|åtgärdsplan|genomförandeplan|åtgärder|aktiviteter|insatser|prioriterade (?:åtgärder|aktiviteter|insatser)|planerade (?:åtgärder|aktiviteter|insatser)|åtgärder och aktiviteter|aktiviteter och åtgärder|så här gör vi|detta gör vi)\\b',
);
const RESPONSIBLE = rx('\\b(?:ansvarig\\p{L}*|ansvar:|huvudansvar\\p{L}*|ansvarar|ansvar\\b|ägare|ägs av|utförare|genomförs av)');
const TIME = rx('\\b(?:tidplan|tidsplan|tidpunkt|tid:|när:|klart|klar (?:senast|under)|senast|löpande|årligen|kvartal\\p{L}*|q[1-4]|(?:vår|höst)en \\d{4}|start\\p{L}*|20\\d{2})\\b');
const LINK_VERB = rx(
  '\\b(?:tas fram|tagits fram|tar fram|upprättas|upprättar|kompletteras|komplettera\\p{L}*|separat\\p{L}*|bilaga\\p{L}*|årlig\\p{L}*|årsvis|varje år|för varje år|beslutas|fastställs|tillhörande|kopplad\\p{L}*|konkretiseras|konkretiserar|utarbetas|revideras årligen|arbetas fram|ska finnas|egen|eget|särskild\\p{L}*|se\\b|följer|knuten|knutna|ligger till grund för)',
);

function followingUnits(model: TextModel, heading: TextUnit, n: number): TextUnit[] {
  return model.sentences.slice(heading.order + 1, heading.order + 1 + n);
}

export function judgeActionPlan(model: TextModel): ActionPlanResult {
  // Included: a section heading followed by concrete activities with responsibility and time.
  for (const h of model.sentences) {
    if (!h.heading || !SECTION_HEADING.test(h.norm)) continue;
    const body = followingUnits(model, h, 40);
    const responsible = body.filter((u) => RESPONSIBLE.test(u.norm)).length;
    const timed = body.filter((u) => TIME.test(u.norm)).length;
    const activities = body.filter((u) => u.text.length < 260).length;
    if (responsible >= 1 && timed >= 1 && activities >= 3) {
      const example = body.find((u) => RESPONSIBLE.test(u.norm)) ?? h;
      return {
        actionPlan: 'included',
        confidence: responsible >= 3 ? 0.9 : 0.8,
        signals: [`avsnittet "${h.text}" (s. ${h.page}) har aktiviteter med ansvar (${responsible}) och tid (${timed})`],
        evidence: [
          { aspect: 'actionPlan', quote: quoteOf(h), page: h.page },
          { aspect: 'actionPlan', quote: quoteOf(example, RESPONSIBLE), page: example.page },
        ],
      };
    }
  }
  // Linked: a separate plan referred to.
  const mentions = model.sentences.filter((s) => PLAN_NOUN.test(s.norm) && !/^handlingsprogram/u.test(s.norm));
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
