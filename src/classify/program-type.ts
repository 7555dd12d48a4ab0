/**
 * programType from the document's NAME: the head noun decides the family
 * (program/strategi vs policy/plan/handlingsprogram), and within program/
 * strategi the first of näringsliv/tillväxt wins.
 */
import type { ProgramType } from '../domain/index.ts';
import { rx } from './lexicon.ts';

export interface ProgramTypeResult {
  programType: ProgramType;
  confidence: number;
  signal: string;
}

const HEAD = rx('(\\p{L}*?)(-\\s(?:och|samt)\\s\\p{L}*?)?(program|strategi|policy|plan|riktlinjer|agenda)(?:met|men|mets|en|ens|er|erna|et|s|n|na)?\\b');
const BUSINESS = rx('näringsliv');
const GROWTH = rx('tillväxt');

/** Judges programType from a naming text (title, or the first-page naming line). */
export function judgeProgramType(name: string): ProgramTypeResult {
  const m = HEAD.exec(name);
  if (!m) return { programType: 'other', confidence: 0.6, signal: 'inget programord i namnet' };
  const prefix = m[1] ?? '';
  const noun = m[3] ?? '';
  const word = `${prefix}${noun}`;
  if (noun === 'policy' || noun === 'plan' || noun === 'riktlinjer' || noun === 'agenda' || /^(handlings|åtgärds|aktivitets)/.test(prefix)) {
    return { programType: 'other', confidence: 0.9, signal: `namnet är en ${word} (varken program eller strategi)` };
  }
  // Program or strategy: which head word comes first in the name?
  const b = BUSINESS.exec(name);
  const g = GROWTH.exec(name);
  if (b && (!g || b.index < g.index)) return { programType: 'business', confidence: 0.93, signal: `${word} + "näringsliv" först i namnet` };
  if (g) return { programType: 'growth', confidence: 0.93, signal: `${word} + "tillväxt" först i namnet` };
  return { programType: 'other', confidence: 0.85, signal: `${word} utan näringsliv/tillväxt i namnet` };
}
